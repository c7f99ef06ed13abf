"""The Insight report's arithmetic: currencies at dated rates, medians, velocity, the bottleneck.

Amounts stay integers of each currency's minor unit until they are converted; a conversion is
exact (``Decimal``) and rounded half up once, at the figure's total. An amount in a currency
that has no rate is never added: it is kept apart, by currency, so the figure can say so.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, Message, ValidationError
from crmdesk.domain.money import check_currency, exponent, round_half_up
from crmdesk.domain.names import STAGE_OBJECTS, STAGE_PLURALS

MAX_RATE = Decimal("1e15")


def parse_rate(text: str | Decimal | int) -> Decimal:
    """A rate as typed (``25400``, ``25.400,5`` is not accepted: one dot for decimals)."""
    try:
        rate = Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not an exchange rate."), "rate", text=text
        ) from exc
    if not rate.is_finite() or rate <= 0 or rate >= MAX_RATE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "An exchange rate is a number greater than zero."),
            "rate",
        )
    return rate.normalize()


@dataclass(frozen=True, slots=True)
class Rate:
    """One unit of ``currency`` is worth ``rate`` units of ``to_currency`` from ``valid_from``."""

    currency: str
    to_currency: str
    rate: Decimal
    valid_from: date


@dataclass(frozen=True, slots=True)
class RateBook:
    """The rates the user entered, to convert into ``reporting`` at a date."""

    reporting: str
    rates: tuple[Rate, ...] = ()

    def _direct(self, currency: str, target: str, on: date) -> Decimal | None:
        dated = sorted(
            (r.valid_from, r.rate)
            for r in self.rates
            if r.currency == currency and r.to_currency == target
        )
        if not dated:
            return None
        days = [d for d, _ in dated]
        i = bisect_right(days, on)
        # The rate in force on the day; before the first one, the first one.
        return dated[i - 1][1] if i else dated[0][1]

    def rate(self, currency: str, on: date) -> Decimal | None:
        """How many units of the reporting currency one ``currency`` is worth on ``on``."""
        if currency == self.reporting:
            return Decimal(1)
        direct = self._direct(currency, self.reporting, on)
        if direct is not None:
            return direct
        inverse = self._direct(self.reporting, currency, on)
        if inverse is not None:
            return 1 / inverse
        # Across a currency both have a rate to (rates entered for an earlier reporting one).
        for base in sorted({r.to_currency for r in self.rates}):
            a, b = self._direct(currency, base, on), self._direct(self.reporting, base, on)
            if a is not None and b is not None:
                return a / b
        return None

    def convert(self, minor: int | Decimal, currency: str, on: date) -> Decimal | None:
        """``minor`` units of ``currency`` in minor units of the reporting currency, exactly
        (``None`` without a rate)."""
        rate = self.rate(currency, on)
        if rate is None:
            return None
        shift = exponent(self.reporting) - exponent(currency)
        return (Decimal(minor) * rate).scaleb(shift)


@dataclass
class Tally:
    """Amounts being added up for one figure: converted, and kept apart where no rate is."""

    book: RateBook
    on: date
    total: Decimal = Decimal(0)
    apart: dict[str, Decimal] = field(default_factory=dict)

    def add(self, minor: int | Decimal, currency: str, on: date | None = None) -> None:
        """Add an amount of ``currency`` (at the rate of ``on``, else the tally's day)."""
        if not minor:
            return
        converted = self.book.convert(minor, currency, on or self.on)
        if converted is None:
            self.apart[currency] = self.apart.get(currency, Decimal(0)) + Decimal(minor)
        else:
            self.total += converted

    def minor(self) -> int:
        """The converted total, rounded half up to the reporting currency's minor unit."""
        return round_half_up(self.total)

    def unconverted(self) -> tuple[tuple[str, int], ...]:
        """The amounts without a rate, per currency (in that currency's minor units)."""
        return tuple((c, round_half_up(v)) for c, v in sorted(self.apart.items()) if v)


def check_reporting_currency(code: str) -> str:
    """A currency CRM Desk knows."""
    return check_currency(code)


def median_days(histogram: Mapping[int, int]) -> float | None:
    """The median of whole days given as {days: how many} (the mean of the middle two)."""
    total = sum(histogram.values())
    if total <= 0:
        return None
    ordered = sorted((d, n) for d, n in histogram.items() if n > 0)

    def at(position: int) -> int:
        seen = 0
        for days, count in ordered:
            seen += count
            if position < seen:
                return days
        return ordered[-1][0]

    middle = total // 2
    if total % 2:
        return float(at(middle))
    return (at(middle - 1) + at(middle)) / 2


def velocity_per_day(
    open_opportunities: int, average_won_minor: Decimal, win_rate: float, average_days: float
) -> int:
    """Pipeline velocity: open opportunities × average won value × win rate ÷ days to close."""
    if average_days <= 0 or open_opportunities <= 0:
        return 0
    value = Decimal(open_opportunities) * average_won_minor * Decimal(str(win_rate))
    return round_half_up(value / Decimal(str(average_days)))


def _days(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


def slowest_stage(medians: Mapping[Stage, float | None]) -> Message | None:
    """“Prospects wait a median of 34 days, twice as long as leads” (None without stays)."""
    known = {s: m for s, m in medians.items() if m is not None}
    if not known:
        return None
    slow = max(known, key=lambda s: (known[s], -list(Stage).index(s)))
    others = {s: m for s, m in known.items() if s != slow}
    days = _days(known[slow])
    if not others:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "{stage} wait a median of {days} days"),
            stage=STAGE_PLURALS[slow],
            days=days,
        )
    fast = min(others, key=lambda s: (others[s], list(Stage).index(s)))
    ratio = known[slow] / others[fast] if others[fast] > 0 else float("inf")
    if ratio >= 2.5:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages", "{stage} wait a median of {days} days, {times} times as long as {other}"
            ),
            stage=STAGE_PLURALS[slow],
            days=days,
            times=round(ratio) if ratio != float("inf") else "many",
            other=STAGE_OBJECTS[fast],
        )
    if ratio >= 1.75:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages", "{stage} wait a median of {days} days, twice as long as {other}"
            ),
            stage=STAGE_PLURALS[slow],
            days=days,
            other=STAGE_OBJECTS[fast],
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages", "{stage} wait a median of {days} days ({other}: {other_days} days)"
        ),
        stage=STAGE_PLURALS[slow],
        days=days,
        other=STAGE_OBJECTS[fast],
        other_days=_days(others[fast]),
    )


