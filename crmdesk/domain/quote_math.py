"""Quote arithmetic: exact decimals, half-up rounding at each line, VAT per rate."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.money import QUANTITY_SCALE, round_half_up

VAT_RATES: tuple[int, ...] = (0, 5, 8, 10)
DISCOUNT_SCALE = 100  # discounts are stored in hundredths of a percent (1050 = 10.5 %)
# No unit price, line or quote total above 10^15 minor units (the bound of every stored amount,
# so every sum fits 64 bits), no quantity above a billion, a bounded number of bounded lines:
# what is accepted can always be computed, stored and printed.
MAX_AMOUNT_MINOR = 10**15
MAX_QUANTITY_MILLI = 10**12  # 1,000,000,000 units, in thousandths
MAX_LINES = 1000
MAX_DESCRIPTION = 5000  # characters of a line's description
MAX_UNIT = 30  # characters of a line's unit


@dataclass(frozen=True, slots=True)
class LineInput:
    """One quote line as numbers: thousandths, minor units, hundredths of a percent."""

    quantity_milli: int
    unit_price_minor: int
    discount_bp: int = 0
    vat_rate: int = 10


@dataclass(frozen=True, slots=True)
class LineAmounts:
    """A line's computed amounts, in minor units."""

    gross: int
    discount: int
    net: int


@dataclass(frozen=True, slots=True)
class VatBucket:
    """Net amount and VAT of all lines at one VAT rate."""

    rate: int
    net: int
    vat: int


@dataclass(frozen=True, slots=True)
class QuoteTotals:
    """Everything the totals block of a quote shows."""

    subtotal: int  # before discounts
    discount: int
    net: int  # after discounts, before VAT
    vat_buckets: tuple[VatBucket, ...]
    vat: int
    grand_total: int


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_line(line: LineInput) -> None:
    """Raise a :class:`ValidationError` for a line that cannot be priced, kept or printed."""
    if not _whole(line.quantity_milli) or line.quantity_milli <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A quantity must be greater than zero."), "quantity"
        )
    if line.quantity_milli > MAX_QUANTITY_MILLI:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A quantity can be at most 1,000,000,000."), "quantity"
        )
    if not _whole(line.unit_price_minor) or line.unit_price_minor < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A unit price cannot be negative."), "unit_price"
        )
    if line.unit_price_minor > MAX_AMOUNT_MINOR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "That unit price is too large to keep."), "unit_price"
        )
    if not 0 <= line.discount_bp <= 100 * DISCOUNT_SCALE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A discount must be between 0 % and 100 %."), "discount"
        )
    if line.vat_rate not in VAT_RATES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "VAT must be 0 %, 5 %, 8 % or 10 %."), "vat_rate"
        )
    if line.quantity_milli * line.unit_price_minor > MAX_AMOUNT_MINOR * QUANTITY_SCALE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The line comes to more than can be kept; lower the quantity or price."
            ),
            "quantity",
        )


def line_amounts(line: LineInput) -> LineAmounts:
    """Gross, discount and net of one line, each rounded half up to the minor unit."""
    check_line(line)
    exact_gross = Decimal(line.quantity_milli) * line.unit_price_minor / QUANTITY_SCALE
    share_kept = Decimal(100 * DISCOUNT_SCALE - line.discount_bp) / (100 * DISCOUNT_SCALE)
    gross = round_half_up(exact_gross)
    net = round_half_up(exact_gross * share_kept)
    return LineAmounts(gross=gross, discount=gross - net, net=net)


def quote_totals(lines: Iterable[LineInput]) -> QuoteTotals:
    """Totals of a quote: VAT is computed per rate on the discounted subtotal of that rate."""
    subtotal = discount = 0
    net_by_rate: dict[int, int] = {}
    for line in lines:
        amounts = line_amounts(line)
        subtotal += amounts.gross
        discount += amounts.discount
        net_by_rate[line.vat_rate] = net_by_rate.get(line.vat_rate, 0) + amounts.net
    buckets = tuple(
        VatBucket(rate, net, round_half_up(Decimal(net) * rate / 100))
        for rate, net in sorted(net_by_rate.items())
    )
    net = sum(b.net for b in buckets)
    vat = sum(b.vat for b in buckets)
    if net + vat > MAX_AMOUNT_MINOR:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The quote comes to more than can be kept; split it into several."
            ),
            "lines",
        )
    return QuoteTotals(subtotal, discount, net, buckets, vat, net + vat)
