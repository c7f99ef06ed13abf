"""``crmdesk demo`` at any size: built in a temporary file beside the target, renamed into place.

A million deals in one transaction held the whole run in memory (1.3 GB). Here the rows are
committed a slice at a time into a copy nobody else opens, so memory stays flat, and the run is
still all-or-nothing for the target: it is replaced only once the copy is whole and
checkpointed; a failure or an interruption leaves it as it was and removes the copy.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from crmdesk.app import Workspace, open_workspace
from crmdesk.services.demo import (
    DemoSummary,
    check_demo_request,
    generate_demo,
    refuse_unless_empty,
)

_SIDE_FILES = ("-wal", "-shm", "-journal")


def _remove(path: Path) -> None:
    for name in (path, *(Path(f"{path}{tail}") for tail in _SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so the file alone holds every row."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def build_demo(
    workspace: Workspace,
    target: Path | str,
    deals: int,
    seed: int,
    progress: Callable[[int], None] | None = None,
) -> DemoSummary:
    """Fill the empty database ``target`` (open as ``workspace``, closed here) with demo deals:
    a file's are built beside it and renamed over it, a server's are written in one transaction
    (PostgreSQL's DDL and data roll back together); the target is left as it was on any
    failure."""
    context = workspace.services.context
    now = context.clock()
    check_demo_request(deals, now)  # before copying anything
    context.read(refuse_unless_empty)
    if not isinstance(target, Path):
        try:
            return generate_demo(context.session_factory, deals, seed, now, progress)
        finally:
            workspace.close()
    scratch = target.with_name(f".{target.name}.demo-{os.getpid()}")
    _remove(scratch)
    try:
        workspace.services.storage.backup(scratch)  # the user's settings and rules come along
        workspace.close()
        building = open_workspace(scratch, context.clock)
        try:
            summary = generate_demo(
                building.services.context.session_factory, deals, seed, now, progress, batched=True
            )
        finally:
            building.close()
        _checkpoint(scratch)
        for tail in _SIDE_FILES:  # a stale log beside the target would be read into the new file
            with contextlib.suppress(FileNotFoundError):
                Path(f"{target}{tail}").unlink()
        os.replace(scratch, target)
    finally:
        _remove(scratch)
    return summary
