"""Integrity and foreign-key check of a database file."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text

from crmdesk.db.migrate import current_revision, head_revision
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
        """True when the file is intact, references hold and the schema is current."""
        return self.integrity == ("ok",) and not self.foreign_keys and self.revision == self.head


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
    return CheckReport(integrity, fks, current_revision(engine), head_revision())
