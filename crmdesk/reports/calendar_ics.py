"""Follow-ups as an iCalendar file (RFC 5545): plain data in, ``.ics`` bytes out.

Each event keeps a stable ``UID`` (the caller makes it from the activity and the file), so
importing a newer export updates the events instead of adding them twice; ``SEQUENCE`` and
``LAST-MODIFIED`` grow with each export. Times are written in the user's IANA zone with its
``VTIMEZONE`` (UTC when the zone has no name), and each reminder is a ``VALARM``.
``icalendar`` is imported here only, when a file is written (it costs ~0.1 s to import).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One follow-up as the calendar shows it."""

    uid: str
    start: datetime  # aware
    minutes: int
    summary: str  # the user's own words
    description: str = ""
    alarm_before: int | None = None  # minutes; None: no alarm
    categories: tuple[str, ...] = ()


def calendar_bytes(
    events: Sequence[CalendarEvent], name: str, zone: tzinfo, zone_name: str | None, now: datetime
) -> bytes:
    """The events as one VCALENDAR; ``zone_name`` is the IANA key of ``zone`` (or None)."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//CRM Desk//crmdesk//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    if zone_name:
        calendar.add("x-wr-timezone", zone_name)
    stamp = now.astimezone(UTC).replace(microsecond=0)
    sequence = int(stamp.timestamp()) // 60  # grows with every export, minute by minute
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", sequence)
        start = item.start.astimezone(zone if zone_name else UTC).replace(microsecond=0)
        event.add("dtstart", start)
        event.add("duration", timedelta(minutes=item.minutes))
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        if item.categories:
            event.add("categories", list(item.categories))
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        if item.alarm_before is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.summary)
            alarm.add("trigger", timedelta(minutes=-item.alarm_before))
            event.add_component(alarm)
        calendar.add_component(event)
    if zone_name and events:
        first = min(e.start for e in events).astimezone(UTC).date()
        last = max(e.start for e in events).astimezone(UTC).date()
        calendar.add_missing_timezones(
            first_date=date(first.year - 1, 1, 1), last_date=date(last.year + 2, 1, 1)
        )
    return bytes(calendar.to_ical())
