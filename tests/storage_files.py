"""Files for the storage tests: an older database, and what a folder held, byte for byte."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

DATA = Path(__file__).with_name("data")
REVISION_0002 = DATA / "revision_0002.sqlite.gz"


def old_database(target: Path) -> Path:
    """A copy of the committed revision-0002 file (300 demo deals) at ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(REVISION_0002, "rb") as packed, target.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return target


def read_only_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows of ``sql`` read without changing anything (no journal files made)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def folder_state(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under ``folder``: its bytes, modification time and permissions."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            st = path.stat()
            state[str(path.relative_to(folder))] = (path.read_bytes(), st.st_mtime_ns, st.st_mode)
    return state
