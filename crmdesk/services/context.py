"""What every service shares: the session factory, the clock, undo history and change notices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from crmdesk.db.journal import RowChange
from crmdesk.db.uow import UnitOfWork
from crmdesk.services.undo import UndoHistory

T = TypeVar("T")


def utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class OpChanges:
    """Announced after every committed change: what it was and which rows it touched."""

    label: str
    kind: str  # "do", "undo" or "redo"
    tables: frozenset[str]
    deal_ids: frozenset[int]


def summarize(label: str, kind: str, changes: tuple[RowChange, ...]) -> OpChanges:
    """Build the notice for a set of row changes."""
    deal_ids: set[int] = set()
    for change in changes:
        if change.table == "deals":
            deal_ids.add(change.key[0])
        for row in (change.before, change.after):
            if row is not None and row.get("deal_id") is not None:
                deal_ids.add(row["deal_id"])
    return OpChanges(label, kind, frozenset(c.table for c in changes), frozenset(deal_ids))


class ServiceContext:
    """Runs each user action in its own unit of work and records how to reverse it."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.session_factory = session_factory
        self.clock = clock
        self.history = UndoHistory(self)
        self._listeners: list[Callable[[OpChanges], None]] = []

    def uow(self) -> UnitOfWork:
        """A new unit of work."""
        return UnitOfWork(self.session_factory)

    def read(self, fn: Callable[[Session], T]) -> T:
        """Run a read-only query in its own session."""
        with self.uow() as uow:
            return fn(uow.session)

    def change(self, label: str, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` as one undoable action named ``label``: all of it is written, or nothing."""
        with self.uow() as uow:
            result = fn(uow.session)
            uow.commit()
        if uow.changes:
            self.history.push(label, uow.changes)
            self.announce(summarize(label, "do", uow.changes))
        return result

    def subscribe(self, listener: Callable[[OpChanges], None]) -> None:
        """Call ``listener`` after every committed change, undo and redo."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[OpChanges], None]) -> None:
        """Stop calling ``listener``."""
        self._listeners.remove(listener)

    def announce(self, notice: OpChanges) -> None:
        """Tell every listener what changed."""
        for listener in list(self._listeners):
            listener(notice)
