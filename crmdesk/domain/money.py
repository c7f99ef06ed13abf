"""Money as an integer count of the currency's minor unit; quantities as thousandths."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from crmdesk.domain.errors import QT_TRANSLATE_NOOP, AmountTooLargeError, ValidationError

# ISO 4217 minor-unit exponents for the currencies a small business meets.
CURRENCY_EXPONENTS: dict[str, int] = {
    "VND": 0,
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "JPY": 0,
    "KRW": 0,
    "CNY": 2,
    "SGD": 2,
    "THB": 2,
    "AUD": 2,
    "CAD": 2,
    "CHF": 2,
    "HKD": 2,
    "TWD": 2,
    "MYR": 2,
    "IDR": 2,
    "PHP": 2,
    "INR": 2,
    "LAK": 2,
    "KHR": 2,
}

QUANTITY_SCALE = 1000  # quantities are stored in thousandths
MAX_INT64 = 2**63 - 1
# No single amount above 10^15 minor units (a thousand trillion đồng, ten trillion dollars), and
# no stored total above 2^62: any sum of totals then still fits SQLite's 64-bit integers, and
# value × probability is computed exactly (in Python, per group of deals).
MAX_AMOUNT = 10**15
MAX_TOTAL = 2**62
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages",
    "That amount is too large: CRM Desk keeps amounts up to 1,000,000,000,000,000 of the currency's smallest unit (đồng, cents).",  # noqa: E501
)


def check_currency(code: str) -> str:
    """Return the upper-case ISO code, or raise if CRM Desk does not know it."""
    normalized = (code or "").strip().upper()
    if normalized not in CURRENCY_EXPONENTS:
        known = ", ".join(sorted(CURRENCY_EXPONENTS))
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{code}” is not a currency CRM Desk knows; use one of {known}."
            ),
            "currency",
            code=code,
            known=known,
        )
    return normalized


def exponent(currency: str) -> int:
    """Number of decimal places of the currency's minor unit."""
    return CURRENCY_EXPONENTS[check_currency(currency)]


def check_minor(amount: int, field: str = "value") -> int:
    """Validate an amount in minor units: an int from 0 to :data:`MAX_AMOUNT`."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "An amount must be a whole number of the currency's smallest unit."
            ),
            field,
        )
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "An amount cannot be negative."), field)
    if amount > MAX_AMOUNT:
        raise AmountTooLargeError(_TOO_LARGE, field)
    return amount


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount: ``minor`` units of ``currency`` (đồng for VND, cents for USD)."""

    minor: int
    currency: str

    def to_decimal(self) -> Decimal:
        """The amount in major units, exactly."""
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    @classmethod
    def from_decimal(cls, amount: Decimal | str | int, currency: str) -> Money:
        """Build from a major-unit amount, rounding half up to the minor unit."""
        try:
            value = Decimal(str(amount))
        except InvalidOperation as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "“{text}” is not an amount."),
                "value",
                text=str(amount),
            ) from exc
        if not value.is_finite():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "“{text}” is not an amount."),
                "value",
                text=str(amount),
            )
        minor = check_minor(to_minor(value, currency))
        return cls(minor, check_currency(currency))

    def plain(self) -> str:
        """Locale-free text, e.g. ``1250000 VND`` or ``12.50 USD`` (the GUI uses QLocale)."""
        return f"{self.to_decimal():f} {self.currency}"


def to_minor(amount: Decimal, currency: str) -> int:
    """Round a major-unit decimal half up to an integer count of minor units; one past
    :data:`MAX_AMOUNT` is refused (however many digits it has)."""
    scaled = amount.scaleb(exponent(currency))
    if abs(scaled) > MAX_AMOUNT:
        raise AmountTooLargeError(_TOO_LARGE, "value")
    return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def round_half_up(value: Decimal) -> int:
    """Round to the nearest integer, halves away from zero."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_quantity(text: str | Decimal | int) -> int:
    """Turn ``"1.5"`` into 1500 thousandths; more than three decimals is refused."""
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not a quantity."), "quantity", text=str(text)
        ) from exc
    if not value.is_finite() or value <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A quantity must be greater than zero."), "quantity"
        )
    scaled = value * QUANTITY_SCALE
    if scaled != scaled.to_integral_value():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A quantity can have at most three decimals."), "quantity"
        )
    return int(scaled)


def quantity_to_decimal(thousandths: int) -> Decimal:
    """Exact decimal quantity from stored thousandths."""
    return (Decimal(thousandths) / QUANTITY_SCALE).normalize()


_AMOUNT_NOISE = re.compile(r"\b(?:VNĐ|VND|USD|EUR|GBP|JPY)\b|[\s\u00a0\u202f₫$€£¥đ]", re.IGNORECASE)


def parse_amount(text: str, currency: str, field: str = "value_minor") -> int:
    """What a person types as an amount — ``1.250.000``, ``1250000``, ``$1,250.50``,
    ``1.250,50`` — as exact minor units of ``currency``; anything else is refused.

    A currency without minor units (VND) reads dots and commas as thousands separators.
    Otherwise the last separator is the decimal one when both appear, and a lone one is
    decimal unless exactly three digits follow it.
    """
    places = exponent(currency)
    cleaned = _AMOUNT_NOISE.sub("", text or "")
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Enter an amount, e.g. 1.250.000."), field
        )
    if not re.fullmatch(r"\d[\d.,]*", cleaned):
        if cleaned.startswith("-"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "An amount cannot be negative."), field
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not an amount."), field, text=text.strip()
        )
    number = _normalize_separators(cleaned, places)
    if number is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not an amount."), field, text=text.strip()
        )
    value = Decimal(number)
    if value.adjusted() >= 16:  # 29 digits would overflow Decimal's rounding: refuse first
        raise AmountTooLargeError(_TOO_LARGE, field)
    shift = value.as_tuple().exponent
    assert isinstance(shift, int)  # the pattern above lets through no NaN nor infinity
    if shift < -places:
        if places == 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{currency} amounts have no decimals."),
                field,
                currency=currency,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{currency} amounts have at most {places} decimals."),
            field,
            currency=currency,
            places=places,
        )
    try:
        minor = to_minor(value, currency)
    except AmountTooLargeError as error:
        raise AmountTooLargeError(_TOO_LARGE, field) from error
    return check_minor(minor, field)


def _normalize_separators(text: str, places: int) -> str | None:
    if "." in text and "," in text:
        decimal_sep = "." if text.rfind(".") > text.rfind(",") else ","
        whole, _, fraction = text.rpartition(decimal_sep)
        groups = re.split(r"[.,]", whole)
        if not _thousands(groups) or not fraction:
            return None
        return "".join(groups) + "." + fraction
    separators = set(text) & {".", ","}
    if not separators:
        return text
    groups = text.split(separators.pop())
    if places > 0 and len(groups) == 2 and (len(groups[1]) != 3 or groups[0] == "0"):
        return groups[0] + "." + groups[1] if groups[1] else None
    return "".join(groups) if _thousands(groups) else None


def _thousands(groups: list[str]) -> bool:
    """``1``, ``250``, ``000``: a first group of 1–3 digits, then groups of exactly three."""
    first = groups[0]
    return 1 <= len(first) <= 3 and first != "0" and all(len(g) == 3 for g in groups[1:])
