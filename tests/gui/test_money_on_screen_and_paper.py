"""One rule for money on screen and on paper: an amount follows its currency's convention."""

from __future__ import annotations

import pytest

from crmdesk.domain.money import CURRENCY_EXPONENTS
from crmdesk.gui.formatting import format_money
from crmdesk.reports import text as paper

AMOUNTS = (0, 1, 99, 999, 1000, 150_000, 1_500_000, 123_456_789, 10**12 + 7, 10**15)


@pytest.mark.parametrize("currency", sorted(CURRENCY_EXPONENTS))
def test_the_pdf_writes_every_amount_exactly_as_the_window_does(qapp, currency: str) -> None:  # type: ignore[no-untyped-def]
    for minor in AMOUNTS:
        assert paper.money(minor, currency) == format_money(minor, currency), (currency, minor)


def test_dong_reads_the_vietnamese_way_in_both_languages(qapp) -> None:  # type: ignore[no-untyped-def]
    assert paper.money(1_500_000, "VND") == format_money(1_500_000, "VND") == "1.500.000\u00a0₫"
    assert paper.money(150_000, "USD") == "$1,500.00"
    assert paper.money(150_000, "EUR") == "1.500,00\u00a0€"
