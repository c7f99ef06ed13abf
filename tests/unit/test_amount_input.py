"""Amounts as people type them, read exactly or refused with a sentence."""

from __future__ import annotations

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import parse_amount


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1.250.000", "VND", 1_250_000),
        ("1250000", "VND", 1_250_000),
        ("1,250,000", "VND", 1_250_000),
        ("1.250.000 ₫", "VND", 1_250_000),
        ("1.250.000đ", "VND", 1_250_000),
        (" 58 800 000 VND ", "VND", 58_800_000),
        ("1,250.50", "USD", 125_050),
        ("$1,250.50", "USD", 125_050),
        ("1250.5", "USD", 125_050),
        ("1250", "USD", 125_000),
        ("1,250", "USD", 125_000),
        ("1.250,50", "EUR", 125_050),
        ("12,5", "EUR", 1_250),
        ("0.99", "USD", 99),
        ("1000000000000000", "VND", 10**15),
        ("10.000.000.000.000,00", "USD", 10**15),
    ],
)
def test_amounts_typed_the_usual_ways_are_read_exactly(
    text: str, currency: str, minor: int
) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "currency", "message"),
    [
        ("", "VND", "Enter an amount"),
        ("12abc", "VND", "is not an amount"),
        ("-5", "VND", "cannot be negative"),
        ("12,5", "VND", "is not an amount"),
        ("1.2.3", "USD", "is not an amount"),
        ("0.125", "USD", "at most 2 decimals"),
        ("1.234.567,891", "EUR", "at most 2 decimals"),
        ("99999999999999999999", "VND", "too large"),
        ("1000000000000001", "VND", "too large"),
        ("10.000.000.000.000,01", "USD", "too large"),
        ("12345678901234567890123456789", "VND", "too large"),  # past Decimal's 28 digits
        ("9223372036854775807", "VND", "too large"),
    ],
)
def test_anything_else_is_refused_with_a_sentence(text: str, currency: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_amount(text, currency)
    assert message in str(error.value)
    assert error.value.field == "value_minor"
