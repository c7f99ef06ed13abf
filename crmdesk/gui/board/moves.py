"""What a move asks the user: the gate's checklist, the reason for going back, the lost reason."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget

from crmdesk.domain.entities import LostReason
from crmdesk.domain.enums import Stage
from crmdesk.gui.board.column_view import stage_name
from crmdesk.gui.dialogs.gate_dialog import GateDecision, GateDialog
from crmdesk.gui.dialogs.reasons import BackwardDialog, LostDialog
from crmdesk.services import GateView
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
