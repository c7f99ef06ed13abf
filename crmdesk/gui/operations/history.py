"""Undo and redo, with the status bar saying what was undone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from crmdesk.gui.messages import message_text
from crmdesk.gui.operations.feedback import Failed, Feedback, attempt
from crmdesk.services import Services

translate = QCoreApplication.translate


def undo(services: Services, feedback: Feedback) -> bool:
    """Undo the last change."""
    return _step(feedback, services.history.undo, translate("MainWindow", "Undid: %1"))


def redo(services: Services, feedback: Feedback) -> bool:
    """Redo the last undone change."""
    return _step(feedback, services.history.redo, translate("MainWindow", "Redid: %1"))


def _step(feedback: Feedback, step: Callable[[], str], message: str) -> bool:
    try:
        label = attempt(feedback, step)
    except Failed:
        return False
    feedback.show_status(message.replace("%1", message_text(label)))
    return True
