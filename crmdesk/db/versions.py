"""Row versions: each change a user makes to an editable row gives it a new version, and names
who made it and when.

A unit of work stamps the rows it changes just before each flush (:func:`stamp_flush`): a new
row starts at version 1; a changed row goes one up, once per unit of work, when a column other
than a derived one changed (a re-score or a new next action is not a change someone made).
Because ``version`` is the ORM's ``version_id_col``, every UPDATE also says ``WHERE version =``
the version it read: a row that another client changed meanwhile is never overwritten (the
flush raises ``StaleDataError``). Core updates call :func:`bumped` for the same columns.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Table, inspect
from sqlalchemy.orm import Session

from crmdesk.db.models import DERIVED_COLUMNS, VERSION_COLUMNS, Versioned

ACTOR = "crmdesk.actor"  # session.info keys: who acts, and the clock
CLOCK = "crmdesk.clock"
_STAMPED = "crmdesk.stamped"
_MOVED = "crmdesk.moved"
_BEFORE = "crmdesk.version_before"


def default_actor() -> str:
    """Who is working: ``CRMDESK_USER`` if set, else the operating system's user name."""
    name = os.environ.get("CRMDESK_USER", "").strip()
    if name:
        return name[:100]
    try:
        return getpass.getuser()[:100] or "?"
    except (KeyError, OSError):  # no user name in the environment nor the password database
        return "?"


def prepare(session: Session, actor: str, clock: Callable[[], datetime]) -> None:
    """Say who the session's changes are by, and which clock dates them."""
    session.info[ACTOR] = actor
    session.info[CLOCK] = clock
    session.info[_STAMPED] = set()
    session.info[_MOVED] = set()
    session.info[_BEFORE] = {}


def _edited(obj: Any) -> bool:
    """Whether a column a user edits (not a derived or a version column) changed."""
    state = inspect(obj)
    table = state.mapper.local_table.name
    ignored = DERIVED_COLUMNS.get(table, frozenset()) | set(VERSION_COLUMNS)
    for attr in state.mapper.column_attrs:
        if attr.key in ignored:
            continue
        if state.attrs[attr.key].history.has_changes():
            return True
    return False


def stamp_flush(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """The ``before_flush`` hook: stamp the new and changed versioned rows."""
    clock = session.info.get(CLOCK)
    if clock is None:
        return
    actor = session.info.get(ACTOR)
    stamped: set[Any] = session.info.setdefault(_STAMPED, set())
    moved: set[Any] = session.info.setdefault(_MOVED, set())
    now = clock()
    for obj in session.new:
        if isinstance(obj, Versioned) and obj not in stamped:
            stamped.add(obj)
            obj.version = 1
            obj.changed_by, obj.changed_at = actor, now
    for obj in session.dirty:
        if not isinstance(obj, Versioned) or not _edited(obj):
            continue
        if obj not in stamped:
            stamped.add(obj)
            session.info.setdefault(_BEFORE, {})[obj] = obj.version
            obj.version = (obj.version or 0) + 1
            obj.changed_by = actor
        state = inspect(obj)
        if "stage" in state.attrs and state.attrs["stage"].history.has_changes():
            moved.add(obj)
        # A move is dated like its stage history entry, so the sentence naming the change can
        # tell a move from an edit (db/versions.describe).
        entered = getattr(obj, "stage_entered_at", None)
        obj.changed_at = entered if obj in moved and entered is not None else now


def version_before(session: Session, obj: Any) -> int | None:
    """The version ``obj`` had before this unit of work changed it (the ORM forgets it once
    the UPDATE ran), or None if it did not change it."""
    before: dict[Any, int] = session.info.get(_BEFORE, {})
    return before.get(obj)


def bumped(table: Table, session: Session, version: int | None = None) -> dict[str, Any]:
    """The values a Core UPDATE of a versioned row writes besides its own: the next version
    (``version`` if given), who and when (empty for a table without versions)."""
    if "version" not in table.c:
        return {}
    clock = session.info.get(CLOCK)
    return {
        "version": table.c.version + 1 if version is None else version,
        "changed_by": session.info.get(ACTOR),
        "changed_at": clock() if clock is not None else None,
    }