# The seeded lost reasons as values of a message (translated with it); a reason the user
# renamed is shown as written.
SEEDED_REASONS = frozenset(
    {
        QT_TRANSLATE_NOOP("Messages", "Price too high"),
        QT_TRANSLATE_NOOP("Messages", "Chose a competitor"),
        QT_TRANSLATE_NOOP("Messages", "No budget"),
        QT_TRANSLATE_NOOP("Messages", "No decision / stalled"),
        QT_TRANSLATE_NOOP("Messages", "Timing not right"),
        QT_TRANSLATE_NOOP("Messages", "Not a fit"),
        QT_TRANSLATE_NOOP("Messages", "Unresponsive"),
        QT_TRANSLATE_NOOP("Messages", "Other"),
    }
)


def reason_value(label: str) -> str:
    """A lost reason's label as a value of a message."""
    return Label(label) if label in SEEDED_REASONS else label


def main_loss(reasons: Mapping[str, int], labels: Mapping[str, str]) -> Message | None:
    """“61 % of losses are Price too high” (None without losses)."""
    total = sum(reasons.values())
    if total <= 0:
        return None
    key = max(reasons, key=lambda k: (reasons[k], k))
    percent = round_half_up(Decimal(100 * reasons[key]) / total)
    return Message(
        QT_TRANSLATE_NOOP("Messages", "{percent} % of losses are {reason}"),
        percent=percent,
        reason=reason_value(labels.get(key, key or "—")),
    )


def bottleneck(
    medians: Mapping[Stage, float | None], reasons: Mapping[str, int], labels: Mapping[str, str]
) -> Message:
    """The pipeline's bottleneck in one sentence, from time in stage and the lost reasons."""
    parts = [p for p in (slowest_stage(medians), main_loss(reasons, labels)) if p is not None]
    if len(parts) == 2:
        return Message(QT_TRANSLATE_NOOP("Messages", "{first}; {second}."), first=parts[0],
                       second=parts[1])  # fmt: skip
    if parts:
        return Message(QT_TRANSLATE_NOOP("Messages", "{first}."), first=parts[0])
    return Message(
        QT_TRANSLATE_NOOP("Messages", "Not enough history in this period to name a bottleneck yet.")
    )


def months_between(first: str, last: str) -> list[str]:
    """``YYYY-MM`` months from ``first`` to ``last`` included."""
    y, m = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months: list[str] = []
    while (y, m) <= end and len(months) < 1200:
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def month_end(month: str) -> date:
    """The last day of a ``YYYY-MM`` month."""
    y, m = int(month[:4]), int(month[5:7])
    first_next = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return date.fromordinal(first_next.toordinal() - 1)


def add_months(month: str, count: int) -> str:
    """The month ``count`` months after ``month`` (before, when negative)."""
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def size_band(size: int | None) -> str:
    """A company size as one of the report's bands ('' unknown), as the SQL files it."""
    if size is None:
        return ""
    if size < 10:
        return "1-9"
    if size < 50:
        return "10-49"
    return "50-249" if size < 250 else "250+"


SIZE_BANDS = ("1-9", "10-49", "50-249", "250+")


def share(part: int, whole: int) -> float | None:
    """``part / whole`` rounded to four places (None when nothing to divide)."""
    return round(part / whole, 4) if whole else None


def sum_counts(pairs: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Counts added up by key."""
    out: dict[str, int] = {}
    for key, count in pairs:
        out[key] = out.get(key, 0) + count
    return out
