"""The day's follow-ups: which section an activity falls in, and the times a reschedule offers.

Days are the user's local days (``zone``); times are compared as instants, so an agenda is the
same whichever zone the times were stored in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum

from crmdesk.domain.enums import ActivityKind, Stage

DEFAULT_DAYS = 7
MAX_DAYS = 366
SNOOZE = timedelta(hours=1)
# Reminder lead times a user chooses from, in minutes before the due time (None: no reminder).
REMINDER_CHOICES: tuple[int | None, ...] = (0, 15, 60, 1440, None)
DEFAULT_REMINDER = 0
MAX_REMINDER = 1440


class Section(StrEnum):
    """Where an open activity stands against now."""

    OVERDUE = "overdue"  # its due time has passed
    TODAY = "today"  # due later today
    UPCOMING = "upcoming"  # due in the coming days


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One open follow-up with what the agenda shows beside it."""

    activity_id: int
    deal_id: int
    kind: ActivityKind
    subject: str
    due_at: datetime
    deal_title: str
    stage: Stage
    organization: str | None = None
    contact: str | None = None
    remind_before: int | None = DEFAULT_REMINDER  # minutes; None: no reminder
    plan: str | None = None  # the nurturing plan the touch belongs to

    @property
    def remind_at(self) -> datetime | None:
        """When the reminder is due (None: no reminder)."""
        if self.remind_before is None:
            return None
        return self.due_at - timedelta(minutes=self.remind_before)


@dataclass(frozen=True, slots=True)
class Agenda:
    """Overdue, today and the coming days, each in due order."""

    overdue: tuple[AgendaItem, ...]
    today: tuple[AgendaItem, ...]
    upcoming: tuple[AgendaItem, ...]
    overdue_total: int = 0  # overdue ones in the file (the list may hold fewer)
    today_total: int = 0
    upcoming_total: int = 0

    def total(self, section: Section) -> int:
        """How many the section holds in the file (its list may show fewer)."""
        return {
            Section.OVERDUE: self.overdue_total,
            Section.TODAY: self.today_total,
            Section.UPCOMING: self.upcoming_total,
        }[Section(section)]

    def items(self) -> tuple[AgendaItem, ...]:
        """Every item, section after section."""
        return self.overdue + self.today + self.upcoming

    def section(self, section: Section) -> tuple[AgendaItem, ...]:
        """The items of one section."""
        return {
            Section.OVERDUE: self.overdue,
            Section.TODAY: self.today,
            Section.UPCOMING: self.upcoming,
        }[Section(section)]


def start_of_day(moment: datetime, zone: tzinfo, days: int = 0) -> datetime:
    """Local midnight of the day ``moment`` falls on in ``zone``, ``days`` later (aware)."""
    local = moment.astimezone(zone).date() + timedelta(days=days)
    return datetime.combine(local, time(0, 0), tzinfo=zone)


def horizon(now: datetime, zone: tzinfo, days: int) -> datetime:
    """The end of the agenda: local midnight after today and ``days`` more days."""
    return start_of_day(now, zone, days + 1)


def section_of(due_at: datetime, now: datetime, zone: tzinfo) -> Section:
    """Overdue once its time has passed; today until local midnight; upcoming after."""
    if due_at < now:
        return Section.OVERDUE
    return Section.TODAY if due_at < start_of_day(now, zone, 1) else Section.UPCOMING


def split_agenda(
    items: Iterable[AgendaItem], now: datetime, zone: tzinfo, days: int = DEFAULT_DAYS
) -> Agenda:
    """Put each open item due before the horizon in its section, in due order."""
    end = horizon(now, zone, days)
    sections: dict[Section, list[AgendaItem]] = {s: [] for s in Section}
    for item in sorted(items, key=lambda i: (i.due_at, i.activity_id)):
        if item.due_at < end:
            sections[section_of(item.due_at, now, zone)].append(item)
    overdue, today, upcoming = (tuple(sections[s]) for s in Section)
    return Agenda(overdue, today, upcoming, len(overdue), len(today), len(upcoming))


class Reschedule(StrEnum):
    """The one-gesture reschedules."""

    LATER_TODAY = "later_today"
    TOMORROW = "tomorrow"
    NEXT_WEEK = "next_week"


def rescheduled(due_at: datetime, choice: Reschedule, now: datetime, zone: tzinfo) -> datetime:
    """The new due time: later today (in three hours, on the hour, before midnight), or
    tomorrow or a week from today at the same local time of day as before."""
    choice = Reschedule(choice)
    if choice == Reschedule.LATER_TODAY:
        local = now.astimezone(zone)
        later = (local + timedelta(hours=3)).replace(minute=0, second=0, microsecond=0)
        midnight = start_of_day(now, zone, 1)
        if later >= midnight:
            later = max(midnight - timedelta(minutes=30), now + timedelta(minutes=30))
        return later
    days = 1 if choice == Reschedule.TOMORROW else 7
    at = due_at.astimezone(zone).timetz().replace(tzinfo=None)
    day = now.astimezone(zone).date() + timedelta(days=days)
    return datetime.combine(day, at, tzinfo=zone)


def snoozed(now: datetime) -> datetime:
    """The due time of a snoozed follow-up: an hour from now."""
    return now + SNOOZE
