"""The agenda's days are the user's local days; reschedules keep the time of day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from crmdesk.domain.agenda import (
    AgendaItem,
    Reschedule,
    Section,
    rescheduled,
    section_of,
    snoozed,
    split_agenda,
)
from crmdesk.domain.enums import ActivityKind, Stage
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.nurture import (
    PlanStep,
    check_steps,
    check_subject,
    render_subject,
    stops_on_move,
    touch_due,
)

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")  # UTC+7
NEW_YORK = ZoneInfo("America/New_York")  # UTC-5 in November, with DST in spring


def item(n: int, due: datetime) -> AgendaItem:
    return AgendaItem(n, 1, ActivityKind.CALL, f"call {n}", due, "Deal", Stage.LEAD)


def test_an_activity_due_after_local_midnight_is_tomorrow_even_when_utc_says_today() -> None:
    now = datetime(2026, 11, 2, 16, 0, tzinfo=UTC)  # 23:00 in Saigon
    before_midnight = datetime(2026, 11, 2, 16, 30, tzinfo=UTC)  # 23:30 local
    after_midnight = datetime(2026, 11, 2, 17, 30, tzinfo=UTC)  # 00:30 local, same UTC day
    assert section_of(before_midnight, now, SAIGON) == Section.TODAY
    assert section_of(after_midnight, now, SAIGON) == Section.UPCOMING
    assert section_of(after_midnight, now, UTC) == Section.TODAY


def test_the_same_instant_falls_in_different_sections_in_different_zones() -> None:
    now = datetime(2026, 11, 3, 2, 0, tzinfo=UTC)  # 09:00 in Saigon, 21:00 the day before in NY
    due = datetime(2026, 11, 3, 6, 0, tzinfo=UTC)  # 13:00 Saigon, 01:00 next day in New York
    assert section_of(due, now, SAIGON) == Section.TODAY
    assert section_of(due, now, NEW_YORK) == Section.UPCOMING


def test_anything_past_its_time_is_overdue_and_sections_are_in_due_order() -> None:
    now = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)  # 10:00 Saigon
    items = [
        item(1, now + timedelta(days=3)),
        item(2, now - timedelta(minutes=1)),
        item(3, now + timedelta(hours=2)),
        item(4, now - timedelta(days=5)),
        item(5, now + timedelta(days=9)),  # beyond the 7 days
    ]
    agenda = split_agenda(items, now, SAIGON, 7)
    assert [i.activity_id for i in agenda.overdue] == [4, 2]
    assert [i.activity_id for i in agenda.today] == [3]
    assert [i.activity_id for i in agenda.upcoming] == [1]
    assert agenda.overdue_total == 2


def test_the_horizon_ends_at_local_midnight_after_the_last_day() -> None:
    now = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)  # Monday 10:00 in Saigon
    last_minute = datetime(2026, 11, 9, 23, 59, tzinfo=SAIGON)
    next_day = datetime(2026, 11, 10, 0, 0, tzinfo=SAIGON)
    agenda = split_agenda([item(1, last_minute), item(2, next_day)], now, SAIGON, 7)
    assert [i.activity_id for i in agenda.upcoming] == [1]


def test_tomorrow_and_next_week_keep_the_local_time_of_day_across_a_dst_change() -> None:
    due = datetime(2026, 3, 2, 14, 30, tzinfo=NEW_YORK)
    now = datetime(2026, 3, 7, 15, 0, tzinfo=NEW_YORK)  # the Saturday before DST starts
    tomorrow = rescheduled(due, Reschedule.TOMORROW, now, NEW_YORK)
    week = rescheduled(due, Reschedule.NEXT_WEEK, now, NEW_YORK)
    assert tomorrow.astimezone(NEW_YORK).replace(tzinfo=None) == datetime(2026, 3, 8, 14, 30)
    assert week.astimezone(NEW_YORK).replace(tzinfo=None) == datetime(2026, 3, 14, 14, 30)
    assert tomorrow.utcoffset() == timedelta(hours=-4)  # daylight time by then


def test_later_today_is_three_hours_on_and_never_past_midnight() -> None:
    morning = datetime(2026, 11, 2, 9, 20, tzinfo=SAIGON)
    late = datetime(2026, 11, 2, 22, 10, tzinfo=SAIGON)
    assert rescheduled(morning, Reschedule.LATER_TODAY, morning, SAIGON) == datetime(
        2026, 11, 2, 12, 0, tzinfo=SAIGON
    )
    later = rescheduled(late, Reschedule.LATER_TODAY, late, SAIGON)
    assert later.astimezone(SAIGON).date() == late.date() and later > late


def test_snoozing_puts_a_follow_up_an_hour_from_now() -> None:
    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    assert snoozed(now) == now + timedelta(hours=1)


def test_a_touch_is_due_at_nine_local_on_its_day_or_within_the_hour_on_day_zero() -> None:
    afternoon = datetime(2026, 11, 2, 8, 10, tzinfo=UTC)  # 15:10 in Saigon
    assert touch_due(afternoon, SAIGON, 7) == datetime(2026, 11, 9, 9, 0, tzinfo=SAIGON)
    assert touch_due(afternoon, SAIGON, 0) == datetime(2026, 11, 2, 16, 0, tzinfo=SAIGON)


def test_subjects_fill_their_placeholders_and_refuse_unknown_ones() -> None:
    text = "Case study for {organization}, to {contact}"
    assert render_subject(text, "Đức", "Hoa Sen", "Deal") == "Case study for Hoa Sen, to Đức"
    assert render_subject(text, None, "Hoa Sen", "Deal") == "Case study for Hoa Sen, to Hoa Sen"
    check_subject(text)
    for bad in ("Hi {name}", "Hi {contact", "Hi {}", "Hi {contact!r}"):
        with pytest.raises(ValidationError):
            check_subject(bad)


def test_a_plan_needs_touches_of_a_touch_kind_within_two_years() -> None:
    good = PlanStep(ActivityKind.NEWSLETTER, 7, "Tin mới cho {contact}")
    assert check_steps([good]) == [good]
    bad = [
        [],
        [PlanStep(ActivityKind.EMAIL_REPLY, 0, "x")],
        [PlanStep(ActivityKind.CALL, 731, "x")],
        [PlanStep(ActivityKind.CALL, 1, " ")],
    ]
    for steps in bad:
        with pytest.raises(ValidationError):
            check_steps(steps)


def test_nurturing_stops_on_every_move_except_back_to_lead() -> None:
    assert stops_on_move(Stage.LEAD, Stage.PROSPECT)
    assert stops_on_move(Stage.LEAD, Stage.LOST)
    assert stops_on_move(Stage.LOST, Stage.OPPORTUNITY)
    assert not stops_on_move(Stage.LOST, Stage.LEAD)
    assert not stops_on_move(Stage.LEAD, Stage.LEAD)
