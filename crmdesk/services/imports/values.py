"""Cell values as other programs write them: dates in three orders, amounts with symbols."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.money import CURRENCY_EXPONENTS, check_currency, parse_amount

DATE_ORDERS = ("dmy", "mdy", "ymd")
# ",00" or ".0" closing an amount (and any symbol after it), for currencies without decimals.
_ZERO_DECIMALS = re.compile(r"(?<=\d)[.,]00?(?=\D*$)")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
# The same separator twice: 2009-07/14 is not a date.
_NUMERIC = re.compile(r"^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})(?:[T ,]+\d.*)?$")
_SYMBOL_CURRENCY = (
    ("₫", "VND"),
    ("VNĐ", "VND"),
    ("đ", "VND"),
    ("Đ", "VND"),
    ("VND", "VND"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("$", "USD"),
    ("USD", "USD"),
    ("€", "EUR"),
    ("EUR", "EUR"),
)


def guess_date_order(samples: Iterable[str]) -> tuple[str, bool]:
    """The order of day and month in a file's dates, and whether the file left it ambiguous
    (then day first, the Vietnamese way)."""
    day_first = month_first = False
    seen = False
    for text in samples:
        match = _NUMERIC.match(text.strip())
        if not match or len(match.group(1)) == 4:
            continue
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 and second > 12:
            continue  # not a date in either order: the row will say so
        seen = True
        day_first |= first > 12
        month_first |= second > 12
    if day_first and not month_first:
        return "dmy", False
    if month_first and not day_first:
        return "mdy", False
    return "dmy", seen and not day_first


def reads_both_ways(text: str) -> bool:
    """Whether a date such as 03/04/2026 is a valid date day first and month first."""
    match = _NUMERIC.match(text.strip())
    if not match or len(match.group(1)) == 4:
        return False
    first, second = int(match.group(1)), int(match.group(3))
    return first <= 12 and second <= 12 and first != second


def parse_date(text: str, order: str = "dmy") -> date | None:
    """ISO dates (with or without time and zone) or dates in the chosen order (``dmy``,
    ``mdy`` or ``ymd``), one separator throughout; empty gives None. Anything else is refused."""
    text = text.strip()
    if not text:
        return None
    try:
        iso = _ISO.match(text)
        if iso:
            if "T" in text or " " in text.strip():
                return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        match = _NUMERIC.match(text)
        if match:
            a, b, c = int(match.group(1)), int(match.group(3)), int(match.group(4))
            if len(match.group(1)) == 4:
                if len(match.group(4)) <= 2:
                    return date(a, b, c)
            elif order != "ymd" and len(match.group(4)) in (2, 4):
                year = c + 2000 if c < 100 else c
                return date(year, b, a) if order == "dmy" else date(year, a, b)
    except ValueError:
        pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("Messages", "“{text}” is not a date."), "date", text=text
    )


def amount_and_currency(text: str, currency: str | None, default: str) -> tuple[int, str]:
    """An amount in minor units and its currency (from the column, a symbol, or the default).

    The currency is checked even when the amount is empty; an amount in a currency without
    minor units may end in zero decimals (``1.250.000,00`` đồng), as spreadsheets write them.
    """
    named = currency.strip() if currency and currency.strip() else None
    found = next((code for symbol, code in _SYMBOL_CURRENCY if named == symbol), None)
    if named and found is None:
        found = check_currency(named)
    if found is None:
        found = next((code for symbol, code in _SYMBOL_CURRENCY if symbol in text), None)
    code = found or default
    if not text.strip():
        return 0, code
    if CURRENCY_EXPONENTS.get(code, 0) == 0:
        text = _ZERO_DECIMALS.sub("", text.strip())
    return parse_amount(text, code, "value_minor"), code


_EXTENSION = re.compile(r"(?i)\s*[,;]?\s*(?:x|ext\.?|extension|máy lẻ|#)\s*(\d{1,6})\s*$")
_SEVERAL = re.compile(r"\s*(?:[;|\n]|,(?!\s*(?:x|ext))|\s/\s|\bor\b|\bhoặc\b)\s*", re.IGNORECASE)


def phone_parts(text: str) -> tuple[str, list[str]]:
    """A cell's first phone number with its extension written ``… ext. 12``, and the other
    numbers the cell holds (``"0903 111 222; 0904 333 444"``)."""
    numbers = [n for n in _SEVERAL.split(text.strip()) if n and n.strip()]
    if not numbers:
        return "", []
    first = numbers[0]
    extension = _EXTENSION.search(first)
    if extension:
        first = f"{first[: extension.start()].strip()} ext. {extension.group(1)}"
    return first, numbers[1:]
