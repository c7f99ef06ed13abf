"""Money, dates and durations as a person reads them, through QLocale."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
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
        return _compact(millions, symbol)
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


def _units() -> tuple[tuple[int, str], ...]:
    """The units of an abbreviated amount, largest first: (millions in one unit, its word)."""
    return (
        (1_000_000, translate("Money", "T", "trillions (a million millions), after a number")),
        (1_000, translate("Money", "B", "billions, after a number")),
        (1, translate("Money", "M", "millions, after a number")),
    )


def _compact(millions: Decimal, symbol: str) -> str:
    """``4,89 tỷ ₫`` / ``125 tr ₫`` in Vietnamese, ``4.89 B ₫`` / ``125 M ₫`` in English: three
    significant digits, the decimal mark and the unit of the interface language."""
    units = _units()
    # The largest unit the sum makes at least one of, once rounded (999.6 M is 1.00 B).
    scale, word = next(
        ((scale, word) for scale, word in units if abs(_significant(millions / scale, 3)) >= 1),
        units[-1],
    )
    rounded = _significant(millions / scale, 3)
    places = max(0, 2 - _magnitude(rounded))
    number = QLocale().toString(float(rounded), "f", places)
    word = word.replace(" ", "\u00a0")  # "nghìn tỷ" stays on one line
    return f"{number}\u00a0{word}\u00a0{symbol}"


def _magnitude(value: Decimal) -> int:
    """The power of ten of the first digit: 0 for 4.89, 2 for 125."""
    return value.copy_abs().adjusted() if value else 0


def _significant(value: Decimal, digits: int) -> Decimal:
    """``value`` rounded half up to ``digits`` significant digits (whole numbers stay whole)."""
    if not value:
        return Decimal(0)
    places = max(0, digits - 1 - _magnitude(value))
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_totals(amounts: tuple[tuple[str, int], ...], *, compact: bool = True) -> str:
    """Several currencies' sums side by side: ``1.25 M ₫ · $3,400.00`` (abbreviated, the
    default) or exact."""
    shown = [format_money(minor, cur, compact=compact) for cur, minor in amounts if minor]
    return " · ".join(shown) if shown else format_money(0, "VND")


# One short date format per interface language, in the locale's order, for fields, cards,
# tables and tooltips alike: digits only, so a date types as it reads.
_DATE_FORMATS = {QLocale.Language.Vietnamese: "dd/MM/yyyy"}
_ENGLISH_DATE_FORMAT = "MM/dd/yyyy"  # the English interface's locale is en_US
TIME_FORMAT = "HH:mm"


def date_format(locale: QLocale | None = None) -> str:
    """The date pattern of the interface language: ``dd/MM/yyyy`` (vi), ``MM/dd/yyyy`` (en)."""
    language = (locale or QLocale()).language()
    return _DATE_FORMATS.get(language, _ENGLISH_DATE_FORMAT)


def date_time_format(locale: QLocale | None = None) -> str:
    """The date pattern followed by hours and minutes."""
    return f"{date_format(locale)} {TIME_FORMAT}"


def local_date(value: datetime | date | None, locale: QLocale | None = None) -> str:
    """A date in the interface language's one format (local time for datetimes)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    qdate = QDate(value.year, value.month, value.day)
    locale = locale or QLocale()
    return locale.toString(qdate, date_format(locale))


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
