"""What the Today view calls things, in the interface language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from crmdesk.domain.agenda import Section
from crmdesk.domain.enums import ActivityKind, Stage
from crmdesk.domain.nurture import Enrolment, StopReason
from crmdesk.gui.formatting import date_format
from crmdesk.gui.names import name
from crmdesk.services import local_zone

translate = QCoreApplication.translate


def section_name(section: Section, days: int) -> str:
    """A section's heading."""
    if section in (Section.OVERDUE, Section.TODAY):
        return name(section)
    if days == 1:
        return translate("Today", "Tomorrow")
    return translate("Today", "Next %1 days").replace("%1", QLocale().toString(days))


def reminder_name(minutes: int | None) -> str:
    """A reminder lead time as a choice reads."""
    return {
        None: translate("Today", "No reminder"),
        0: translate("Today", "At the due time"),
        15: translate("Today", "15 minutes before"),
        60: translate("Today", "1 hour before"),
        1440: translate("Today", "1 day before"),
    }.get(minutes, translate("Today", "%1 minutes before").replace("%1", str(minutes)))


def reminder_short(minutes: int | None) -> str:
    """A reminder lead time as the agenda's column shows it."""
    return {
        None: "—",
        0: translate("Today", "on time"),
        15: translate("Today", "15 min"),
        60: translate("Today", "1 h"),
        1440: translate("Today", "1 day"),
    }.get(minutes, translate("Today", "%1 min").replace("%1", str(minutes)))


def touch_name(kind: ActivityKind) -> str:
    """A kind of touch (newsletter, case study, call…)."""
    return name(kind)


def _qt(moment: datetime) -> QDateTime:
    local = moment.astimezone(local_zone.local_zone())
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def local_time(moment: datetime) -> str:
    """Hours and minutes, local time."""
    return QLocale().toString(_qt(moment).time(), "HH:mm")


def local_day_time(moment: datetime) -> str:
    """The day and the time, local: ``Tue 04/11/2026 09:00`` in the interface language."""
    locale = QLocale()
    stamp = _qt(moment)
    day = locale.toString(stamp.date(), "ddd")
    return f"{day} {locale.toString(stamp.date(), date_format(locale))} {local_time(moment)}"


def stop_text(enrolment: Enrolment) -> str:
    """How an enrolment ended, in a sentence fragment."""
    if enrolment.stopped_at is None:
        return (
            translate("Today", "In progress: touch %1 of %2")
            .replace("%1", str(enrolment.step))
            .replace("%2", str(enrolment.steps))
        )
    reason = enrolment.stop_reason
    if reason == StopReason.ENGAGED and enrolment.stop_detail:
        kind = name(ActivityKind(enrolment.stop_detail))
        return translate("Today", "Stopped by itself: %1 recorded").replace("%1", kind)
    if reason == StopReason.MOVED and enrolment.stop_detail:
        stage = name(Stage(enrolment.stop_detail))
        return translate("Today", "Stopped by itself: the deal moved to %1").replace("%1", stage)
    if reason == StopReason.COMPLETED:
        return translate("Today", "Completed: every touch done")
    return translate("Today", "Stopped by hand")
