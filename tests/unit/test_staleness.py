"""Staleness per stage, and the urgency of a next action."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.defaults import DEFAULT_STALE_DAYS
from crmdesk.domain.enums import Stage
from crmdesk.domain.staleness import Urgency, is_stale, urgency

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


def stale(stage: Stage, idle: timedelta, has_future_activity: bool = False) -> bool:
    return is_stale(stage, NOW - idle, has_future_activity, DEFAULT_STALE_DAYS, NOW)


def test_the_default_limits_are_those_of_the_design() -> None:
    assert DEFAULT_STALE_DAYS == {Stage.LEAD: 14, Stage.PROSPECT: 21, Stage.OPPORTUNITY: 30}


@pytest.mark.parametrize(
    ("stage", "days"), [(Stage.LEAD, 14), (Stage.PROSPECT, 21), (Stage.OPPORTUNITY, 30)]
)
def test_a_deal_becomes_stale_only_after_its_stage_limit(stage: Stage, days: int) -> None:
    assert not stale(stage, timedelta(0))
    assert not stale(stage, timedelta(days=days - 1))
    assert not stale(stage, timedelta(days=days))  # exactly the limit is not "longer than"
    assert stale(stage, timedelta(days=days) + SECOND)
    assert stale(stage, timedelta(days=days + 1))
    assert stale(stage, timedelta(days=365))


def test_each_stage_has_its_own_limit() -> None:
    idle = timedelta(days=15)  # past the lead limit, within the others
    assert stale(Stage.LEAD, idle)
    assert not stale(Stage.PROSPECT, idle)
    assert not stale(Stage.OPPORTUNITY, idle)
    idle = timedelta(days=22)
    assert stale(Stage.PROSPECT, idle)
    assert not stale(Stage.OPPORTUNITY, idle)


@pytest.mark.parametrize("stage", [Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY])
def test_a_scheduled_future_activity_keeps_a_deal_from_being_stale(stage: Stage) -> None:
    assert not stale(stage, timedelta(days=400), has_future_activity=True)


@pytest.mark.parametrize("stage", [Stage.WON, Stage.LOST])
@pytest.mark.parametrize("future", [False, True])
def test_a_won_or_lost_deal_is_never_stale(stage: Stage, future: bool) -> None:
    assert not stale(stage, timedelta(days=10_000), has_future_activity=future)


def test_edited_limits_are_used() -> None:
    limits = {**DEFAULT_STALE_DAYS, Stage.LEAD: 3}
    assert is_stale(Stage.LEAD, NOW - timedelta(days=4), False, limits, NOW)
    assert not is_stale(Stage.LEAD, NOW - timedelta(days=3), False, limits, NOW)


@given(
    st.sampled_from([Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY]),
    st.integers(min_value=0, max_value=1000 * 86_400),
)
def test_staleness_is_exactly_idle_time_beyond_the_limit(stage: Stage, idle_seconds: int) -> None:
    idle = timedelta(seconds=idle_seconds)
    expected = idle > timedelta(days=DEFAULT_STALE_DAYS[stage])
    assert stale(stage, idle) is expected
    assert stale(stage, idle, has_future_activity=True) is False


# --- urgency -------------------------------------------------------------------------------

TODAY = date(2026, 11, 2)


def test_a_due_date_in_the_past_is_overdue() -> None:
    assert urgency(date(2026, 11, 1), TODAY) == Urgency.OVERDUE
    assert urgency(date(2025, 12, 31), TODAY) == Urgency.OVERDUE


def test_a_due_date_of_today_is_due_today() -> None:
    assert urgency(date(2026, 11, 2), TODAY) == Urgency.TODAY


def test_a_due_date_in_the_future_is_later() -> None:
    assert urgency(date(2026, 11, 3), TODAY) == Urgency.LATER
    assert urgency(date(2027, 1, 1), TODAY) == Urgency.LATER


@given(st.dates(), st.dates())
def test_urgency_orders_due_dates_around_today(due: date, today: date) -> None:
    result = urgency(due, today)
    if due < today:
        assert result == Urgency.OVERDUE
    elif due == today:
        assert result == Urgency.TODAY
    else:
        assert result == Urgency.LATER
