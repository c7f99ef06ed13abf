"""Printing and exporting a quote: the same PDF pages, rendered at the printer's resolution."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSettings, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crmdesk.domain.entities import Quote
from crmdesk.files import write_atomic
from crmdesk.services import Services

EXPORT_FOLDER_KEY = "quotes/export_folder"

translate = QCoreApplication.translate


def load_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QtPdf document over PDF bytes (keep the buffer alive as long as the document)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError("The quote's PDF could not be read back for printing.")
    return document, buffer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF, each scaled to the printer's page; returns pages printed."""
    document, _buffer = load_pdf(data)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            scale = min(target.width() / size.width(), target.height() / size.height())
            pixels = QSize(round(size.width() * scale), round(size.height() * scale))
            image = document.render(index, pixels)
            painter.drawImage(QRect(0, 0, pixels.width(), pixels.height()), image)
    finally:
        painter.end()
    return document.pageCount()


def default_file_name(quote: Quote, customer: str) -> str:
    """``BG-2026-0001 - Hoa Sen.pdf`` (revision added after the first), safe on every system."""
    revision = f" rev {quote.revision}" if quote.revision > 1 else ""
    name = f"{quote.number}{revision} - {customer}".strip(" -")
    return re.sub(r'[\\/:*?"<>|]+', "_", name)[:120] + ".pdf"


def export_pdf(
    parent: QWidget, services: Services, quote_id: int, settings: QSettings
) -> Path | None:
    """Ask where to save the quote's PDF (remembering the folder) and write it."""
    quote = services.quotes.get(quote_id)
    document = services.quotes.document(quote_id)
    folder = settings.value(EXPORT_FOLDER_KEY, str(Path.home()))
    suggested = str(Path(str(folder)) / default_file_name(quote, document.customer.name))
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("QuotePrinting", "Export quote as PDF"),
        suggested,
        translate("QuotePrinting", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    try:
        write_atomic(path, services.quotes.pdf(quote_id))  # the old file stays until it is whole
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("QuotePrinting", "Export quote"),
            translate("QuotePrinting", "The PDF could not be written: %1").replace(
                "%1", error.strerror or str(error)
            ),
        )
        return None
    settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
    return path


def print_quote(parent: QWidget, services: Services, quote_id: int) -> None:
    """Print the quote, after a preview."""
    data = services.quotes.pdf(quote_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(translate("QuotePrinting", "Print quote"))
    preview.paintRequested.connect(lambda p: print_pdf(data, p))
    preview.exec()
