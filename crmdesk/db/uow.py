"""The unit of work: one session per user action, committed or rolled back as a whole."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from crmdesk.db.engine import WRITE
from crmdesk.db.journal import Journal, RowChange
from crmdesk.db.versions import prepare, stamp_flush


def write_session(session_factory: sessionmaker[Session]) -> Session:
    """A session whose transaction takes the write lock first (``BEGIN IMMEDIATE`` on SQLite),
    so everything it reads is still so when it writes; it waits for another writer, and says
    so in a sentence if that takes too long (:class:`~crmdesk.domain.errors.DatabaseBusyError`).
    """
    session = session_factory()
    session.connection(execution_options={WRITE: True})
    return session


class UnitOfWork:
    """A session for one user action.

    Guarantees:
    - nothing is written unless :meth:`commit` runs; leaving the block otherwise rolls back;
    - a ``write`` unit of work holds the write lock from its first statement (see
      :func:`write_session`): what it reads, no other writer changes before it commits;
    - after a commit, :attr:`changes` holds every row it created, changed or deleted through the
      ORM, as before/after snapshots, which is what undo and redo restore;
    - given an ``actor`` and a ``clock``, every editable row it changes gets its next version,
      stamped with who and when (``db/versions.py``), and is never written over a version
      another client committed meanwhile.
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        write: bool = False,
        actor: str | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._factory = session_factory
        self._write = write
        self._actor = actor
        self._clock = clock
        self._journal = Journal()
        self.changes: tuple[RowChange, ...] = ()
        self.committed = False

    def __enter__(self) -> UnitOfWork:
        self.session = write_session(self._factory) if self._write else self._factory()
        if self._clock is not None:
            prepare(self.session, self._actor or "?", self._clock)
            event.listen(self.session, "before_flush", stamp_flush)
        event.listen(self.session, "after_flush", self._after_flush)
        return self

    def _after_flush(self, session: Session, _context: Any) -> None:
        self._journal.record_flush(session)

    def commit(self) -> None:
        """Write everything done in this unit of work."""
        self.session.flush()
        self.changes = self._journal.changes()
        self.session.commit()
        self.committed = True

    def rollback(self) -> None:
        """Forget everything done in this unit of work."""
        self.session.rollback()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self.committed:
            self.session.rollback()
        self.session.close()
