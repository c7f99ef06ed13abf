"""The report's arithmetic: rates, medians, velocity and the bottleneck's words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.insight import (
    Rate,
    RateBook,
    Tally,
    bottleneck,
    median_days,
    months_between,
    parse_rate,
    velocity_per_day,
)


def test_a_tally_converts_exactly_and_rounds_once_keeping_unrated_currencies_apart() -> None:
    book = RateBook("VND", (Rate("USD", "VND", Decimal("25400.5"), date(2026, 1, 1)),))
    tally = Tally(book, date(2026, 6, 1))
    tally.add(1, "USD")  # one cent: 254.005 đồng
    tally.add(1, "USD")
    tally.add(1_000, "VND")
    tally.add(5_00, "EUR")
    assert tally.minor() == 1_508  # 508.01 rounded once, not 254 + 254
    assert tally.unconverted() == (("EUR", 500),)


def test_a_rate_entered_for_another_reporting_currency_still_converts_across() -> None:
    book = RateBook(
        "USD",
        (
            Rate("EUR", "VND", Decimal("27000"), date(2026, 1, 1)),
            Rate("USD", "VND", Decimal("25000"), date(2026, 1, 1)),
        ),
    )
    assert book.rate("EUR", date(2026, 3, 1)) == Decimal("1.08")
    assert book.rate("VND", date(2026, 3, 1)) == Decimal(1) / Decimal(25000)
    assert book.rate("GBP", date(2026, 3, 1)) is None


def test_rates_are_positive_numbers() -> None:
    assert parse_rate("25,400.50") == Decimal("25400.5")
    for bad in ("0", "-1", "x", "inf"):
        with pytest.raises(ValidationError):
            parse_rate(bad)


def test_median_of_whole_days() -> None:
    assert median_days({}) is None
    assert median_days({4: 1, 6: 1, 10: 1}) == 6
    assert median_days({20: 1, 30: 1}) == 25
    assert median_days({1: 3, 9: 1}) == 1


def test_velocity() -> None:
    assert velocity_per_day(10, Decimal(1_000_000), 0.5, 20.0) == 250_000
    assert velocity_per_day(0, Decimal(1_000_000), 0.5, 20.0) == 0


def test_the_bottleneck_sentence_names_the_slowest_stage_and_the_main_loss() -> None:
    labels = {"price_too_high": "Price too high", "timing": "Timing not right"}
    medians = {Stage.LEAD: 17.0, Stage.PROSPECT: 34.0, Stage.OPPORTUNITY: 20.0}
    text = bottleneck(medians, {"price_too_high": 61, "timing": 39}, labels)
    assert text == (
        "Prospects wait a median of 34 days, twice as long as leads; "
        "61 % of losses are Price too high."
    )
    close = {Stage.LEAD: 10.0, Stage.PROSPECT: 12.0, Stage.OPPORTUNITY: None}
    assert bottleneck(close, {}, labels) == ("Prospects wait a median of 12 days (leads: 10 days).")
    assert "Not enough history" in bottleneck({}, {}, labels)


def test_months_between() -> None:
    assert months_between("2026-11", "2027-02") == ["2026-11", "2026-12", "2027-01", "2027-02"]
