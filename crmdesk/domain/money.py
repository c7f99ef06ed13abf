"""Money as an integer count of the currency's minor unit; quantities as thousandths."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from crmdesk.domain.errors import ValidationError

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


def check_currency(code: str) -> str:
    """Return the upper-case ISO code, or raise if CRM Desk does not know it."""
    normalized = (code or "").strip().upper()
    if normalized not in CURRENCY_EXPONENTS:
        known = ", ".join(sorted(CURRENCY_EXPONENTS))
        raise ValidationError(
            f"“{code}” is not a currency CRM Desk knows; use one of {known}.", field="currency"
        )
    return normalized


def exponent(currency: str) -> int:
    """Number of decimal places of the currency's minor unit."""
    return CURRENCY_EXPONENTS[check_currency(currency)]


def check_minor(amount: int, field: str = "value") -> int:
    """Validate an amount in minor units: an int, not negative, fits 64 bits."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(
            "An amount must be a whole number of the currency's smallest unit.", field
        )
    if amount < 0:
        raise ValidationError("An amount cannot be negative.", field)
    if amount > MAX_INT64:
        raise ValidationError("That amount is too large to store.", field)
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
            raise ValidationError(f"“{amount}” is not an amount.", "value") from exc
        if not value.is_finite():
            raise ValidationError(f"“{amount}” is not an amount.", "value")
        if value.adjusted() > 20:
            raise ValidationError("That amount is too large to store.", "value")
        minor = check_minor(to_minor(value, currency))
        return cls(minor, check_currency(currency))

    def plain(self) -> str:
        """Locale-free text, e.g. ``1250000 VND`` or ``12.50 USD`` (the GUI uses QLocale)."""
        return f"{self.to_decimal():f} {self.currency}"


def to_minor(amount: Decimal, currency: str) -> int:
    """Round a major-unit decimal half up to an integer count of minor units."""
    scaled = amount.scaleb(exponent(currency)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(scaled)


def round_half_up(value: Decimal) -> int:
    """Round to the nearest integer, halves away from zero."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_quantity(text: str | Decimal | int) -> int:
    """Turn ``"1.5"`` into 1500 thousandths; more than three decimals is refused."""
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError(f"“{text}” is not a quantity.", "quantity") from exc
    if not value.is_finite() or value <= 0:
        raise ValidationError("A quantity must be greater than zero.", "quantity")
    scaled = value * QUANTITY_SCALE
    if scaled != scaled.to_integral_value():
        raise ValidationError("A quantity can have at most three decimals.", "quantity")
    return int(scaled)


def quantity_to_decimal(thousandths: int) -> Decimal:
    """Exact decimal quantity from stored thousandths."""
    return (Decimal(thousandths) / QUANTITY_SCALE).normalize()
