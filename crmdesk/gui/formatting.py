"""Money, dates and durations as a person reads them, through QLocale."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from crmdesk.domain.money import CURRENCY_EXPONENTS, exponent

translate = QCoreApplication.translate

# The locale whose conventions a currency's amounts follow when the UI language does not say.
_CURRENCY_LOCALES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "VND": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "USD": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "EUR": (QLocale.Language.German, QLocale.Country.Germany),
}
_SYMBOLS = {"VND": "₫", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


@lru_cache(maxsize=64)
def currency_locale(currency: str) -> QLocale:
    """The locale that writes amounts of ``currency`` the way its users expect."""
    language, country = _CURRENCY_LOCALES.get(
        currency, (QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    return QLocale(language, country)


def currency_symbol(currency: str) -> str:
    """A short symbol for a currency (its ISO code when there is none)."""
    return _SYMBOLS.get(currency, currency)


def format_money(minor: int, currency: str, *, compact: bool = False) -> str:
    """``58.800.000 ₫`` or ``$1,250.00``: exact, in the conventions of the currency."""
    places = exponent(currency) if currency in CURRENCY_EXPONENTS else 0
    locale = currency_locale(currency)
    symbol = currency_symbol(currency)
    if compact and abs(minor) >= 10**places * 1_000_000:
        millions = Decimal(minor) / (10**places * 1_000_000)
        return _compact(locale, millions, symbol)
    if places == 0:
        return locale.toCurrencyString(minor, symbol)
    amount = Decimal(minor).scaleb(-places)
    # toCurrencyString(float) is exact for two places up to 2^53 minor units; beyond, use text.
    if abs(minor) < 2**53:
        return locale.toCurrencyString(float(amount), symbol, places)
    return f"{symbol}{amount:,}"


def format_amount(minor: int, currency: str) -> str:
    """The amount without its symbol, as typed in an input field: ``58.800.000``, ``1,250.50``."""
    places = exponent(currency) if currency in CURRENCY_EXPONENTS else 0
    locale = currency_locale(currency)
    if places == 0 or abs(minor) >= 2**53:
        text = locale.toString(minor) if places == 0 else str(Decimal(minor).scaleb(-places))
        return text
    return locale.toString(float(Decimal(minor).scaleb(-places)), "f", places)


def _compact(locale: QLocale, millions: Decimal, symbol: str) -> str:
    """``4,9 tỷ ₫`` / ``125,3 tr ₫`` in Vietnamese, ``4.9 B ₫`` / ``125.3 M ₫`` otherwise
    (digits in the currency's conventions, the unit in the interface language)."""
    if abs(millions) >= 1000:
        amount, unit = millions / 1000, translate("Money", "B", "billions, after a number")
    else:
        amount, unit = millions, translate("Money", "M", "millions, after a number")
    number = locale.toString(float(round(amount, 1)), "f", 1)
    return f"{number}\u00a0{unit}\u00a0{symbol}"


def format_totals(amounts: tuple[tuple[str, int], ...], *, compact: bool = True) -> str:
    """Several currencies' sums side by side: ``1,2 M ₫ · $3,400.00``."""
    shown = [format_money(minor, cur, compact=compact) for cur, minor in amounts if minor]
    return " · ".join(shown) if shown else format_money(0, "VND")


def local_date(value: datetime | date | None, locale: QLocale | None = None) -> str:
    """A date in the UI locale's short format (local time for datetimes)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    qdate = QDate(value.year, value.month, value.day)
    locale = locale or QLocale()
    pattern = "dd/MM/yyyy" if locale.language() == QLocale.Language.Vietnamese else "d MMM yyyy"
    return locale.toString(qdate, pattern)


def plural(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated), ``%1`` replaced by ``n`` in the locale's
    digits. Both forms are marked at the call, so lupdate sees them."""
    return (one if n == 1 else many).replace("%1", QLocale().toString(n))


def days_since(value: datetime, now: datetime | None = None) -> int:
    """Whole days from ``value`` to now."""
    now = now or datetime.now(UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return max(0, (now - value).days)
