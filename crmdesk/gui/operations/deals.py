"""Operations on deals: archive and restore."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from crmdesk.gui.formatting import plural
from crmdesk.gui.operations.feedback import Failed, Feedback, attempt
from crmdesk.services import Services

translate = QCoreApplication.translate


def archive_deals(services: Services, feedback: Feedback, ids: Sequence[int]) -> bool:
    """Archive the deals (undoable); says how to bring them back."""
    if not ids:
        return False
    try:
        attempt(feedback, lambda: services.deals.archive(ids))
    except Failed:
        return False
    feedback.show_status(
        plural(
            len(ids),
            translate("MainWindow", "Archived %1 deal. Ctrl+Z brings it back."),
            translate("MainWindow", "Archived %1 deals. Ctrl+Z brings them back."),
        )
    )
    return True


def restore_deals(services: Services, feedback: Feedback, ids: Sequence[int]) -> bool:
    """Bring archived deals back to their columns (undoable)."""
    if not ids:
        return False
    try:
        attempt(feedback, lambda: services.deals.restore(ids))
    except Failed:
        return False
    feedback.show_status(
        plural(
            len(ids),
            translate("Operations", "Restored %1 deal."),
            translate("Operations", "Restored %1 deals."),
        )
    )
    return True
