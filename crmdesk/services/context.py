"""What every service shares: the session factory, the clock, undo history and change notices."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from crmdesk.db.journal import RowChange
from crmdesk.db.uow import UnitOfWork
from crmdesk.services.undo import UndoHistory

T = TypeVar("T")

# Tables whose rows ``ServiceContext.config`` caches: any change to them empties the cache.
CONFIG_TABLES = frozenset({"settings", "scoring_rules", "sub_stage_probabilities", "criteria"})


def utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class OpChanges:
    """Announced after every committed change: what it was and which rows it touched."""

    # A Message: the English label, with its marked template and values for translation.
    label: str
    kind: str  # "do", "undo" or "redo"
    tables: frozenset[str]
    deal_ids: frozenset[int]
    # The stage each changed deal is in now; a deal archived or deleted by the change is absent.
    deal_stages: Mapping[int, str] = field(default_factory=dict)
    setting_keys: frozenset[str] = frozenset()  # which settings changed, if any


def summarize(label: str, kind: str, changes: tuple[RowChange, ...]) -> OpChanges:
    """Build the notice for a set of row changes."""
    deal_ids: set[int] = set()
    stages: dict[int, str] = {}
    for change in changes:
        if change.table == "deals":
            deal_ids.add(change.key[0])
            now = change.before if kind == "undo" else change.after
            if now is not None and not now.get("archived"):
                stages[change.key[0]] = str(now["stage"])
        for row in (change.before, change.after):
            if row is not None and row.get("deal_id") is not None:
                deal_ids.add(row["deal_id"])
    return OpChanges(label, kind, frozenset(c.table for c in changes), frozenset(deal_ids), stages)


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
        self._configs: dict[str, Any] = {}
        self._derived_hooks: list[Callable[[OpChanges], None]] = []

    def uow(self) -> UnitOfWork:
        """A new unit of work."""
        return UnitOfWork(self.session_factory)

    def read(self, fn: Callable[[Session], T]) -> T:
        """Run a read-only query in its own session."""
        with self.uow() as uow:
            return fn(uow.session)

    def change(self, label: str | Callable[[T], str], fn: Callable[[Session], T]) -> T:
        """Run ``fn`` as one undoable action named ``label``: all of it is written, or nothing.

        ``label`` may be a function of the result, for names known only once ``fn`` ran; it is
        a :class:`~crmdesk.domain.errors.Message` (a marked template with its values), so the
        Edit menu can show it translated.
        """
        with UnitOfWork(self.session_factory, write=True) as uow:
            result = fn(uow.session)
            uow.commit()
        if callable(label):
            label = label(result)
        if uow.changes:
            self.history.push(label, uow.changes)
            self.announce(summarize(label, "do", uow.changes))
        return result

    def config(self, key: str, load: Callable[[Session], T], session: Session) -> T:
        """Settings-like data read once and kept until a change touches its tables."""
        if key not in self._configs:
            self._configs[key] = load(session)
        return self._configs[key]  # type: ignore[no-any-return]

    def add_derived_hook(self, hook: Callable[[OpChanges], None]) -> None:
        """Call ``hook`` after every committed change, before the listeners hear of it, to bring
        derived data (like scores) in step; what it writes is not an undo step of its own."""
        self._derived_hooks.append(hook)

    def subscribe(self, listener: Callable[[OpChanges], None]) -> None:
        """Call ``listener`` after every committed change, undo and redo."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[OpChanges], None]) -> None:
        """Stop calling ``listener``."""
        self._listeners.remove(listener)

    def announce(self, notice: OpChanges) -> None:
        """Tell every listener what changed."""
        if notice.tables & CONFIG_TABLES:
            self._configs.clear()
        for hook in list(self._derived_hooks):
            hook(notice)
        for listener in list(self._listeners):
            listener(notice)
