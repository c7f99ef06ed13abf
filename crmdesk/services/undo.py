"""Undo and redo of every change made through the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crmdesk.db.journal import RowChange, restore
from crmdesk.db.uow import UnitOfWork
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from crmdesk.services.notices import Kind, OpChanges, summarize

MAX_STEPS = 200


@dataclass(frozen=True, slots=True)
class UndoStep:
    """One user action: its label and the rows it changed."""

    label: str  # a Message: English, with its marked template and values for translation
    changes: tuple[RowChange, ...]


class UndoHistory:
    """Two stacks of steps; a new change clears the redo stack.

    Undo writes back the columns the step changed, in one transaction, refusing (and writing
    nothing) if any of them changed since; derived data (scores, search keys…) is then
    recomputed from its sources in the same transaction, so it never makes an undo refuse.
    Redo does the same towards the step's later state.
    """

    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        announce: Callable[[OpChanges], None],
        derive: Callable[[Session, tuple[RowChange, ...]], None],
    ) -> None:
        self._uow = uow
        self._announce = announce
        self._derive = derive
        self._undo: list[UndoStep] = []
        self._redo: list[UndoStep] = []

    def push(self, label: str, changes: tuple[RowChange, ...]) -> None:
        """Record a committed change."""
        self._undo.append(UndoStep(label, changes))
        del self._undo[:-MAX_STEPS]
        self._redo.clear()

    @property
    def undo_label(self) -> str | None:
        """What Undo would undo, for the Edit menu: a :class:`~crmdesk.domain.errors.Message`
        (``label.translated(translate)`` shows it in the UI language)."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        """What Redo would redo, for the Edit menu (a Message, like ``undo_label``)."""
        return self._redo[-1].label if self._redo else None

    def clear(self) -> None:
        """Forget all steps (e.g. after opening another file)."""
        self._undo.clear()
        self._redo.clear()

    def undo(self) -> str:
        """Undo the last change; returns its label."""
        if not self._undo:
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "There is nothing to undo."))
        step = self._undo[-1]
        self._apply(step, to_before=True)
        self._redo.append(self._undo.pop())
        # After the stacks changed, so listeners see the new Undo and Redo labels.
        self._announce(summarize(step.label, Kind.UNDO, step.changes))
        return step.label

    def redo(self) -> str:
        """Redo the last undone change; returns its label."""
        if not self._redo:
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "There is nothing to redo."))
        step = self._redo[-1]
        self._apply(step, to_before=False)
        self._undo.append(self._redo.pop())
        self._announce(summarize(step.label, Kind.REDO, step.changes))
        return step.label

    def _apply(self, step: UndoStep, *, to_before: bool) -> None:
        with self._uow() as uow:
            restore(uow.session, step.changes, to_before=to_before)
            self._derive(uow.session, step.changes)
            uow.commit()
