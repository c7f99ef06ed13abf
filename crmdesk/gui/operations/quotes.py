"""Operations on quotes: start one for a deal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.domain.entities import Deal
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import DomainError
from crmdesk.gui.language import current_language
from crmdesk.gui.messages import error_text
from crmdesk.services import Services

translate = QCoreApplication.translate


def confirm_quote_before_opportunity(parent: QWidget, deal: Deal) -> bool:
    """Whether the user wants a quote for a deal that is not an opportunity yet."""
    if deal.stage == Stage.OPPORTUNITY:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("MainWindow", "New quote"),
        translate("MainWindow", "“%1” is not an opportunity yet. Make a quote anyway?").replace(
            "%1", deal.title
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the user's text
    return box.exec() == QMessageBox.StandardButton.Yes


def start_quote(parent: QWidget, services: Services, deal: Deal) -> int | None:
    """Create a quote for ``deal`` in the interface language (asking first unless it is an
    opportunity); its id, or None when the user declined or it was refused."""
    if not confirm_quote_before_opportunity(parent, deal):
        return None
    try:
        return services.quotes.create(deal.id, language=current_language()).id
    except DomainError as error:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "CRM Desk"),
                          error_text(error), parent=parent)  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return None
