"""Integrity and foreign-key check of a database file, read-only: checking never migrates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

from crmdesk.db.engine import make_readonly_engine
from crmdesk.db.guard import check_database_file
from crmdesk.db.migrate import current_revision, head_revision, known_revisions
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What ``crmdesk check`` found."""

    integrity: tuple[str, ...]
    foreign_keys: tuple[str, ...]  # Messages (English, translatable)
    revision: str | None
    head: str | None

    @property
    def sound(self) -> bool:
        """True when the file is intact and its references hold (an older schema is sound: it
        is brought up to date the next time CRM Desk opens the file)."""
        return self.integrity == ("ok",) and not self.foreign_keys and self.revision is not None

    @property
    def upgrade_pending(self) -> bool:
        """The file is of an older schema, which the next start brings up to date."""
        return self.revision != self.head


def check_database(engine: Engine) -> CheckReport:
    """Run ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` and compare revisions."""
    with engine.connect() as conn:
        integrity = tuple(str(r[0]) for r in conn.execute(text("PRAGMA integrity_check")))
        fks = tuple(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{table} row {row} refers to a missing {parent}"),
                table=r[0],
                row=r[1],
                parent=r[2],
            )
            for r in conn.execute(text("PRAGMA foreign_key_check"))
        )
        revision = current_revision(conn)
    return CheckReport(integrity, fks, revision, head_revision())


def check_file(path: Path) -> CheckReport:
    """Check the file at ``path`` without writing a byte to it or beside it; a file CRM Desk
    would not open is refused with its sentence
    (:class:`~crmdesk.domain.errors.DatabaseRefusedError`)."""
    check_database_file(path, known_revisions(), write=False)
    engine = make_readonly_engine(path)
    try:
        return check_database(engine)
    finally:
        engine.dispose()
