"""Turns a drop or a key press into a move: asks what the gate or the reason needs, then moves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from crmdesk.domain.entities import Deal, LostReason
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import DomainError
from crmdesk.domain.pipeline import MoveKind, classify_move
from crmdesk.gui.board.column_view import stage_name
from crmdesk.gui.dialogs.gate_dialog import GateDecision, GateDialog
from crmdesk.gui.dialogs.reasons import BackwardDialog, LostDialog
from crmdesk.gui.messages import error_text
from crmdesk.services import GateView, Services
from crmdesk.services.evidence import DealFacts


class MovePrompts(Protocol):
    """What a move may need to ask the user; ``None`` means they cancelled."""

    def gate(
        self, titles: Sequence[str], views: Sequence[GateView], facts: DealFacts | None
    ) -> GateDecision | None:
        """Answers for the gates crossed (``facts``: what is known, for a single deal)."""

    def backward(self, titles: Sequence[str], target: Stage) -> str | None:
        """Why the deals go back."""

    def lost(
        self, titles: Sequence[str], reasons: Sequence[LostReason]
    ) -> tuple[str, str | None] | None:
        """Why the deals were lost: a reason key and a note."""


class DialogPrompts:
    """The prompts as modal dialogs over ``parent``."""

    def __init__(self, parent: QWidget | None) -> None:
        self._parent = parent

    def gate(
        self, titles: Sequence[str], views: Sequence[GateView], facts: DealFacts | None
    ) -> GateDecision | None:
        """Show the qualification dialog."""
        dialog = GateDialog(titles, views, self._parent, facts)
        return dialog.decision() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def backward(self, titles: Sequence[str], target: Stage) -> str | None:
        """Ask for the reason of a backward move."""
        dialog = BackwardDialog(titles, stage_name(target), self._parent)
        return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def lost(
        self, titles: Sequence[str], reasons: Sequence[LostReason]
    ) -> tuple[str, str | None] | None:
        """Ask for the lost reason."""
        dialog = LostDialog(titles, reasons, self._parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MoveController(QObject):
    """The one path from the board to the move service."""

    failed = Signal(str)
    moved = Signal(list, str)  # deal ids, stage

    def __init__(self, services: Services, prompts: MovePrompts) -> None:
        super().__init__()
        self._services = services
        self.prompts = prompts

    def request(
        self,
        ids: Sequence[int],
        target: Stage | str,
        before_id: int | None = None,
        after_id: int | None = None,
    ) -> bool:
        """Move ``ids`` to ``target`` (at a position), asking what the move needs first.

        Returns whether anything moved; a cancelled prompt or a refusal changes nothing.
        """
        target = Stage(target)
        if not ids:
            return False
        try:
            preview = self._services.pipeline.preview(ids, target)
        except DomainError as error:
            self.failed.emit(error_text(error))
            return False
        deals = list(preview.deals)
        kwargs = self._ask(deals, target, list(preview.gates), preview.facts)
        if kwargs is None:
            return False
        try:
            self._services.pipeline.move(
                [d.id for d in deals], target, before_id=before_id, after_id=after_id, **kwargs
            )
        except DomainError as error:
            self.failed.emit(error_text(error))
            return False
        self.moved.emit([d.id for d in deals], target.value)
        return True

    def step(self, ids: Sequence[int], direction: int) -> bool:
        """Move the deals one stage right (+1) or left (-1) along Lead, Prospect, Opportunity."""
        order = [Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY]
        if not ids:
            return False
        stage = self._services.deals.get(ids[0]).stage
        if stage not in order:
            return False
        index = order.index(stage) + direction
        if not 0 <= index < len(order):
            return False
        return self.request(ids, order[index])

    def _ask(
        self,
        deals: list[Deal],
        target: Stage,
        views: list[GateView],
        facts: DealFacts | None = None,
    ) -> dict[str, object] | None:
        titles = [d.title for d in deals]
        kinds = {classify_move(d.stage, target) for d in deals}
        kwargs: dict[str, object] = {}
        if MoveKind.LOSE in kinds:
            answer = self.prompts.lost(titles, self._services.settings.lost_reasons())
            if answer is None:
                return None
            kwargs["lost_reason"], kwargs["lost_note"] = answer
        if MoveKind.BACKWARD in kinds:
            note = self.prompts.backward(titles, target)
            if note is None:
                return None
            kwargs["note"] = note
        if kinds & {MoveKind.FORWARD, MoveKind.WIN} and views:
            decision = self.prompts.gate(titles, views, facts)
            if decision is None:
                return None
            kwargs["answers"] = decision.answers
            kwargs["override_reason"] = decision.override_reason
        return kwargs
