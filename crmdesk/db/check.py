"""Integrity and foreign-key check of a database, read-only: checking never migrates.

On SQLite the file's own checks (``PRAGMA integrity_check``, ``PRAGMA foreign_key_check``); on
PostgreSQL, where the server keeps its pages sound, every foreign key of the schema is checked
by a query (a row whose parent is missing, as a restore with triggers off could leave). On both,
the kept column totals (``deal_totals``) are compared with a fresh ``SUM`` over the deals.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, String, and_, func, select, text, type_coerce

from crmdesk.db.engine import make_engine, make_readonly_engine
from crmdesk.db.guard import check_database_file
from crmdesk.db.migrate import current_revision, head_revision, known_revisions
from crmdesk.db.models import Base, DealRow, DealTotalsRow
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message

_MISSING = QT_TRANSLATE_NOOP("Messages", "{table} row {row} refers to a missing {parent}")


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What ``crmdesk check`` found."""

    integrity: tuple[str, ...]
    foreign_keys: tuple[str, ...]  # Messages (English, translatable)
    revision: str | None
    head: str | None
    totals: tuple[str, ...] = ()  # Messages: kept totals that differ from a fresh SUM

    @property
    def sound(self) -> bool:
        """True when the file is intact and its references hold (an older schema is sound: it
        is brought up to date the next time CRM Desk opens the file)."""
        return (
            self.integrity == ("ok",)
            and not self.foreign_keys
            and not self.totals
            and self.revision is not None
        )

    @property
    def upgrade_pending(self) -> bool:
        """The file is of an older schema, which the next start brings up to date."""
        return self.revision != self.head


def _sqlite_foreign_keys(conn: Connection) -> tuple[str, ...]:
    return tuple(
        Message(_MISSING, table=r[0], row=r[1], parent=r[2])
        for r in conn.execute(text("PRAGMA foreign_key_check"))
    )


def _queried_foreign_keys(conn: Connection) -> tuple[str, ...]:
    """Every row, of every table, whose reference names no row of its parent table."""
    problems: list[str] = []
    present = set(conn.dialect.get_table_names(conn))
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        for fk in table.foreign_key_constraints:
            parent = fk.referred_table.alias("parent")
            pairs = list(zip(fk.columns, fk.elements, strict=True))
            joined = and_(*(parent.c[e.column.name] == c for c, e in pairs))
            key = table.c.id if "id" in table.c else pairs[0][0]
            query = (
                select(key)
                .select_from(table.outerjoin(parent, joined))
                .where(*(c.is_not(None) for c, _e in pairs))
                .where(parent.c[pairs[0][1].column.name].is_(None))
                .order_by(key)
            )
            for (row,) in conn.execute(query):
                problems.append(
                    Message(_MISSING, table=table.name, row=row, parent=fk.referred_table.name)
                )
    return tuple(problems)


def fresh_totals(conn: Connection) -> dict[tuple[object, ...], tuple[int, int]]:
    """Count and value of the deals per ``deal_totals`` key, summed now (not kept)."""
    key = (
        DealRow.archived,
        type_coerce(DealRow.stage, String),
        DealRow.currency,
        func.coalesce(type_coerce(DealRow.sub_stage, String), ""),
        func.coalesce(DealRow.probability_override, -1),
    )
    query = select(*key, func.count(), func.sum(DealRow.value_minor)).group_by(*key)
    return {(bool(r[0]), *r[1:5]): (int(r[5]), int(r[6] or 0)) for r in conn.execute(query)}


def kept_totals(conn: Connection) -> dict[tuple[object, ...], tuple[int, int]]:
    """Count and value per key as ``deal_totals`` keeps them (groups of no deal left out)."""
    t = DealTotalsRow
    query = select(
        t.archived, t.stage, t.currency, t.sub_stage, t.probability_override, t.count, t.value
    ).where(t.count != 0)
    return {(bool(r[0]), *r[1:5]): (int(r[5]), int(r[6])) for r in conn.execute(query)}


def _totals(conn: Connection) -> tuple[str, ...]:
    if DealTotalsRow.__tablename__ not in set(conn.dialect.get_table_names(conn)):
        return ()  # an older schema: the migration that adds the table computes it
    kept, fresh = kept_totals(conn), fresh_totals(conn)
    problems = []
    for key in sorted(set(kept) | set(fresh), key=repr):
        if kept.get(key) != fresh.get(key):
            count, value = kept.get(key, (0, 0))
            real_count, real_value = fresh.get(key, (0, 0))
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The kept total of {stage} in {currency} says {count} deals worth {value}; the deals add up to {real_count} worth {real_value}",  # noqa: E501
                    ),
                    stage=key[1],
                    currency=key[2],
                    count=count,
                    value=value,
                    real_count=real_count,
                    real_value=real_value,
                )
            )
    return tuple(problems)


def check_database(engine: Engine) -> CheckReport:
    """Check the pages (SQLite), the references, the kept totals and the schema revision."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            integrity = tuple(str(r[0]) for r in conn.execute(text("PRAGMA integrity_check")))
            fks = _sqlite_foreign_keys(conn)
        else:
            conn.execute(text("SET TRANSACTION READ ONLY"))
            integrity, fks = ("ok",), _queried_foreign_keys(conn)
        totals = _totals(conn)
        revision = current_revision(conn)
    return CheckReport(integrity, fks, revision, head_revision(), totals)


def check_file(target: Path | str) -> CheckReport:
    """Check the file at ``target`` (or the server database of a URL) without writing a byte
    to it or beside it; a file CRM Desk would not open is refused with its sentence
    (:class:`~crmdesk.domain.errors.DatabaseRefusedError`)."""
    if "://" in os.fspath(target):
        engine = make_engine(os.fspath(target))
    else:
        path = Path(target)
        check_database_file(path, known_revisions(), write=False)
        engine = make_readonly_engine(path)
    try:
        return check_database(engine)
    finally:
        engine.dispose()
