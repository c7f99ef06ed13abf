"""The unit of work: one session per user action, committed or rolled back as a whole."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from crmdesk.db.journal import Journal, RowChange


class UnitOfWork:
    """A session for one user action.

    Guarantees:
    - nothing is written unless :meth:`commit` runs; leaving the block otherwise rolls back;
    - after a commit, :attr:`changes` holds every row it created, changed or deleted through the
      ORM, as before/after snapshots, which is what undo and redo restore.
    """

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory
        self._journal = Journal()
        self.changes: tuple[RowChange, ...] = ()
        self.committed = False

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
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
