"""Column totals kept current by triggers, so the board's headers never scan the deals.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 21:40:00

``deal_totals`` holds one row per (archived, stage, currency, sub-stage, probability override)
with its deal count and value sum. Triggers on ``deals`` keep it exact through every insert,
update (undo and redo included) and delete. A NULL sub-stage is stored as '' and a NULL
override as -1, so the key has no NULLs. On PostgreSQL the same statements run in PL/pgSQL
functions (``crmdesk.db.plpgsql``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crmdesk.db import plpgsql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

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


# Emptied groups are removed, so the table is a function of the deals alone (undo restores it).
_PRUNE = "DELETE FROM deal_totals WHERE count = 0;"
TRIGGERS = {
    "trg_deal_totals_insert": f"AFTER INSERT ON deals BEGIN {_add('NEW', '+')} END",
    "trg_deal_totals_delete": f"AFTER DELETE ON deals BEGIN {_add('OLD', '-')} {_PRUNE} END",
    "trg_deal_totals_update": (
        "AFTER UPDATE OF archived, stage, currency, sub_stage, probability_override, value_minor "
        f"ON deals BEGIN {_add('OLD', '-')} {_add('NEW', '+')} {_PRUNE} END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "deal_totals",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("sub_stage", sa.String(length=30), nullable=False),
        sa.Column("probability_override", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "archived",
            "stage",
            "currency",
            "sub_stage",
            "probability_override",
            name=op.f("pk_deal_totals"),
        ),
    )
    # total() never fails on a sum past 64 bits (an older version accepted such amounts), and
    # the cast holds it at the largest integer; 0005 rebuilds these totals exactly. PostgreSQL's
    # sum of BIGINT is exact (NUMERIC).
    dialect = op.get_bind().dialect.name
    total = "sum(value_minor)" if dialect == "postgresql" else "CAST(total(value_minor) AS INTEGER)"
    op.execute(
        f"INSERT INTO deal_totals ({_KEY}, count, value) SELECT archived, stage, currency, "
        "coalesce(sub_stage, ''), coalesce(probability_override, -1), count(*), "
        f"{total} FROM deals GROUP BY {_KEY}"
    )
    for name, body in TRIGGERS.items():
        for statement in plpgsql.create_statements(dialect, name, body):
            op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        for statement in plpgsql.drop_statements(op.get_bind().dialect.name, name):
            op.execute(statement)
    op.drop_table("deal_totals")
