"""What every service shares: the session factory, the clock, undo history and change notices."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from crmdesk.db.journal import RowChange
from crmdesk.db.uow import UnitOfWork
from crmdesk.db.versions import default_actor
from crmdesk.services.background import Background, Inline
from crmdesk.services.notices import CONFIG_CHANGES, Kind, OpChanges, summarize
from crmdesk.services.undo import UndoHistory
from crmdesk.services.versions import describe, stale

T = TypeVar("T")

# Brings derived data (scores, search keys…) in step after undo or redo put rows back,
# inside the same transaction.
RestoreHook = Callable[[Session, tuple[RowChange, ...], datetime], None]
Listener = Callable[[OpChanges], None]
# What the program asks for the time (tests pass a fixed one).
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


def _nothing_derived(_session: Session, _changes: tuple[RowChange, ...], _now: datetime) -> None:
    """No derived data to bring in step."""


class ServiceContext:
    """Runs each user action in its own unit of work and records how to reverse it.

    Guarantees:
    - every change is one transaction, recorded as one undo step with a readable label;
    - after every commit (undo and redo included) the derived hooks run first, then every
      listener hears one :class:`OpChanges`;
    - settings-like data read through :meth:`config` is dropped as soon as a notice says it
      changed.
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Callable[[], datetime] = utc_now,
        restore_hook: RestoreHook = _nothing_derived,
    ) -> None:
        self.session_factory = session_factory
        self.clock = clock
        self.actor = default_actor()  # who the changes are by (db/versions.py records it)
        self.background: Background = Inline()
        self.history = UndoHistory(
            lambda: self.uow(write=True),
            self.announce,
            lambda s, c: restore_hook(s, c, clock()),
            lambda s, table, row: describe(s, table, row, clock()),
        )
        self._listeners: list[Listener] = []
        self._configs: dict[str, Any] = {}
        self._config_lock = threading.Lock()
        self._config_generation = 0
        self._derived_hooks: list[Listener] = []

    def uow(self, *, write: bool = False) -> UnitOfWork:
        """A new unit of work (``write``: it takes the write lock before its first read)."""
        return UnitOfWork(self.session_factory, write=write, actor=self.actor, clock=self.clock)

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
        with self.uow(write=True) as uow:
            try:
                result = fn(uow.session)
                uow.commit()
            except StaleDataError as exc:  # changed by another client between read and write
                raise stale() from exc
        if callable(label):
            label = label(result)
        if uow.changes:
            self.history.push(label, uow.changes)
            self.announce(summarize(label, Kind.DO, uow.changes))
        return result

    def config(self, key: str, load: Callable[[Session], T], session: Session) -> T:
        """Settings-like data read once and kept until a notice says it changed."""
        with self._config_lock:
            if key in self._configs:
                return cast(T, self._configs[key])
            generation = self._config_generation
        value = load(session)
        with self._config_lock:
            if generation == self._config_generation:  # nothing changed while it was read
                self._configs[key] = value
        return value

    def add_derived_hook(self, hook: Listener) -> None:
        """Call ``hook`` after every committed change, before the listeners hear of it, to bring
        derived data (like scores) in step; what it writes is not an undo step of its own."""
        self._derived_hooks.append(hook)

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` after every committed change, undo and redo."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling ``listener``."""
        self._listeners.remove(listener)

    def announce(self, notice: OpChanges) -> None:
        """Tell every listener what changed (from whichever thread committed it)."""
        if notice.touches(*CONFIG_CHANGES):
            with self._config_lock:
                self._configs.clear()
                self._config_generation += 1
        for hook in list(self._derived_hooks):
            hook(notice)
        for listener in list(self._listeners):
            listener(notice)
