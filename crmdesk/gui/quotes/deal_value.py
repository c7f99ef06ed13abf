"""Accepting a quote: the question whether the deal is now worth the quote's total."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.domain.entities import Quote
from crmdesk.gui.formatting import format_money
from crmdesk.services import Services

translate = QCoreApplication.translate


def ask_deal_value(parent: QWidget, services: Services, quote: Quote) -> bool | None:
    """Offer to make the quote's grand total the deal's value: ``True`` (yes), ``False`` (no, or
    nothing to change) or ``None`` (cancel the acceptance)."""
    deal = services.deals.get(quote.deal_id)
    total = services.quotes.totals(quote.id).grand_total
    if (deal.value_minor, deal.currency) == (total, quote.currency):
        return False
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Quote", "Accept quote"),
        translate("Quote", "Set the deal's value to the quote's total, %1? It is now %2.")
        .replace("%1", format_money(total, quote.currency))
        .replace("%2", format_money(deal.value_minor, deal.currency)),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("dealValueQuestion")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes
