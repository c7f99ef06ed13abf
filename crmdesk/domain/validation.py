"""Field checks shared by every service; each failure is a sentence for the user."""

from __future__ import annotations

import re

from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, ValidationError
from crmdesk.domain.text import nfc, nfc_or_none

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^[+(\d][\d\s().\-/]*$")


def required_text(value: str | None, what: Label, field: str, max_len: int = 300) -> str:
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


def optional_text(value: str | None, what: Label, field: str, max_len: int = 2000) -> str | None:
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
    if not _EMAIL.match(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not an email address."), "email", text=text
        )
    return text


def phone(value: str | None) -> str | None:
    """A phone number of digits, spaces and + ( ) - . /, with 6 to 15 digits; or ``None``."""
    text = nfc_or_none(value)
    if text is None:
        return None
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE_CHARS.match(text) or not 6 <= digits <= 15:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not a phone number."), "phone", text=text
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
    return value
