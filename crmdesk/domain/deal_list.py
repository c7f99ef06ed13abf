"""What the Deals list asks for: the board's filters plus stage, outcome, archive and dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import Stage


class Archived(StrEnum):
    """Which deals by their archive flag."""

    LIVE = "live"
    ARCHIVED = "archived"
    ALL = "all"


class DealListSort(StrEnum):
    """Orders of the Deals list (each column that can be sorted)."""

    TITLE = "title"
    STAGE = "stage"
    ORGANIZATION = "organization"
    VALUE = "value"
    PROBABILITY = "probability"
    EXPECTED_CLOSE = "expected_close"
    OWNER = "owner"
    SCORE = "score"
    CREATED = "created"
    LOST_REASON = "lost_reason"


@dataclass(frozen=True, slots=True)
class DealListFilter:
    """The Deals list's filters; an empty one shows every live deal of any stage."""

    board: BoardFilter = field(default_factory=BoardFilter)
    stages: frozenset[Stage] | None = None  # None: every stage (the outcome is a stage)
    archived: Archived = Archived.LIVE
    close_from: date | None = None
    close_to: date | None = None
    created_from: date | None = None
    created_to: date | None = None


CLOSE_RANGES = ("past", "this_month", "next_month", "next_90_days", "this_quarter", "this_year")
CREATED_RANGES = ("today", "last_7_days", "last_30_days", "this_month", "last_month", "this_year")


def _month_start(day: date, months: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def date_range(key: str | None, today: date) -> tuple[date | None, date | None]:
    """The first and last day (both included) of a named range around ``today``; ``(None,
    None)`` for none or an unknown name."""
    one = timedelta(days=1)
    quarter = _month_start(today, -((today.month - 1) % 3))
    ranges: dict[str, tuple[date | None, date | None]] = {
        "past": (None, today - one),
        "today": (today, today),
        "this_month": (_month_start(today), _month_start(today, 1) - one),
        "next_month": (_month_start(today, 1), _month_start(today, 2) - one),
        "last_month": (_month_start(today, -1), _month_start(today) - one),
        "next_90_days": (today, today + timedelta(days=89)),
        "last_7_days": (today - timedelta(days=6), today),
        "last_30_days": (today - timedelta(days=29), today),
        "this_quarter": (quarter, _month_start(quarter, 3) - one),
        "this_year": (date(today.year, 1, 1), date(today.year, 12, 31)),
    }
    return ranges.get(key or "", (None, None))
