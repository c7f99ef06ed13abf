"""Undo and redo of every change made through the services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from crmdesk.db.journal import RowChange, restore
from crmdesk.db.uow import UnitOfWork
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError

if TYPE_CHECKING:
    from crmdesk.services.context import ServiceContext

MAX_STEPS = 200


@dataclass(frozen=True, slots=True)
class UndoStep:
    """One user action: its label and the rows it changed."""

    label: str  # a Message: English, with its marked template and values for translation
    changes: tuple[RowChange, ...]


class UndoHistory:
    """Two stacks of steps; a new change clears the redo stack.

    Undo writes the rows' earlier state in one transaction, refusing (and writing nothing)
    if any of those rows changed since; redo writes the later state the same way.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
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
        self._announce(step, "undo")
        return step.label

    def redo(self) -> str:
        """Redo the last undone change; returns its label."""
        if not self._redo:
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "There is nothing to redo."))
        step = self._redo[-1]
        self._apply(step, to_before=False)
        self._undo.append(self._redo.pop())
        self._announce(step, "redo")
        return step.label

    def _apply(self, step: UndoStep, *, to_before: bool) -> None:
        with UnitOfWork(self._ctx.session_factory, write=True) as uow:
            restore(uow.session, step.changes, to_before=to_before)
            uow.commit()

    def _announce(self, step: UndoStep, kind: str) -> None:
        # After the stacks changed, so listeners see the new Undo and Redo labels.
        from crmdesk.services.context import summarize

        self._ctx.announce(summarize(step.label, kind, step.changes))
