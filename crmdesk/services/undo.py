"""Undo and redo of every change made through the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crmdesk.db.journal import Describe, RowChange, restore
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
        describe: Describe | None = None,
    ) -> None:
        self._uow = uow
        self._describe = describe
        self._announce = announce
        self._derive = derive
        self._undo: list[UndoStep] = []
        self._redo: list[UndoStep] = []
        # The version each row got from this client's last change to it (undo and redo give
        # rows new versions, so an older step's snapshot is behind; another client's change
        # still makes the row's version differ from this one and the undo refuse).
        self._written: dict[tuple[str, tuple[object, ...]], int] = {}

    def _remember(self, changes: tuple[RowChange, ...], *, to_before: bool = False) -> None:
        for c in changes:
            new, old = (c.before, c.after) if to_before else (c.after, c.before)
            if new and "version" in new and (old is None or old.get("version") != new["version"]):
                self._written[(c.table, c.key)] = new["version"]

    def push(self, label: str, changes: tuple[RowChange, ...]) -> None:
        """Record a committed change."""
        self._undo.append(UndoStep(label, changes))
        self._remember(changes)
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
        self._written.clear()

    def undo(self) -> str:
        """Undo the last change; returns its label."""
        if not self._undo:
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "There is nothing to undo."))
        step = self._undo[-1]
        step = self._apply(step, to_before=True)
        self._undo.pop()
        self._redo.append(step)
        # After the stacks changed, so listeners see the new Undo and Redo labels.
        self._announce(summarize(step.label, Kind.UNDO, step.changes))
        return step.label

    def redo(self) -> str:
        """Redo the last undone change; returns its label."""
        if not self._redo:
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "There is nothing to redo."))
        step = self._redo[-1]
        step = self._apply(step, to_before=False)
        self._redo.pop()
        self._undo.append(step)
        self._announce(summarize(step.label, Kind.REDO, step.changes))
        return step.label

    def _apply(self, step: UndoStep, *, to_before: bool) -> UndoStep:
        """Put the step's rows back; the step as it now stands (with the versions written)."""
        with self._uow() as uow:
            changes = restore(
                uow.session,
                step.changes,
                to_before=to_before,
                describe=self._describe,
                written=self._written,
            )
            self._derive(uow.session, step.changes)
            uow.commit()
        self._remember(changes, to_before=to_before)
        return UndoStep(step.label, changes)
