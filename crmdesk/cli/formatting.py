"""Plain-text rendering for the terminal (the window formats with QLocale instead)."""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from crmdesk.domain.entities import CardRow
from crmdesk.domain.money import Money
from crmdesk.domain.text import printable


def money_text(minor: int, currency: str) -> str:
    """``125,000,000 VND`` or ``1,250.00 USD``."""
    amount = Money(minor, currency).to_decimal()
    return f"{amount:,} {currency}"


def jsonable(value: Any) -> Any:
    """Turn dataclasses, enums and datetimes into JSON-friendly values."""
    if is_dataclass(value) and not isinstance(value, type):
        return jsonable(asdict(value))
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def card_json(card: CardRow) -> dict[str, Any]:
    """A card as a JSON object, with the value also as an exact decimal string."""
    data = jsonable(asdict(card))
    data["value"] = str(Money(card.value_minor, card.currency).to_decimal())
    return data


def card_line(card: CardRow) -> str:
    """One line of ``deals list``."""
    # Old data may hold control characters (an ESC sequence recolours a terminal): shown as spaces.
    who = " · ".join(printable(p) for p in (card.organization, card.contact) if p)
    stage = card.stage.value + (f"/{card.sub_stage.value}" if card.sub_stage else "")
    stale = "  STALE" if card.stale else ""
    return (
        f"{card.id:>7}  {stage:<28} {card.score:>3} {card.temperature.value:<4}  "
        f"{money_text(card.value_minor, card.currency):>22}  {printable(card.title)}"
        + (f"  ({who})" if who else "")
        + stale
    )
