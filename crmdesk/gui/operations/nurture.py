"""Operations on nurturing: enrol deals, stop a plan, edit the plans."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.nurture import Plan, PlanStep
from crmdesk.gui.formatting import plural
from crmdesk.gui.language import translate as translate_for_services
from crmdesk.gui.operations.feedback import Failed, Feedback, attempt
from crmdesk.services import Services

translate = QCoreApplication.translate


def enrol(services: Services, feedback: Feedback, deal_ids: Sequence[int], plan_key: str) -> bool:
    """Enrol deals in a plan (undoable); the touches' subjects in the interface language."""
    if not deal_ids:
        return False
    try:
        made = attempt(
            feedback,
            lambda: services.nurture.enrol(list(deal_ids), plan_key, translate_for_services),
        )
    except Failed:
        return False
    feedback.show_status(
        plural(
            len(made),
            translate("Today", "Enrolled %1 deal: its touches are in Today. Ctrl+Z undoes it."),
            translate("Today", "Enrolled %1 deals: their touches are in Today. Ctrl+Z undoes it."),
        )
    )
    return True


def stop(services: Services, feedback: Feedback, deal_id: int) -> bool:
    """Take a deal out of its plan (undoable)."""
    try:
        attempt(feedback, lambda: services.nurture.stop(deal_id))
    except Failed:
        return False
    return True


def save_plan(
    services: Services, feedback: Feedback, key: str | None, name: str, steps: Sequence[PlanStep]
) -> Plan | None:
    """Create or change a plan (undoable); None when refused (the user was told why)."""
    try:
        return attempt(feedback, lambda: services.nurture.save_plan(key, name, list(steps)))
    except Failed:
        return None


def remove_plan(services: Services, feedback: Feedback, key: str) -> bool:
    """Retire a plan (undoable)."""
    try:
        attempt(feedback, lambda: services.nurture.remove_plan(key))
    except Failed:
        return False
    return True
