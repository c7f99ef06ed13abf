"""Bring a database file to the current schema: backup, migrate, check foreign keys, seed."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from crmdesk.db.engine import sqlite_path
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Translate, render, untranslated

MIGRATIONS = Path(__file__).with_name("migrations")
BACKUPS_KEPT = 5


class MigrationError(RuntimeError):
    """The schema could not be brought up to date; the backup named in the message is intact.

    Like a :class:`~crmdesk.domain.errors.DomainError`: a marked ``template`` and its ``values``.
    """

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values) if values else template)

    def translated(self, translate: Translate = untranslated) -> str:
        """The sentence in the language of ``translate``."""
        return render(self.template, self.values, translate)


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic configuration pointing at our migrations (and at ``engine``'s URL, if given)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str | None:
    """The newest migration of this version of CRM Desk."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (``None`` for a new, empty file)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_copy(path: Path, now: datetime | None = None) -> Path:
    """Copy the database (consistently, even in WAL mode) to ``NAME.YYYYmmdd-HHMMSS.bak``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    with sqlite3.connect(path) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    source.close()
    dest.close()
    target.chmod(0o600)
    old = sorted(path.parent.glob(f"{path.name}.*.bak"))
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    return target


def upgrade(engine: Engine) -> bool:
    """Migrate to head; returns True when the file was new (so it needs seeding)."""
    before = current_revision(engine)
    head = head_revision()
    if before == head:
        return False
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    backup = backup_copy(path) if path is not None and before is not None else None
    cfg = alembic_config(engine)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        if engine.dialect.name == "sqlite":
            problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            if problems:
                if backup:
                    raise MigrationError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "The upgrade left {count} broken references in the database. The file before the upgrade is kept at {backup}.",  # noqa: E501
                        ),
                        count=len(problems),
                        backup=str(backup),
                    )
                raise MigrationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The upgrade left {count} broken references in the database."
                    ),
                    count=len(problems),
                )
    return before is None
