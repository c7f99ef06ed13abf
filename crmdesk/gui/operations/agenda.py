"""Operations on the day's follow-ups: done, reschedule, snooze, reminder (each undoable).

The calendar export, which may be slow, is a background job: ``gui.today.calendar_job``."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.agenda import Reschedule
from crmdesk.gui.operations.feedback import Failed, Feedback, attempt
from crmdesk.services import Services

translate = QCoreApplication.translate


def complete(services: Services, feedback: Feedback, activity_id: int) -> bool:
    """Mark a follow-up done (undoable)."""
    try:
        attempt(feedback, lambda: services.activities.complete(activity_id))
    except Failed:
        return False
    return True


def reschedule_to(
    services: Services, feedback: Feedback, activity_id: int, choice: Reschedule
) -> bool:
    """Later today, tomorrow or next week (undoable)."""
    try:
        attempt(feedback, lambda: services.agenda.reschedule_to(activity_id, choice))
    except Failed:
        return False
    return True


def reschedule(services: Services, feedback: Feedback, activity_id: int, due: datetime) -> bool:
    """To a time the user picked (undoable)."""
    try:
        attempt(feedback, lambda: services.agenda.reschedule(activity_id, due))
    except Failed:
        return False
    return True


def snooze(services: Services, feedback: Feedback, activity_id: int) -> bool:
    """An hour later: it reminds again then (undoable)."""
    try:
        attempt(feedback, lambda: services.agenda.snooze(activity_id))
    except Failed:
        return False
    return True


def set_reminder(
    services: Services, feedback: Feedback, activity_id: int, minutes: int | None
) -> bool:
    """Change when the follow-up reminds (undoable)."""
    try:
        attempt(feedback, lambda: services.agenda.set_reminder(activity_id, minutes))
    except Failed:
        return False
    return True
