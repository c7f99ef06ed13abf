"""The typed cells an export writes, shared by the CSV and the workbook writers."""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.domain.money import CURRENCY_EXPONENTS

FORMULA_STARTS = ("=", "+", "-", "@")


def amount_text(minor: int, currency: str) -> str:
    """Minor units as a plain decimal number (``1250.50``)."""
    places = CURRENCY_EXPONENTS.get(currency, 0)
    if not places:
        return str(minor)
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 10**places)
    return f"{sign}{whole}.{cents:0{places}d}"


@dataclass(frozen=True, slots=True)
class Money:
    """An amount as stored: minor units of its currency."""

    minor: int
    currency: str

    def __str__(self) -> str:
        return amount_text(self.minor, self.currency)


Row = list[object]


class LostReasonKey(str):
    """A lost reason's key (the workbook shows its wording beside it)."""

    __slots__ = ()
