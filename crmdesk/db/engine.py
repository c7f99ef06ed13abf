"""The engine: a SQLite file opened with safe pragmas on every connection."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "fuse.sshfs", "9p", "afpfs", "webdav"}


def database_url(target: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL for a path (or a URL given as is)."""
    text = os.fspath(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or ``None`` for other databases and memory."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix or url.endswith(":memory:"):
        return None
    return Path(url[len(prefix) :])


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


def create_owner_only_file(path: Path) -> None:
    """Create an empty database file readable and writable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


def make_engine(target: str | os.PathLike[str]) -> Engine:
    """Open the database, creating an owner-only SQLite file if needed."""
    url = database_url(target)
    path = sqlite_path(url)
    if path is None:
        return create_engine(url)
    create_owner_only_file(path)
    journal = "DELETE" if is_network_path(path) else "WAL"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """The one session factory of the process."""
    return sessionmaker(engine, expire_on_commit=False)
