"""The engine: a SQLite file opened with safe pragmas and real transactions on every connection.

Transactions. Python's ``sqlite3`` (before 3.12's ``autocommit``) opens a transaction only
before INSERT, UPDATE and DELETE, so DDL and reads would run outside one. Following
SQLAlchemy's recipe for pysqlite, the driver's own handling is switched off
(``isolation_level = None``) and the engine's ``begin`` event emits ``BEGIN`` itself: every
transaction, DDL included, is real. A connection given the execution option :data:`WRITE`
begins with ``BEGIN IMMEDIATE`` instead: it takes the write lock first (waiting up to
:data:`BUSY_TIMEOUT_MS` for another writer), so what it reads is what it changes. On
PostgreSQL the same option would choose the isolation of a writing transaction.

Errors. A busy, full, read-only or damaged file and the totals triggers' refusals reach the
program as :class:`~crmdesk.domain.errors.StorageError` or
:class:`~crmdesk.domain.errors.AmountTooLargeError` sentences, never as driver tracebacks.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from crmdesk.db.server import (
    CONNECT_TIMEOUT_S,
    bad_address,
    is_url,
    sentence_for_server,
    server_url,
)
from crmdesk.domain.errors import (
    QT_TRANSLATE_NOOP,
    AmountTooLargeError,
    DatabaseBusyError,
    DomainError,
    StorageError,
)

BUSY_TIMEOUT_MS = 5000
WRITE = "crmdesk_write"  # execution option: this transaction writes (BEGIN IMMEDIATE on SQLite)
TOTAL_TOO_LARGE = "CRMDESK_TOTAL_TOO_LARGE"  # the deal_totals triggers' refusal (migration 0005)
AMOUNT_TOO_LARGE = "CRMDESK_AMOUNT_TOO_LARGE"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "fuse.sshfs", "9p", "afpfs", "webdav"}


def database_url(target: str | os.PathLike[str]) -> URL:
    """A SQLAlchemy URL for a path (built, never formatted: any letter or ``%`` is safe), or
    for a URL given as is."""
    text = os.fspath(target)
    if is_url(text):
        return make_url(text)
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def sqlite_path(url: URL | str) -> Path | None:
    """The file behind a SQLite URL, or ``None`` for other databases and memory."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True when the file lives on a network share, where WAL is unsafe.

    ``mounts`` is the text of ``/proc/mounts`` (read from the system when not given).
    """
    text = str(path)
    if sys.platform == "win32":
        return text.startswith(("\\\\", "//"))
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return False
    best, fstype = "", ""
    folder = str(path.resolve().parent)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = folder == mount_point or folder.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, fstype = mount_point, fields[2]
    return fstype in _NETWORK_FS


def make_engine(target: str | os.PathLike[str]) -> Engine:
    """Open the database (a SQLite file the caller has checked, see :mod:`crmdesk.db.guard`,
    or a server's URL; an address that is neither is refused with a sentence)."""
    try:
        url = database_url(target)
        path = sqlite_path(url)
        if path is None:
            return _server_engine(url)
    except (ArgumentError, ValueError, NoSuchModuleError):  # the message may quote a password
        raise bad_address(os.fspath(target)) from None
    journal = "DELETE" if is_network_path(path) else "WAL"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the "begin" event below emits BEGIN
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    _real_transactions(engine)
    return engine


def _server_engine(url: URL) -> Engine:
    """An engine on a server: a connection is tested before use (``pool_pre_ping``), so a
    restarted server costs a reconnection, not an error; connecting gives up after
    :data:`CONNECT_TIMEOUT_S` unless the address says otherwise."""
    url = server_url(url)
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    shown = url  # the sentences name the server, the role and the database, never the password

    @event.listens_for(engine, "handle_error")
    def _server_sentence(context: ExceptionContext) -> None:
        if context.is_pre_ping:  # a connection the server dropped: the pool makes a new one
            return
        error = context.original_exception
        sentence = sentence_for(error) or sentence_for_server(error, shown)
        if sentence is not None:
            raise sentence from None  # the driver's text may quote the address

    return engine


def readonly_connection(path: Path) -> sqlite3.Connection:
    """A driver connection that can only read ``path`` and creates nothing beside it: the main
    file alone when no write-ahead log is there (``immutable``), else SQLite's read-only mode."""
    uri = path.resolve().as_uri() + ("?mode=ro" if wal_of(path).exists() else "?immutable=1")
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def make_readonly_engine(path: Path) -> Engine:
    """An engine that reads ``path`` through :func:`readonly_connection` (``crmdesk check``)."""

    def connect() -> sqlite3.Connection:
        return readonly_connection(path)

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    _real_transactions(engine)
    return engine


def wal_of(path: Path) -> Path:
    """The write-ahead log beside a database file."""
    return path.with_name(path.name + "-wal")


def _real_transactions(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        writes = conn.get_execution_options().get(WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    event.listen(engine, "handle_error", _raise_sentence)


def _raise_sentence(context: ExceptionContext) -> None:
    """Raise the driver's error as a sentence, when it is about the file rather than a bug."""
    sentence = sentence_for(context.original_exception)
    if sentence is not None:
        raise sentence from context.original_exception


def sentence_for(error: BaseException) -> DomainError | None:
    """What to tell the user about a driver error, or ``None`` for one that is a bug (the totals
    triggers' refusals read the same on both engines)."""
    text = str(error)
    if TOTAL_TOO_LARGE in text:
        return AmountTooLargeError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "That would make a column's total larger than CRM Desk adds up exactly (4,611,686,018,427,387,904 of the currency's smallest unit per stage); nothing was changed.",  # noqa: E501
            ),
            "value_minor",
        )
    if AMOUNT_TOO_LARGE in text:
        return AmountTooLargeError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "That amount is too large: CRM Desk keeps amounts up to 1,000,000,000,000,000 of the currency's smallest unit (đồng, cents).",  # noqa: E501
            ),
            "value_minor",
        )
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", -1) & 0xFF  # the primary result code
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseBusyError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Another program kept the database busy for too long, so nothing was changed; try again in a moment.",  # noqa: E501
            )
        )
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The disk is full, so nothing was changed; free some space and try again.",
            )
        )
    if code == sqlite3.SQLITE_READONLY or "readonly database" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The database can only be read now (its file or folder is read-only), so nothing was changed.",  # noqa: E501
            )
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The database file is damaged; nothing was changed. Restore the latest backup (the .bak files beside it).",  # noqa: E501
            )
        )
    if code == sqlite3.SQLITE_IOERR or "disk I/O error" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The disk could not be read or written, so nothing was changed; check the drive and try again.",  # noqa: E501
            )
        )
    return None


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """The one session factory of the process."""
    return sessionmaker(engine, expire_on_commit=False)
