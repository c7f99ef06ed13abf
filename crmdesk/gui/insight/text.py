"""Small pieces of the report's text: months, amounts kept apart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from crmdesk.gui.formatting import format_money
from crmdesk.gui.language import translate


def month_label(month: str) -> str:
    """``Nov 2026`` / ``Th11 2026``: a month in the interface language."""
    if not month:
        return "—"
    day = date.fromisoformat(month + "-01")
    locale = QLocale()
    return f"{locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)} {day.year}"


def unconverted_text(figure: str, amounts: tuple[tuple[str, int], ...]) -> str:
    """“Not added (no rate): $1,250.00” for one figure."""
    names = {
        "weighted": translate("Insight", "weighted"),
        "best_case": translate("Insight", "best case"),
        "commit": translate("Insight", "commit"),
        "won": translate("Insight", "won"),
    }
    shown = " · ".join(format_money(minor, currency) for currency, minor in amounts)
    return (
        translate("Insight", "Not added to %1 (no rate): %2")
        .replace("%1", names.get(figure, figure))
        .replace("%2", shown)
    )
