"""Files the program writes: whole or not at all, readable by their owner only.

Every output (a quote's PDF, an export, an import report, a backup, a screenshot) is written to
a temporary file beside its target, flushed to the disk, and renamed over the target in one
step, so a crash, a kill or a full disk leaves the previous file as it was, never half a file.

This module is below every layer (like :mod:`crmdesk.locations`): the database layer uses it for
backups, the services for exports, the command line and the window for what they save.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def restrict_new_files() -> None:
    """From now on, files and folders this process creates are its owner's only (umask 077):
    Qt's settings file, the lock file and SQLite's journal included."""
    os.umask(0o077)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed and make it readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if sys.platform != "win32" and folder.stat().st_mode & 0o077:
        folder.chmod(PRIVATE_FOLDER)
    return folder


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles for this)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _mode_for(target: Path, mode: int) -> int:
    """An existing target keeps its permissions; a new one gets ``mode``."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return mode


@contextlib.contextmanager
def atomic_path(target: Path, mode: int = PRIVATE_FILE) -> Iterator[Path]:
    """A temporary path beside ``target`` (an empty file already made with ``mode``) for a
    writer that needs a path (SQLite, openpyxl, Qt); when the block ends normally it is
    flushed to the disk and renamed over ``target``, otherwise it is removed."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    temporary = Path(name)
    try:
        os.close(fd)
        os.chmod(temporary, _mode_for(target, mode))
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
        _fsync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


@contextlib.contextmanager
def atomic_output(
    target: Path,
    text: bool = False,
    encoding: str = "utf-8",
    newline: str | None = None,
    mode: int = PRIVATE_FILE,
) -> Iterator[IO[Any]]:  # bytes, or text when ``text``
    """A file object to write ``target``'s new contents into (bytes, or text when ``text``);
    ``target`` is replaced only when the block ends normally."""
    with atomic_path(target, mode) as temporary:
        if text:
            with open(temporary, "w", encoding=encoding, newline=newline) as file:
                yield file
                file.flush()
        else:
            with open(temporary, "wb") as binary:
                yield binary
                binary.flush()


def write_atomic(target: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    """Replace ``target`` with ``data`` (text is encoded with ``encoding``), whole or not at all."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_output(target) as file:
        file.write(payload)
