"""Field checks shared by every service; each failure is a sentence for the user."""

from __future__ import annotations

import re

from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, ValidationError
from crmdesk.domain.text import nfc, nfc_or_none

# The longest text each kind of field holds, the same through the dialog, the command line and
# an import (the column sizes of db/models.py): a title, a name, a short label, a code…
TITLE_MAX = 300  # deal titles, activity subjects, criteria, product names
NAME_MAX = 200  # organization and contact names, lost reasons, rule labels
SHORT_MAX = 100  # industry, region, source, owner, job title
CODE_MAX = 50  # tax code, SKU
EMAIL_MAX = 200
PHONE_MAX = 50
WEBSITE_MAX = 200
TEXT_MAX = 2_000  # interest, address, reasons, evidence
NOTE_MAX = 10_000  # notes
COUNT_MAX = 2**31 - 1  # a company's size and other counts

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^[+(\d][\d\s().\-/]*$")
_PHONE_EXTENSION = re.compile(r"(?i)(?<=[\d)])\s*(?:\bx|\s+ext\.?|\s+extension)\s*(\d{1,6})\s*$")


def required_text(value: str | None, what: Label, field: str, max_len: int = TITLE_MAX) -> str:
    """NFC text that must not be empty; ``what`` is the marked name of the input."""
    text = nfc(value)
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{what} cannot be empty."), field, what=what
        )
    if len(text) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{what} is too long (at most {max_len} characters)."),
            field,
            what=what,
            max_len=max_len,
        )
    return text


def optional_text(
    value: str | None, what: Label, field: str, max_len: int = TEXT_MAX
) -> str | None:
    """NFC text or ``None``; ``what`` is the marked name of the input."""
    text = nfc_or_none(value)
    if text is not None and len(text) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{what} is too long (at most {max_len} characters)."),
            field,
            what=what,
            max_len=max_len,
        )
    return text


def email(value: str | None) -> str | None:
    """A plausible email address, or ``None``."""
    text = nfc_or_none(value)
    if text is None:
        return None
    if len(text) > EMAIL_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "An email address is at most {max_len} characters long."),
            "email",
            max_len=EMAIL_MAX,
        )
    if not _EMAIL.match(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not an email address."), "email", text=text
        )
    return text


def phone(value: str | None) -> str | None:
    """A phone number of digits, spaces and + ( ) - . /, with 6 to 15 digits, maybe followed by
    an extension (``… ext. 12``, ``… x66286``: kept as ``… ext. 12``); or ``None``."""
    text = nfc_or_none(value)
    if text is None:
        return None
    written, number, extension = text, text, _PHONE_EXTENSION.search(text)
    if extension:
        number = text[: extension.start()].strip()
        text = f"{number} ext. {extension.group(1)}"
    digits = sum(ch.isdigit() for ch in number)
    if len(text) > PHONE_MAX or not _PHONE_CHARS.match(number) or not 6 <= digits <= 15:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not a phone number."), "phone", text=written
        )
    return text


def probability(value: int | None) -> int | None:
    """A percentage from 0 to 100, or ``None``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A probability must be a whole number from 0 to 100."),
            "probability",
        )
    return value


def positive_int(value: int | None, what: Label, field: str) -> int | None:
    """A whole number above zero, or ``None``; ``what`` is the marked name of the input."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{what} must be a whole number above zero."),
            field,
            what=what,
        )
    if value > COUNT_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{what} can be at most {max:,}."),
            field,
            what=what,
            max=COUNT_MAX,
        )
    return value
