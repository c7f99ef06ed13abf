"""Bring a database file to the current schema: backup, migrate, check foreign keys, seed.

Guarantees:
- a migration is one transaction: every step (DDL included, see :mod:`crmdesk.db.engine`), the
  version row, the defaults of a new file and the foreign-key check commit together or not at
  all, so a kill or a power cut at any moment leaves the file as it was before, and the next
  start simply migrates again;
- before an older file is changed, a consistent copy is kept beside it
  (``NAME.YYYYmmdd-HHMMSS.bak``); a failed attempt never adds a second copy of the same file,
  and old copies are pruned (the newest :data:`BACKUPS_KEPT` stay) only after a success;
- the URL never goes through Alembic's configuration parser: Alembic runs on the connection
  handed over, so any path (Vietnamese letters, ``%``) or password (``%25``, ``%40``) works;
- on a PostgreSQL server the migration runs under an advisory lock (one fixed key,
  :data:`crmdesk.db.server.MIGRATION_LOCK`, held until the commit), so several programs starting
  at once on an empty database migrate it once; there is no file to copy, so before an older
  database with deals is upgraded, ``advise`` is told what to back up (a ``pg_dump`` command).
"""

from __future__ import annotations

import filecmp
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from crmdesk.db.engine import WRITE, sqlite_path
from crmdesk.db.seed import seed_defaults
from crmdesk.db.server import backup_advice, has_data, lock_migrations, newer_schema
from crmdesk.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseRefusedError,
    DomainError,
    StorageError,
)
from crmdesk.files import atomic_path

MIGRATIONS = Path(__file__).with_name("migrations")
BACKUPS_KEPT = 5


class MigrationError(StorageError):
    """The schema could not be brought up to date; the file is as it was before (and the backup
    named in the message is intact)."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration of our migrations, running on ``connection`` when given.

    Only the script folder goes through Alembic's parser (its ``%`` doubled); never a URL.
    """
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def head_revision() -> str | None:
    """The newest migration of this version of CRM Desk."""
    return _scripts().get_current_head()


def known_revisions() -> frozenset[str]:
    """Every schema revision this version of CRM Desk can open (and migrate from)."""
    return frozenset(s.revision for s in _scripts().walk_revisions())


def current_revision(engine: Engine | Connection) -> str | None:
    """The revision the database is at (``None`` for a new, empty file)."""
    if isinstance(engine, Connection):
        return MigrationContext.configure(engine).get_current_revision()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class _SameAsLatest(Exception):
    """The new backup would be a copy of the newest one (an earlier attempt failed)."""


def _backups(path: Path) -> list[Path]:
    """The backups of ``path``, oldest first (``NAME.STAMP.bak``, ``NAME.STAMP-2.bak``…)."""

    def made(backup: Path) -> tuple[str, int, str]:
        middle = backup.name[len(path.name) + 1 : -len(".bak")]
        stamp, rest = middle[:15], middle[15:]
        copy = int(rest[1:]) if rest[:1] == "-" and rest[1:].isdigit() else 1
        return stamp, copy, middle

    return sorted(path.parent.glob(f"{glob_escape(path.name)}.*.bak"), key=made)


def glob_escape(name: str) -> str:
    """``name`` matched literally by :meth:`Path.glob` (``[`` is special)."""
    return "".join(f"[{c}]" if c in "[]*?" else c for c in name)


def backup_copy(path: Path, now: datetime | None = None) -> Path:
    """Copy the database consistently (even in WAL mode, even while it is in use) to
    ``NAME.YYYYmmdd-HHMMSS.bak``, owner-only from its first byte and renamed into place only
    when complete; when the newest backup already holds exactly this, that one is returned."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    copy = 1
    while target.exists():
        copy += 1
        target = path.with_name(f"{path.name}.{stamp}-{copy}.bak")
    existing = _backups(path)
    try:
        with atomic_path(target) as partial:
            copy_into(path, partial)
            if existing and filecmp.cmp(partial, existing[-1], shallow=False):
                raise _SameAsLatest
    except _SameAsLatest:
        return existing[-1]
    return target


def copy_into(path: Path, partial: Path) -> None:
    """Copy the database at ``path`` into the (new, empty) file ``partial`` through SQLite's
    online backup: consistent even while another connection writes, one self-contained file."""
    source, dest = sqlite3.connect(path), sqlite3.connect(partial)
    with closing(source), closing(dest):
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")


def backup_to(path: Path, target: Path) -> None:
    """A consistent copy of the database at ``path`` written to ``target`` (owner-only from its
    first byte, renamed into place only when complete)."""
    with atomic_path(target) as partial:
        copy_into(path, partial)


def prune_backups(path: Path) -> None:
    """Keep the newest :data:`BACKUPS_KEPT` backups of ``path``."""
    for stale in _backups(path)[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)


@contextmanager
def _foreign_keys_off(conn: Connection) -> Iterator[None]:
    """Foreign keys off for the migration (a PRAGMA that works only outside a transaction)."""
    sqlite = conn.dialect.name == "sqlite"
    driver = conn.connection.driver_connection
    if sqlite and driver is not None:
        driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if sqlite and driver is not None:
            driver.execute("PRAGMA foreign_keys=ON")


def upgrade(engine: Engine, advise: Callable[[DomainError], None] | None = None) -> bool:
    """Migrate to head in one transaction; returns True when the file was new (it is seeded in
    the same transaction). On a server, ``advise`` hears what to back up before an older
    database holding deals is upgraded."""
    head = head_revision()
    if current_revision(engine) == head:  # the usual start: no write lock needed
        return False
    path = sqlite_path(engine.url)
    server = engine.dialect.name == "postgresql"
    backup: Path | None = None
    with engine.connect() as conn, _foreign_keys_off(conn):
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            if server:
                lock_migrations(conn)
            before = current_revision(conn)  # read under the write lock: one migrator at a time
            if before == head:
                return False
            if before is not None and before not in known_revisions():
                if server:
                    raise newer_schema(engine.url, before)
                raise DatabaseRefusedError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{path} was made by a newer version of CRM Desk (its schema is {revision}), so this version left it as it is; install the newer version to open it.",  # noqa: E501
                    ),
                    path=str(path),
                    revision=before,
                )
            if path is not None and before is not None:
                backup = backup_copy(path)
            if server and before is not None and advise is not None and has_data(conn):
                advise(backup_advice(engine.url))
            command.upgrade(alembic_config(conn), "head")
            if before is None:
                seed_defaults(conn)
            _check_references(conn)
    if path is not None and backup is not None:
        prune_backups(path)
    return before is None


def _check_references(conn: Connection) -> None:
    """``PRAGMA foreign_key_check`` before the commit: broken references roll it all back."""
    if conn.dialect.name != "sqlite":
        return
    problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
    if problems:
        raise MigrationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The upgrade would have left {count} broken references in the database, so it was not made; the file is as it was.",  # noqa: E501
            ),
            count=len(problems),
        )
