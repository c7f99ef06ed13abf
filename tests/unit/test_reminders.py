"""Reminders come once at their lead time; a long absence or a burst is one summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crmdesk.domain.agenda import AgendaItem
from crmdesk.domain.enums import ActivityKind, Stage
from crmdesk.domain.reminders import ReminderTracker

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def due(n: int, at: datetime, lead: int | None = 0) -> AgendaItem:
    return AgendaItem(
        n, 1, ActivityKind.CALL, f"call {n}", at, "Deal", Stage.LEAD, None, None, lead
    )


def test_a_reminder_comes_once_at_its_lead_time() -> None:
    tracker = ReminderTracker()
    call = due(1, START + timedelta(hours=1), lead=15)
    assert tracker.start(START, [call]).missed == 0
    assert tracker.check(START + timedelta(minutes=44), [call]) is None
    first = tracker.check(START + timedelta(minutes=45), [call])
    assert first is not None and [i.activity_id for i in first.due] == [1]
    assert not first.summary
    assert tracker.check(START + timedelta(minutes=45, seconds=30), [call]) is None


def test_what_was_due_before_start_goes_into_the_start_summary_only() -> None:
    tracker = ReminderTracker()
    soon = due(1, START + timedelta(minutes=10), lead=60)  # its reminder time has passed
    start = tracker.start(START, [soon])
    assert start.summary and start.missed == 1
    assert tracker.check(START + timedelta(seconds=30), [soon]) is None


def test_after_a_long_absence_one_summary_replaces_every_reminder() -> None:
    tracker = ReminderTracker()
    calls = [due(n, START + timedelta(hours=n)) for n in range(1, 6)]
    tracker.start(START, calls)
    back = tracker.check(START + timedelta(hours=6), calls)
    assert back is not None and back.summary and back.missed == 5 and back.due == ()
    assert tracker.check(START + timedelta(hours=6, seconds=30), calls) is None


def test_a_burst_of_reminders_at_once_is_a_summary_too() -> None:
    tracker = ReminderTracker()
    calls = [due(n, START + timedelta(minutes=5)) for n in range(1, 5)]
    tracker.start(START, calls)
    burst = tracker.check(START + timedelta(minutes=5), calls)
    assert burst is not None and burst.summary and burst.missed == 4


def test_a_rescheduled_follow_up_reminds_again_and_one_without_reminder_never() -> None:
    tracker = ReminderTracker()
    tracker.start(START, [])
    first = due(1, START + timedelta(minutes=1))
    assert tracker.check(START + timedelta(minutes=1), [first]) is not None
    moved = due(1, START + timedelta(minutes=2))
    assert tracker.check(START + timedelta(minutes=2), [moved]) is not None
    silent = due(2, START + timedelta(minutes=3), lead=None)
    assert tracker.check(START + timedelta(minutes=3), [silent]) is None
