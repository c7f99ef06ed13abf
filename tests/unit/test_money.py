"""Money as integer minor units plus an ISO code; quantities as thousandths."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.errors import AmountTooLargeError, ValidationError
from crmdesk.domain.money import (
    CURRENCY_EXPONENTS,
    MAX_AMOUNT,
    Money,
    check_currency,
    check_minor,
    exponent,
    parse_quantity,
    quantity_to_decimal,
    round_half_up,
    to_minor,
)

# --- exponents and round trips -------------------------------------------------------------


def test_vnd_has_no_minor_unit_and_usd_has_cents() -> None:
    assert exponent("VND") == 0
    assert exponent("USD") == 2
    assert exponent("jpy") == 0


def test_a_vnd_amount_is_stored_in_dong() -> None:
    money = Money.from_decimal("1250000", "VND")
    assert money == Money(1_250_000, "VND")
    assert money.to_decimal() == Decimal("1250000")


def test_a_usd_amount_is_stored_in_cents() -> None:
    money = Money.from_decimal(Decimal("12.50"), "USD")
    assert money == Money(1250, "USD")
    assert money.to_decimal() == Decimal("12.50")
    assert str(money.to_decimal()) == "12.50"


def test_from_decimal_accepts_ints_strings_and_decimals_alike() -> None:
    assert Money.from_decimal(7, "USD") == Money(700, "USD")
    assert Money.from_decimal("7", "USD") == Money(700, "USD")
    assert Money.from_decimal(Decimal("7.00"), "USD") == Money(700, "USD")


def test_from_decimal_upper_cases_the_currency_code() -> None:
    assert Money.from_decimal("1.5", " usd ") == Money(150, "USD")


def test_plain_text_shows_the_major_amount_and_the_code() -> None:
    assert Money(1_250_000, "VND").plain() == "1250000 VND"
    assert Money(1250, "USD").plain() == "12.50 USD"
    assert Money(5, "USD").plain() == "0.05 USD"


@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
def test_vnd_minor_units_round_trip_through_decimal(minor: int) -> None:
    money = Money(minor, "VND")
    assert money.to_decimal() == Decimal(minor)
    assert Money.from_decimal(money.to_decimal(), "VND") == money


@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
def test_usd_minor_units_round_trip_through_decimal(minor: int) -> None:
    money = Money(minor, "USD")
    assert money.to_decimal() == Decimal(minor) / 100
    assert Money.from_decimal(money.to_decimal(), "USD") == money
    assert Money.from_decimal(str(money.to_decimal()), "USD") == money


@pytest.mark.parametrize("minor", [MAX_AMOUNT - 1, MAX_AMOUNT])
@pytest.mark.parametrize("currency", ["VND", "USD"])
def test_amounts_at_the_bound_stay_exact(minor: int, currency: str) -> None:
    money = Money(minor, currency)
    major = money.to_decimal()
    assert major * 10 ** exponent(currency) == minor
    assert Money.from_decimal(major, currency).minor == minor
    assert Money.from_decimal(str(major), currency).minor == minor


@pytest.mark.parametrize("currency", ["VND", "USD"])
def test_an_amount_one_unit_past_the_bound_is_refused(currency: str) -> None:
    major = Money(MAX_AMOUNT + 1, currency).to_decimal()
    with pytest.raises(AmountTooLargeError):
        Money.from_decimal(major, currency)


def test_two_to_the_62_plus_7_cents_shows_every_digit() -> None:
    assert Money(2**62 + 7, "USD").plain() == "46116860184273879.11 USD"
    assert Money(2**53 + 1, "VND").plain() == "9007199254740993 VND"


# --- rounding ------------------------------------------------------------------------------


def test_a_usd_half_cent_rounds_up() -> None:
    assert Money.from_decimal("2.345", "USD").minor == 235
    assert Money.from_decimal("2.344", "USD").minor == 234
    assert Money.from_decimal("0.005", "USD").minor == 1
    assert Money.from_decimal("0.0049", "USD").minor == 0


def test_half_a_dong_rounds_up_to_one() -> None:
    assert Money.from_decimal("0.5", "VND").minor == 1
    assert Money.from_decimal("0.49", "VND").minor == 0
    assert Money.from_decimal("2.5", "VND").minor == 3  # half up, not half even


def test_to_minor_rounds_half_up_per_currency() -> None:
    assert to_minor(Decimal("19.995"), "USD") == 2000
    assert to_minor(Decimal("1249999.5"), "VND") == 1_250_000


def test_round_half_up_rounds_halves_away_from_zero() -> None:
    assert round_half_up(Decimal("0.5")) == 1
    assert round_half_up(Decimal("1.5")) == 2
    assert round_half_up(Decimal("2.5")) == 3
    assert round_half_up(Decimal("2.4999")) == 2
    assert round_half_up(Decimal("-2.5")) == -3


def test_from_decimal_refuses_text_that_is_not_an_amount() -> None:
    with pytest.raises(ValidationError) as info:
        Money.from_decimal("abc", "USD")
    assert "abc" in str(info.value)
    assert info.value.field == "value"


@pytest.mark.parametrize("amount", ["NaN", "Infinity", "-1", "1e40"])
def test_from_decimal_refuses_amounts_that_cannot_be_stored_with_a_validation_error(
    amount: str,
) -> None:
    # Not a number, infinite, negative or beyond 64 bits: all must be a sentence for the user,
    # the same rules check_minor applies.
    with pytest.raises(ValidationError):
        Money.from_decimal(amount, "VND")


# --- check_minor ---------------------------------------------------------------------------


@pytest.mark.parametrize("amount", [0, 1, 1_250_000, MAX_AMOUNT])
def test_check_minor_accepts_whole_amounts_from_zero_to_the_bound(amount: int) -> None:
    assert check_minor(amount) == amount


def test_check_minor_refuses_negative_amounts() -> None:
    with pytest.raises(ValidationError) as info:
        check_minor(-1)
    assert "negative" in str(info.value)
    assert info.value.field == "value"


@pytest.mark.parametrize("amount", [1.0, 12.5, float("nan"), Decimal("3"), "100"])
def test_check_minor_refuses_anything_but_an_int(amount: object) -> None:
    with pytest.raises(ValidationError) as info:
        check_minor(amount, "unit_price")  # type: ignore[arg-type]
    assert info.value.field == "unit_price"


@pytest.mark.parametrize("amount", [True, False])
def test_check_minor_refuses_booleans(amount: bool) -> None:
    with pytest.raises(ValidationError):
        check_minor(amount)


@pytest.mark.parametrize("amount", [MAX_AMOUNT + 1, 2**63 - 1, 2**63, 10**28])
def test_check_minor_refuses_amounts_above_the_bound(amount: int) -> None:
    assert check_minor(MAX_AMOUNT) == MAX_AMOUNT
    with pytest.raises(AmountTooLargeError) as info:
        check_minor(amount)
    assert "too large" in str(info.value)


# --- check_currency ------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(CURRENCY_EXPONENTS))
def test_every_known_currency_is_accepted(code: str) -> None:
    assert check_currency(code) == code
    assert check_currency(code.lower()) == code


def test_a_currency_code_is_trimmed_and_upper_cased() -> None:
    assert check_currency("  vnd ") == "VND"


@pytest.mark.parametrize("code", ["XYZ", "BTC", "US", "", "dollars"])
def test_an_unknown_currency_is_refused_with_a_sentence_naming_it(code: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_currency(code)
    message = str(info.value)
    assert f"“{code}”" in message
    assert "VND" in message and "USD" in message  # tells the user what is accepted
    assert message.endswith(".")
    assert info.value.field == "currency"


def test_money_with_an_unknown_currency_cannot_be_built() -> None:
    with pytest.raises(ValidationError):
        Money.from_decimal("1", "XXX")


# --- quantities ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "thousandths"),
    [
        ("1.5", 1500),
        ("0,25", 250),
        ("2", 2000),
        (" 3 ", 3000),
        ("0.001", 1),
        ("1.250", 1250),
        ("12.345", 12345),
        (Decimal("0.5"), 500),
        (4, 4000),
    ],
)
def test_parse_quantity_turns_decimals_into_thousandths(
    text: str | Decimal | int, thousandths: int
) -> None:
    assert parse_quantity(text) == thousandths


@pytest.mark.parametrize("text", ["1.2345", "0.0001"])
def test_parse_quantity_refuses_more_than_three_decimals(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_quantity(text)
    assert "three decimals" in str(info.value)
    assert info.value.field == "quantity"


@pytest.mark.parametrize("text", ["0", "0.000", "-1", "-0.5", "NaN", "Infinity"])
def test_parse_quantity_refuses_zero_negative_and_non_finite_quantities(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_quantity(text)
    assert info.value.field == "quantity"


@pytest.mark.parametrize("text", ["abc", "", "1.2.3", "1,000.5"])
def test_parse_quantity_refuses_text_that_is_not_a_number(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_quantity(text)
    assert info.value.field == "quantity"


def test_quantity_to_decimal_gives_back_the_exact_quantity() -> None:
    assert quantity_to_decimal(1500) == Decimal("1.5")
    assert quantity_to_decimal(250) == Decimal("0.25")
    assert quantity_to_decimal(1) == Decimal("0.001")
    assert str(quantity_to_decimal(2000)) == "2"


@given(st.integers(min_value=1, max_value=10**12))
def test_thousandths_round_trip_through_decimal_and_text(thousandths: int) -> None:
    value = quantity_to_decimal(thousandths)
    assert value * 1000 == thousandths
    assert parse_quantity(value) == thousandths
    assert parse_quantity(format(value, "f")) == thousandths
    assert parse_quantity(format(value, "f").replace(".", ",")) == thousandths
