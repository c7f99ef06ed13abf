"""Exporting and printing a quote: the same PDF pages, previewed at once, printed sharp."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from crmdesk.gui.quotes.pdf_file import EXPORT_FOLDER_KEY, default_file_name, save_pdf
from crmdesk.gui.quotes.pdf_pages import load_pdf, print_pdf
from crmdesk.gui.quotes.preview_dialog import QuotePreview
from crmdesk.services import Services

__all__ = ["EXPORT_FOLDER_KEY", "default_file_name", "export_pdf", "load_pdf", "print_pdf"]


def export_pdf(
    parent: QWidget, services: Services, quote_id: int, settings: QSettings
) -> Path | None:
    """Ask where to save the quote's PDF (remembering the folder) and write it."""
    quote = services.quotes.get(quote_id)
    document = services.quotes.document(quote_id)
    name = default_file_name(quote, document.customer.name)
    return save_pdf(parent, services.quotes.render(document), name, settings)


def print_quote(
    parent: QWidget, services: Services, quote_id: int, settings: QSettings | None = None
) -> None:
    """Preview the quote (pages appear as they are drawn), then print or save it as PDF."""
    preview = QuotePreview(services, quote_id, settings or QSettings(), parent)
    preview.exec()
