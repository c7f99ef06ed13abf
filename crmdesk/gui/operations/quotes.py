"""Operations on quotes: start one for a deal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crmdesk.domain.entities import Deal
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import DomainError
from crmdesk.gui.language import current_language
from crmdesk.gui.message_boxes import ask, warn
from crmdesk.gui.messages import error_text
from crmdesk.services import Services

translate = QCoreApplication.translate


def start_quote(parent: QWidget, services: Services, deal: Deal) -> int | None:
    """Create a quote for ``deal`` in the interface language (asking first unless it is an
    opportunity); its id, or None when the user declined or it was refused."""
    if deal.stage != Stage.OPPORTUNITY:
        question = translate("MainWindow", "“%1” is not an opportunity yet. Make a quote anyway?")
        if not ask(
            parent, translate("MainWindow", "New quote"), question.replace("%1", deal.title)
        ):
            return None
    try:
        return services.quotes.create(deal.id, language=current_language()).id
    except DomainError as error:
        warn(parent, translate("MainWindow", "CRM Desk"), error_text(error))
        return None
