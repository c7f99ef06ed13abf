"""The named date ranges of the Deals list's filters."""

from __future__ import annotations

from datetime import date

import pytest

from crmdesk.domain.deal_list import CLOSE_RANGES, CREATED_RANGES, date_range


@pytest.mark.parametrize(
    ("key", "today", "expected"),
    [
        ("past", date(2026, 3, 1), (None, date(2026, 2, 28))),
        ("this_month", date(2026, 12, 15), (date(2026, 12, 1), date(2026, 12, 31))),
        ("next_month", date(2026, 12, 15), (date(2027, 1, 1), date(2027, 1, 31))),
        ("last_month", date(2026, 1, 10), (date(2025, 12, 1), date(2025, 12, 31))),
        ("this_quarter", date(2026, 8, 31), (date(2026, 7, 1), date(2026, 9, 30))),
        ("next_90_days", date(2026, 1, 1), (date(2026, 1, 1), date(2026, 3, 31))),
        ("last_7_days", date(2026, 3, 3), (date(2026, 2, 25), date(2026, 3, 3))),
        ("this_year", date(2024, 2, 29), (date(2024, 1, 1), date(2024, 12, 31))),
        (None, date(2026, 1, 1), (None, None)),
    ],
)
def test_a_named_range_is_its_first_and_last_day(
    key: str | None, today: date, expected: tuple[date | None, date | None]
) -> None:
    assert date_range(key, today) == expected


def test_every_offered_range_has_days() -> None:
    for key in (*CLOSE_RANGES, *CREATED_RANGES):
        assert date_range(key, date(2026, 6, 15)) != (None, None), key
