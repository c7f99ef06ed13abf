"""Which files CRM Desk opens: a missing or empty file, or one of its own.

Anything else (a folder, another program's SQLite file, a text file, a damaged or cut-off
file, a newer version's database, a file or folder it may not write) is refused with one
sentence before SQLite touches it, and left byte for byte as it was. A file is CRM Desk's when
its header carries :data:`APPLICATION_ID` (migration 0005 and every new file set it), or, for
files made before that, when it holds the ``alembic_version`` table and CRM Desk's tables.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from crmdesk.db.engine import readonly_connection, wal_of
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, DatabaseRefusedError

APPLICATION_ID = 0x43524D44  # "CRMD": PRAGMA application_id of every CRM Desk file
SQLITE_MAGIC = b"SQLite format 3\x00"
OUR_TABLES = frozenset({"alembic_version", "deals", "organizations", "contacts", "settings"})
HEADER = 100


@dataclass(frozen=True, slots=True)
class DatabaseFile:
    """A file CRM Desk may open: ``new`` (missing, empty, or an SQLite file without a single
    table) or one of its own at schema ``revision``."""

    path: Path
    new: bool
    revision: str | None


def _refuse(template: str, **values: object) -> DatabaseRefusedError:
    return DatabaseRefusedError(template, **values)


def _allowed(path: Path, st: os.stat_result, access: int, bits: int) -> bool:
    """Whether this process may read (or write) ``path``; the superuser, whom the system lets
    do anything, is held to the permissions the owner set."""
    if not os.access(path, access):
        return False
    return not (hasattr(os, "geteuid") and os.geteuid() == 0) or bool(st.st_mode & bits)


def check_database_file(path: Path, known: Collection[str], *, write: bool = True) -> DatabaseFile:
    """Decide whether ``path`` may be opened (``write``: and changed), creating its folder
    when that is missing; raises :class:`DatabaseRefusedError` with the reason otherwise."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} is a folder, not a database file; give the path of a file, such as {example}.",  # noqa: E501
            ),
            path=str(path),
            example=str(path / "crmdesk.sqlite"),
        )
    if not path.exists() and not path.is_symlink():
        if not write:
            raise _refuse(
                QT_TRANSLATE_NOOP("Messages", "There is no database at {path}."), path=str(path)
            )
        _writable_folder(path.parent)
        _create_owner_only(path)
        return DatabaseFile(path, True, None)
    try:
        st = path.stat()
    except OSError as error:
        raise _unreadable(path) from error
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} is not a regular file; CRM Desk left it as it is."
            ),
            path=str(path),
        )
    if not _allowed(path, st, os.R_OK, 0o444):
        raise _unreadable(path)
    if write:
        _writable_folder(path.parent)
        if not _allowed(path, st, os.W_OK, 0o222):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is read-only, and CRM Desk needs to write to it: make it writable, or work on a copy. Nothing was changed.",  # noqa: E501
                ),
                path=str(path),
            )
    try:
        with path.open("rb") as file:
            header = file.read(HEADER)
    except OSError as error:
        raise _unreadable(path) from error
    if not header and not wal_of(path).exists():
        if not write:
            raise _refuse(
                QT_TRANSLATE_NOOP("Messages", "{path} is empty: it holds no data yet."),
                path=str(path),
            )
        return DatabaseFile(path, True, None)
    if header:
        _check_header(path, header, st.st_size)
    return _inspect(path, header, known)


def _create_owner_only(path: Path) -> None:
    """An empty file readable and writable by its owner only, before SQLite opens it (SQLite
    gives its journal files the database's permissions)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    except FileExistsError:
        pass  # another CRM Desk made it a moment ago
    except OSError as error:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} cannot be created ({reason}); nothing was written."
            ),
            path=str(path),
            reason=error.strerror or str(error),
        ) from error


def _unreadable(path: Path) -> DatabaseRefusedError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Messages", "CRM Desk is not allowed to read {path}; nothing was changed."
        ),
        path=str(path),
    )


def _writable_folder(folder: Path) -> None:
    """The folder exists (made owner-only when CRM Desk creates it) and may be written in,
    since SQLite keeps its journal beside the database."""
    folder = folder if str(folder) else Path(".")
    if not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as error:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The folder {folder} cannot be created ({reason}); nothing was written.",
                ),
                folder=str(folder),
                reason=error.strerror or str(error),
            ) from error
    if not folder.is_dir():
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Messages", "{folder} is not a folder, so no database can be kept in it."
            ),
            folder=str(folder),
        )
    if not _allowed(folder, folder.stat(), os.W_OK | os.X_OK, 0o222):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Messages",
                "CRM Desk cannot write in the folder {folder}, where the database keeps its journal beside it: choose a folder you can write in. Nothing was changed.",  # noqa: E501
            ),
            folder=str(folder),
        )


def _damaged(path: Path) -> DatabaseRefusedError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} is damaged (cut off or unreadable as a database), so CRM Desk left it as it is; restore a backup (the .bak files beside it) or another copy.",  # noqa: E501
        ),
        path=str(path),
    )


def _foreign(path: Path) -> DatabaseRefusedError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} belongs to another program (an SQLite database without CRM Desk's tables); CRM Desk left it as it is.",  # noqa: E501
        ),
        path=str(path),
    )


def _check_header(path: Path, header: bytes, size: int) -> None:
    """An SQLite header, of a file as long as the header says, of no other program."""
    if not header.startswith(SQLITE_MAGIC[: len(header)]):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} is not a CRM Desk database (not even an SQLite file); CRM Desk left it as it is.",  # noqa: E501
            ),
            path=str(path),
        )
    if len(header) < HEADER:
        raise _damaged(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # the page count is valid (SQLite ≥ 3.7.0)
    # While another program has the file open its journal is there, and the file may be
    # growing (a checkpoint writes page 1 first): then SQLite itself judges it, read-only.
    at_rest = not wal_of(path).exists() and not path.with_name(path.name + "-journal").exists()
    short = counted and at_rest and pages * page_size > size
    if page_size < 512 or page_size & (page_size - 1) or short:
        raise _damaged(path)
    application = int.from_bytes(header[68:72], "big")
    if application not in (0, APPLICATION_ID):
        raise _foreign(path)


def _inspect(path: Path, header: bytes, known: Collection[str]) -> DatabaseFile:
    """Read the tables and the schema revision without changing anything."""
    ours = int.from_bytes(header[68:72], "big") == APPLICATION_ID if header else False
    try:
        conn = readonly_connection(path)
        try:
            objects = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
            tables = {name for kind, name in objects if kind == "table"}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise _damaged(path) from error
    if not objects or (tables <= {"alembic_version"} and revision is None):
        return DatabaseFile(path, True, None)  # an empty SQLite file: nothing to lose
    if not ours and not tables >= OUR_TABLES:
        raise _foreign(path)
    if revision is None:
        raise _damaged(path)
    if revision not in known:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} was made by a newer version of CRM Desk (its schema is {revision}), so this version left it as it is; install the newer version to open it.",  # noqa: E501
            ),
            path=str(path),
            revision=revision,
        )
    return DatabaseFile(path, False, revision)
