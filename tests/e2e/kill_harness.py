"""Kill CRM Desk at every SQL statement of its start, and see the next start finish the job.

``python kill_harness.py new|upgrade FOLDER [OLD_FILE]`` prints one JSON line per statement N:
a child process runs ``crmdesk summary --db FILE`` and SIGKILLs itself just before its Nth SQL
statement (through ``sqlite3``'s trace callback, installed on every connection from here, not
from the program); then another child runs the same command as the next start, and the line
says whether that worked and what the file holds. Children are forked from this one process,
so each attempt costs milliseconds, not an interpreter start.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from crmdesk.cli.main import main
from crmdesk.db.engine import readonly_connection

_count = [0]
_kill_at = [0]


def _trace(_statement: str) -> None:
    _count[0] += 1
    if _count[0] == _kill_at[0]:
        os.kill(os.getpid(), signal.SIGKILL)


@event.listens_for(Engine, "connect")
def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.set_trace_callback(_trace)


def _child(argv: list[str], kill_at: int, count_file: Path | None = None) -> int:
    """Fork; the child runs the command line (killed at statement ``kill_at``, 0 = never)."""
    pid = os.fork()
    if pid == 0:
        _kill_at[0], _count[0] = kill_at, 0
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        code = 99
        try:
            code = main(argv)
            if count_file is not None:
                count_file.write_text(str(_count[0]))
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def _holds(path: Path) -> dict[str, Any]:
    conn = readonly_connection(path)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        deals = conn.execute("SELECT count(*) FROM deals").fetchone()[0]
        criteria = conn.execute("SELECT count(*) FROM criteria").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        broken = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
    return {
        "revision": revision[0] if revision else None,
        "deals": deals,
        "criteria": criteria,
        "integrity": integrity,
        "broken": broken,
        "application_id": app_id,
    }


def _backups(path: Path) -> list[dict[str, Any]]:
    found = []
    for backup in sorted(path.parent.glob(path.name + ".*.bak")):
        conn = readonly_connection(backup)
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            deals = conn.execute("SELECT count(*) FROM deals").fetchone()[0]
        finally:
            conn.close()
        found.append({"revision": revision, "deals": deals})
    return found


def _reset(folder: Path, path: Path, old: Path | None) -> None:
    for stale in folder.iterdir():
        stale.unlink()
    if old is not None:
        shutil.copyfile(old, path)


def run(mode: str, folder: Path, old: Path | None) -> None:
    """Print the statement count, then one line per kill."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crm.sqlite"
    start = ["summary", "--db", str(path)]
    counted = folder.parent / f"{mode}-count"
    _reset(folder, path, old)
    assert _child(start, 0, counted) == 0
    total = int(counted.read_text())
    print(json.dumps({"mode": mode, "statements": total}), flush=True)
    for n in range(1, total + 1):
        _reset(folder, path, old)
        first = _child(start, n)
        again = _child(start, 0)
        line = {"n": n, "first": first, "again": again, **_holds(path), "backups": _backups(path)}
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    run(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)
