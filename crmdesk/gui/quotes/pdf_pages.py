"""A quote's own PDF pages, read with QtPdf: for the preview and for the printer.

A printer that writes a PDF file gets the vector PDF itself, byte for byte; a real printer gets
the pages rasterized at its resolution, but never above ``MAX_PRINT_DPI``, in bands so a page
never needs one huge image.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from crmdesk.files import write_atomic

MAX_PRINT_DPI = 600
BAND_ROWS = 1024  # pixel rows rendered at a time for the printer


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


def print_dpi(printer: QPrinter) -> int:
    """The resolution pages are rasterized at for this printer: its own, at most 600 dpi."""
    return min(printer.resolution(), MAX_PRINT_DPI)


def writes_pdf_file(printer: QPrinter) -> bool:
    """Whether the printer is "print to PDF file" (it then gets the vector file itself)."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(
        printer.outputFileName()
    )


def print_pdf(data: bytes, printer: QPrinter, *, vector: bool = True) -> int:
    """Print every page of the PDF; returns the pages printed. To a PDF file (and ``vector``)
    the quote's own file is written; otherwise each page is rasterized at ``print_dpi``."""
    document, buffer = load_pdf(data)
    try:
        pages = document.pageCount()
        if vector and writes_pdf_file(printer):
            write_atomic(Path(printer.outputFileName()), data)
            return pages
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(False)
        printer.setResolution(print_dpi(printer))
        _raster(document, printer)
        return pages
    finally:
        document.close()
        buffer.close()


def _raster(document: QPdfDocument, printer: QPrinter) -> None:
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
            full = QSize(round(size.width() * scale), round(size.height() * scale))
            for top in range(0, full.height(), BAND_ROWS):
                band = QRect(0, top, full.width(), min(BAND_ROWS, full.height() - top))
                options = QPdfDocumentRenderOptions()
                options.setScaledSize(full)
                options.setScaledClipRect(band)
                image = document.render(index, band.size(), options)
                painter.drawImage(band, image)
    finally:
        painter.end()
