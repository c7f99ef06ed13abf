"""Quote arithmetic: exact decimals, half-up rounding at each line total, VAT per rate."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.quote_math import (
    MAX_AMOUNT_MINOR,
    MAX_QUANTITY_MILLI,
    VAT_RATES,
    LineAmounts,
    LineInput,
    QuoteTotals,
    VatBucket,
    check_line,
    line_amounts,
    quote_totals,
)


def test_a_vnd_line_with_discount_and_vat_is_priced_exactly() -> None:
    # 3 × 1,250,000 đ = 3,750,000 đ gross
    # 10 % discount: 375,000 đ; net 3,375,000 đ
    # VAT 10 % of 3,375,000 = 337,500 đ; grand total 3,712,500 đ
    line = LineInput(quantity_milli=3000, unit_price_minor=1_250_000, discount_bp=1000, vat_rate=10)
    assert line_amounts(line) == LineAmounts(gross=3_750_000, discount=375_000, net=3_375_000)
    assert quote_totals([line]) == QuoteTotals(
        subtotal=3_750_000,
        discount=375_000,
        net=3_375_000,
        vat_buckets=(VatBucket(10, 3_375_000, 337_500),),
        vat=337_500,
        grand_total=3_712_500,
    )


def test_a_usd_line_with_a_decimal_quantity_and_fractional_discount_rounds_at_the_line() -> None:
    # 2.5 × $19.99 = $49.975 exactly        → gross rounds half up to $49.98 (4998 cents)
    # kept share 100 % − 7.5 % = 0.925
    # $49.975 × 0.925 = $46.226875 exactly   → net rounds half up to $46.23 (4623 cents)
    # discount = gross − net = 4998 − 4623 = 375 cents ($3.75; exact $3.748125)
    # VAT 10 % of 4623 = 462.3               → 462 cents
    # grand total 4623 + 462 = 5085 cents ($50.85)
    line = LineInput(quantity_milli=2500, unit_price_minor=1999, discount_bp=750, vat_rate=10)
    assert line_amounts(line) == LineAmounts(gross=4998, discount=375, net=4623)
    totals = quote_totals([line])
    assert totals.subtotal == 4998
    assert totals.discount == 375
    assert totals.net == 4623
    assert totals.vat_buckets == (VatBucket(10, 4623, 462),)
    assert totals.vat == 462
    assert totals.grand_total == 5085


def test_several_vat_rates_get_one_bucket_each_with_vat_on_that_rates_discounted_net() -> None:
    lines = [
        # 1 × 1,000,005 đ at 0 %                      net 1,000,005; VAT 0
        LineInput(1000, 1_000_005, 0, 0),
        # 2 × 333,333 đ at 5 %                        net 666,666; VAT 33,333.3 → 33,333
        LineInput(2000, 333_333, 0, 5),
        # 1 × 125,125 đ, 5 % off, at 8 %              gross 125,125
        #   125,125 × 0.95 = 118,868.75 → net 118,869; discount 6,256
        #   VAT 8 % of 118,869 = 9,509.52 → 9,510
        LineInput(1000, 125_125, 500, 8),
        # 3 lines of 1 × 1,005 đ at 10 %              bucket net 3,015
        #   per rate:  3,015 × 10 % = 301.5 → 302
        #   per line:  100.5 → 101, three times = 303 (NOT what the design asks)
        LineInput(1000, 1005, 0, 10),
        LineInput(1000, 1005, 0, 10),
        LineInput(1000, 1005, 0, 10),
    ]
    totals = quote_totals(lines)
    assert totals.vat_buckets == (
        VatBucket(0, 1_000_005, 0),
        VatBucket(5, 666_666, 33_333),
        VatBucket(8, 118_869, 9_510),
        VatBucket(10, 3_015, 302),
    )
    # subtotal 1,000,005 + 666,666 + 125,125 + 3,015 = 1,794,811
    assert totals.subtotal == 1_794_811
    assert totals.discount == 6_256
    # net 1,794,811 − 6,256 = 1,788,555
    assert totals.net == 1_788_555
    # VAT 0 + 33,333 + 9,510 + 302 = 43,145
    assert totals.vat == 43_145
    assert totals.grand_total == 1_831_700


def test_vat_is_rounded_once_per_rate_not_once_per_line() -> None:
    lines = [LineInput(1000, 1005, 0, 10)] * 3
    per_line = sum(
        int((Decimal(line_amounts(li).net) / 10).quantize(Decimal(1), ROUND_HALF_UP))
        for li in lines
    )
    assert per_line == 303
    assert quote_totals(lines).vat == 302


def test_vat_is_computed_on_the_net_after_discount_not_on_the_gross() -> None:
    # 1 × 1,000,000 đ, 50 % off, 10 % VAT → net 500,000, VAT 50,000 (not 100,000)
    totals = quote_totals([LineInput(1000, 1_000_000, 5000, 10)])
    assert totals.net == 500_000
    assert totals.vat == 50_000
    assert totals.grand_total == 550_000


def test_a_fractional_quantity_rounds_half_up_at_the_line_total() -> None:
    # 1.005 × 99 cents = 99.495 → 99 cents
    assert line_amounts(LineInput(1005, 99, 0, 0)) == LineAmounts(99, 0, 99)
    # 0.5 × 1 đ = 0.5 → 1 đ (half up)
    assert line_amounts(LineInput(500, 1, 0, 0)) == LineAmounts(1, 0, 1)
    # 0.333 × 3 đ = 0.999 → 1 đ
    assert line_amounts(LineInput(333, 3, 0, 0)) == LineAmounts(1, 0, 1)


def test_a_full_discount_leaves_nothing_to_pay() -> None:
    totals = quote_totals([LineInput(2000, 450_000, 10_000, 10)])
    assert totals.subtotal == 900_000
    assert totals.discount == 900_000
    assert totals.net == 0
    assert totals.vat == 0
    assert totals.grand_total == 0


def test_a_free_line_costs_nothing() -> None:
    assert line_amounts(LineInput(1000, 0, 0, 10)) == LineAmounts(0, 0, 0)


def test_an_empty_quote_totals_zero_with_no_buckets() -> None:
    assert quote_totals([]) == QuoteTotals(0, 0, 0, (), 0, 0)


def test_only_the_rates_used_get_a_bucket_in_rate_order() -> None:
    totals = quote_totals(
        [LineInput(1000, 100, 0, 10), LineInput(1000, 100, 0, 0), LineInput(1000, 100, 0, 10)]
    )
    assert [b.rate for b in totals.vat_buckets] == [0, 10]
    assert totals.vat_buckets[1] == VatBucket(10, 200, 20)


def test_quote_totals_accepts_any_iterable_of_lines() -> None:
    lines = (LineInput(1000, 100, 0, 5) for _ in range(3))
    assert quote_totals(lines).grand_total == 315


def test_a_grand_total_exactly_at_the_bound_is_kept_to_the_last_dong() -> None:
    # 909.090.909.090.909 đ + VAT 10 % (90.909.090.909.090,9 → 90.909.090.909.091)
    # = 1.000.000.000.000.000 đ, the most any stored amount may be.
    line = LineInput(1000, 909_090_909_090_909, 0, 10)
    totals = quote_totals([line])
    assert totals.vat == 90_909_090_909_091
    assert totals.grand_total == MAX_AMOUNT_MINOR == 10**15


def test_one_dong_past_the_bound_is_refused_with_a_sentence() -> None:
    with pytest.raises(ValidationError, match="split it into several") as info:
        quote_totals([LineInput(1000, 909_090_909_090_910, 0, 10)])
    assert info.value.field == "lines"


@pytest.mark.parametrize(
    ("line", "field", "sentence"),
    [
        (LineInput(10**15, 1, 0, 10), "quantity", "at most 1,000,000,000"),  # 10^12 units
        (LineInput(2**64, 1, 0, 10), "quantity", "at most 1,000,000,000"),  # 2^64 thousandths
        (LineInput(1000, 10**15 + 1, 0, 10), "unit_price", "too large to keep"),
        (LineInput(MAX_QUANTITY_MILLI, 10**15, 0, 0), "quantity", "lower the quantity or price"),
        (LineInput(1_000_000_000, 10**12 + 1, 0, 0), "quantity", "lower the quantity or price"),
    ],
)
def test_quantities_and_prices_past_the_bounds_get_a_sentence(
    line: LineInput, field: str, sentence: str
) -> None:
    with pytest.raises(ValidationError, match=sentence) as info:
        check_line(line)
    assert info.value.field == field


def test_a_million_units_at_a_price_within_the_bound_is_priced_exactly() -> None:
    line = LineInput(1_000_000_000, 10**9, 0, 0)  # 1,000,000 × 1.000.000.000 đ
    assert line_amounts(line).net == 10**15


# --- invalid lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (LineInput(1000, 100, 0, 7), "vat_rate"),
        (LineInput(1000, 100, 0, -10), "vat_rate"),
        (LineInput(1000, 100, 0, 20), "vat_rate"),
        (LineInput(1000, 100, 10_001, 10), "discount"),
        (LineInput(1000, 100, -1, 10), "discount"),
        (LineInput(0, 100, 0, 10), "quantity"),
        (LineInput(-1000, 100, 0, 10), "quantity"),
        (LineInput(1000, -1, 0, 10), "unit_price"),
    ],
)
def test_a_line_that_cannot_be_priced_is_refused(line: LineInput, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_line(line)
    assert info.value.field == field
    with pytest.raises(ValidationError):
        line_amounts(line)
    with pytest.raises(ValidationError):
        quote_totals([LineInput(1000, 100, 0, 10), line])


@pytest.mark.parametrize("rate", VAT_RATES)
def test_every_vietnamese_vat_rate_is_accepted(rate: int) -> None:
    check_line(LineInput(1000, 100, 0, rate))
    assert quote_totals([LineInput(1000, 100_000, 0, rate)]).vat == 1000 * rate


def test_a_discount_of_exactly_zero_or_one_hundred_percent_is_accepted() -> None:
    assert line_amounts(LineInput(1000, 100, 0, 10)).net == 100
    assert line_amounts(LineInput(1000, 100, 10_000, 10)).net == 0


# --- properties ----------------------------------------------------------------------------

lines_strategy = st.builds(
    LineInput,
    quantity_milli=st.integers(min_value=1, max_value=10_000_000),
    unit_price_minor=st.integers(min_value=0, max_value=5 * 10**9),  # 12 lines stay in bounds
    discount_bp=st.integers(min_value=0, max_value=10_000),
    vat_rate=st.sampled_from(VAT_RATES),
)


@given(st.lists(lines_strategy, max_size=12))
def test_grand_total_is_net_plus_vat(lines: list[LineInput]) -> None:
    totals = quote_totals(lines)
    assert totals.grand_total == totals.net + totals.vat


@given(st.lists(lines_strategy, max_size=12))
def test_net_is_subtotal_minus_discount(lines: list[LineInput]) -> None:
    totals = quote_totals(lines)
    assert totals.net == totals.subtotal - totals.discount


@given(st.lists(lines_strategy, max_size=12))
def test_the_bucket_nets_add_up_to_the_net_and_the_bucket_vats_to_the_vat(
    lines: list[LineInput],
) -> None:
    totals = quote_totals(lines)
    assert sum(b.net for b in totals.vat_buckets) == totals.net
    assert sum(b.vat for b in totals.vat_buckets) == totals.vat
    assert [b.rate for b in totals.vat_buckets] == sorted({li.vat_rate for li in lines})


@given(st.lists(lines_strategy, max_size=12))
def test_each_bucket_is_the_sum_of_its_lines_with_vat_rounded_once(lines: list[LineInput]) -> None:
    totals = quote_totals(lines)
    for bucket in totals.vat_buckets:
        expected_net = sum(line_amounts(li).net for li in lines if li.vat_rate == bucket.rate)
        assert bucket.net == expected_net
        exact_vat = Decimal(expected_net) * bucket.rate / 100
        assert bucket.vat == int(exact_vat.quantize(Decimal(1), ROUND_HALF_UP))
        assert abs(Decimal(bucket.vat) - exact_vat) <= Decimal("0.5")


@given(lines_strategy)
def test_a_line_is_the_exact_product_rounded_half_up(line: LineInput) -> None:
    amounts = line_amounts(line)
    exact = Decimal(line.quantity_milli) * line.unit_price_minor / 1000
    assert amounts.gross == int(exact.quantize(Decimal(1), ROUND_HALF_UP))
    exact_net = exact * (10_000 - line.discount_bp) / 10_000
    assert amounts.net == int(exact_net.quantize(Decimal(1), ROUND_HALF_UP))
    assert 0 <= amounts.net <= amounts.gross
    assert amounts.discount == amounts.gross - amounts.net
    if line.discount_bp == 0:
        assert amounts.net == amounts.gross
