"""The file behind the services: which one it is, and a consistent copy of it on request."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from crmdesk.db.engine import sqlite_path
from crmdesk.db.migrate import backup_to
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.services.context import ServiceContext


def _file(session: Session) -> Path | None:
    return sqlite_path(session.get_bind().engine.url)


class StorageService:
    """Where the data lives, and backups made while the program runs."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def file(self) -> Path | None:
        """The database file (None on a database server)."""
        return self._ctx.read(_file)

    def backup(self, target: Path) -> Path:
        """Write a consistent copy of the database to ``target`` while it stays in use (SQLite's
        online backup; owner-only; a failed copy leaves ``target`` as it was)."""
        source = self.file()
        if source is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A shared database is backed up on its server (with pg_dump), not from here.",
                ),
                "target",
            )
        target = Path(target).expanduser()
        if target.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{path} is a folder; name the backup file."),
                "target",
                path=str(target),
            )
        if target.resolve() == source.resolve():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A backup cannot replace the file it copies."),
                "target",
            )
        if not target.parent.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The folder {folder} does not exist."),
                "target",
                folder=str(target.parent),
            )
        backup_to(source, target)
        return target
