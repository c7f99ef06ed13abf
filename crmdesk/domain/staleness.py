"""Staleness and next-action urgency."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from enum import StrEnum

from crmdesk.domain.enums import Stage


class Urgency(StrEnum):
    """How a next action's due date looks on a card."""

    OVERDUE = "overdue"
    TODAY = "today"
    LATER = "later"


def is_stale(
    stage: Stage,
    last_event_at: datetime,
    has_future_activity: bool,
    limits_days: Mapping[Stage, int],
    now: datetime,
) -> bool:
    """Stale: nothing happened for longer than the stage's limit, and nothing is planned."""
    if not stage.is_open or has_future_activity:
        return False
    return now - last_event_at > timedelta(days=limits_days[stage])


def urgency(due: date, today: date) -> Urgency:
    """Overdue (red), due today (amber) or later."""
    if due < today:
        return Urgency.OVERDUE
    if due == today:
        return Urgency.TODAY
    return Urgency.LATER
