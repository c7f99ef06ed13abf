"""Safe storage: the file says it is CRM Desk's, and totals refuse to overflow.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 10:00:00

- ``PRAGMA application_id`` is set to CRM Desk's (``CRMD``), so a file is recognized as ours
  from its header alone (``crmdesk.db.guard``), and another program's file never is.
- ``deal_totals`` is rebuilt exactly from the deals: an older version let a sum grow past
  2^63, where SQLite's arithmetic turns it into an inexact float that stayed wrong.
- The totals triggers refuse (``RAISE(ABORT)``) any change that would take a group's total
  above 2^62, and new triggers refuse a single value above 10^15 minor units; every sum of
  totals then fits 64 bits. The services show these refusals as sentences.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import OperationalError

from crmdesk.db import plpgsql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

APPLICATION_ID = 0x43524D44  # crmdesk.db.guard.APPLICATION_ID (a migration stays as written)
MAX_AMOUNT = 10**15
MAX_TOTAL = 2**62
MAX_INT64 = 2**63 - 1
_KEY = "archived, stage, currency, sub_stage, probability_override"


def _add(row: str, sign: str) -> str:
    count = "1" if sign == "+" else "-1"
    value = f"{row}.value_minor" if sign == "+" else f"-{row}.value_minor"
    return (
        f"INSERT INTO deal_totals ({_KEY}, count, value) VALUES ({row}.archived, {row}.stage, "
        f"{row}.currency, coalesce({row}.sub_stage, ''), "
        f"coalesce({row}.probability_override, -1), {count}, {value}) "
        f"ON CONFLICT ({_KEY}) DO UPDATE SET count = count + excluded.count, "
        "value = value + excluded.value;"
    )


def _refuse_overflow(row: str) -> str:
    return (
        "SELECT RAISE(ABORT, 'CRMDESK_TOTAL_TOO_LARGE') FROM deal_totals "
        f"WHERE archived = {row}.archived AND stage = {row}.stage AND currency = {row}.currency "
        f"AND sub_stage = coalesce({row}.sub_stage, '') "
        f"AND probability_override = coalesce({row}.probability_override, -1) "
        f"AND value > {MAX_TOTAL};"
    )


_PRUNE = "DELETE FROM deal_totals WHERE count = 0;"
TRIGGERS = {
    "trg_deal_totals_insert": (
        f"AFTER INSERT ON deals BEGIN {_add('NEW', '+')} {_refuse_overflow('NEW')} END"
    ),
    "trg_deal_totals_delete": f"AFTER DELETE ON deals BEGIN {_add('OLD', '-')} {_PRUNE} END",
    "trg_deal_totals_update": (
        "AFTER UPDATE OF archived, stage, currency, sub_stage, probability_override, value_minor "
        f"ON deals BEGIN {_add('OLD', '-')} {_add('NEW', '+')} {_refuse_overflow('NEW')} "
        f"{_PRUNE} END"
    ),
}
_TOO_LARGE = (
    f"WHEN NEW.value_minor > {MAX_AMOUNT} "
    "BEGIN SELECT RAISE(ABORT, 'CRMDESK_AMOUNT_TOO_LARGE'); END"
)
BOUNDS = {
    "trg_deals_value_bound_insert": f"BEFORE INSERT ON deals {_TOO_LARGE}",
    "trg_deals_value_bound_update": f"BEFORE UPDATE OF value_minor ON deals {_TOO_LARGE}",
}
# The triggers of 0003, for the downgrade.
OLD_TRIGGERS = {
    "trg_deal_totals_insert": f"AFTER INSERT ON deals BEGIN {_add('NEW', '+')} END",
    "trg_deal_totals_delete": f"AFTER DELETE ON deals BEGIN {_add('OLD', '-')} {_PRUNE} END",
    "trg_deal_totals_update": (
        "AFTER UPDATE OF archived, stage, currency, sub_stage, probability_override, value_minor "
        f"ON deals BEGIN {_add('OLD', '-')} {_add('NEW', '+')} {_PRUNE} END"
    ),
}


def _rebuild_totals() -> None:
    """The totals from the deals, exactly; a sum past 64 bits (only an older version could store
    values that large) is held at the largest integer rather than becoming a float."""
    conn = op.get_bind()
    conn.exec_driver_sql("DELETE FROM deal_totals")
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(
                f"INSERT INTO deal_totals ({_KEY}, count, value) SELECT archived, stage, "
                "currency, coalesce(sub_stage, ''), coalesce(probability_override, -1), "
                f"count(*), coalesce(sum(value_minor), 0) FROM deals GROUP BY {_KEY}"
            )
        return
    except OperationalError:  # "integer overflow": add up in Python instead
        pass
    groups: dict[tuple[object, ...], list[int]] = {}
    rows = conn.exec_driver_sql(
        "SELECT archived, stage, currency, coalesce(sub_stage, ''), "
        "coalesce(probability_override, -1), value_minor FROM deals"
    )
    for *key, value in rows:
        group = groups.setdefault(tuple(key), [0, 0])
        group[0] += 1
        group[1] += int(value or 0)
    for key, (count, value) in groups.items():
        conn.exec_driver_sql(
            f"INSERT INTO deal_totals ({_KEY}, count, value) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*key, count, min(value, MAX_INT64)),
        )


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for name in TRIGGERS:
        _run(plpgsql.drop_statements(dialect, name))
    _rebuild_totals()
    for name, body in {**TRIGGERS, **BOUNDS}.items():
        _run(plpgsql.create_statements(dialect, name, body))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name in {**TRIGGERS, **BOUNDS}:
        _run(plpgsql.drop_statements(dialect, name))
    for name, body in OLD_TRIGGERS.items():
        _run(plpgsql.create_statements(dialect, name, body))
    if dialect == "sqlite":
        op.execute("PRAGMA application_id = 0")
