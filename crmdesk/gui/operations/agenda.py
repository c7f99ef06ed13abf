"""Operations on the day's follow-ups: done, reschedule, snooze, reminder, calendar export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.agenda import Reschedule
from crmdesk.gui.language import translate as translate_for_services
from crmdesk.gui.operations.feedback import Failed, Feedback, attempt
from crmdesk.services import Services
from crmdesk.services.agenda import write_calendar

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


def export_calendar(
    services: Services,
    feedback: Feedback,
    path: Path,
    name: str,
    days: int,
    activity_ids: Sequence[int] | None = None,
) -> bool:
    """Write the agenda (or some follow-ups) to an .ics file, beside and renamed."""
    try:
        data = attempt(
            feedback,
            lambda: services.agenda.calendar(days, activity_ids, name, translate_for_services),
        )
    except Failed:
        return False
    try:
        write_calendar(path, data)
    except OSError as exc:
        feedback.show_error(
            translate("Today", "The calendar file could not be written: %1").replace(
                "%1", exc.strerror or str(exc)
            )
        )
        return False
    feedback.show_status(
        translate("Today", "Saved %1 — import it in your calendar.").replace("%1", str(path))
    )
    return True
