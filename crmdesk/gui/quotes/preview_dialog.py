"""The print preview of a quote: it opens at once, the PDF is built and its pages drawn on a
worker, each page only when it is in view and at the screen's resolution times the zoom, so
it is sharp at every zoom. Print… goes to a printer; Save as PDF… writes the vector file."""

from __future__ import annotations

import time

from PySide6.QtCore import QSettings, QSizeF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import DomainError
from crmdesk.gui.formatting import plural
from crmdesk.gui.messages import error_text
from crmdesk.gui.quotes.page_renderer import PageRenderer
from crmdesk.gui.quotes.pdf_file import default_file_name, save_pdf
from crmdesk.gui.quotes.pdf_pages import print_pdf
from crmdesk.gui.quotes.preview_page import PreviewPage
from crmdesk.services import Services

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
FIT_WIDTH = 0.0  # the zoom box's "Fit width"
GAP = 12


class QuotePreview(QDialog):
    """Preview, print or save one quote; ``first_page_shown`` fires when page 1 is drawn."""

    first_page_shown = Signal(float)  # seconds since the preview was opened

    def __init__(
        self, services: Services, quote_id: int, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.opened = time.perf_counter()
        self.services, self.settings = services, settings
        self.quote = services.quotes.get(quote_id)
        self.document = services.quotes.document(quote_id)  # the database is read here, once
        self.data: bytes | None = None
        self.pages: list[PreviewPage] = []
        self.first_page_seconds: float | None = None
        self.setWindowTitle(self.tr("Print quote %1").replace("%1", self.quote.number))

        self.zoom_box = QComboBox()
        self.zoom_box.setObjectName("zoom")
        self.zoom_box.addItem(self.tr("Fit width"), FIT_WIDTH)
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{round(zoom * 100)} %", zoom)
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(1.0))
        self.zoom_box.currentIndexChanged.connect(lambda _i: self.apply_zoom())
        smaller, larger = QPushButton("−"), QPushButton("+")
        smaller.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        larger.setToolTip(self.tr("Zoom in (Ctrl++)"))
        smaller.clicked.connect(lambda: self.step_zoom(-1))
        larger.clicked.connect(lambda: self.step_zoom(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.step_zoom(-1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.step_zoom(1))
        self.status = QLabel(self.tr("Preparing the quote…"))
        self.status.setObjectName("previewStatus")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_now)
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        self.save_button.setToolTip(self.tr("The quote's own PDF file, sharp at any size"))
        self.save_button.clicked.connect(self.save_as_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        bar = QHBoxLayout()
        for widget in (smaller, self.zoom_box, larger, self.status):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, close):
            bar.addWidget(widget)

        self.sheet = QWidget()
        self.sheet.setObjectName("previewSheet")
        self.sheet.setStyleSheet("#previewSheet { background: #d0d5dd; }")
        self.column = QVBoxLayout(self.sheet)
        self.column.setSpacing(GAP)
        self.column.setContentsMargins(GAP, GAP, GAP, GAP)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.sheet)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(900, screen.width() - 80), min(1000, screen.height() - 80))

        document = self.document
        services.quotes.prepare_rendering()  # no first import on the worker (see there)
        self.renderer = PageRenderer(lambda: services.quotes.render(document), self)
        self.renderer.signals.pdf_built.connect(self.show_pages)
        self.renderer.signals.pdf_failed.connect(self.show_failure)
        self.renderer.signals.page_rendered.connect(self.take_page)

    # -- pages -----------------------------------------------------------------------------------

    @Slot(bytes, list)
    def show_pages(self, data: bytes, sizes: list[QSizeF]) -> None:
        """The PDF is built: lay out its pages (each asks for its image once painted)."""
        self.data = data
        for index, points in enumerate(sizes):
            page = PreviewPage(index, points, self.sheet)
            page.wanted.connect(self.renderer.request)
            self.column.addWidget(page)
            self.pages.append(page)
        count = len(sizes)
        self.status.setText(plural(count, self.tr("%1 page"), self.tr("%1 pages")))
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        self.apply_zoom()
        self.column.activate()  # pages in place before they paint: only those in view ask

    @Slot(str)
    def show_failure(self, reason: str) -> None:
        """The PDF could not be made: say so instead of pages."""
        self.status.setText(self.tr("The quote could not be prepared: %1").replace("%1", reason))

    @Slot(int, int, QImage)
    def take_page(self, index: int, generation: int, image: QImage) -> None:
        """A page's image arrived; keep it if it is for the present zoom."""
        if generation != self.renderer.generation or index >= len(self.pages):
            return
        self.pages[index].show_image(image)
        if index == 0 and self.first_page_seconds is None:
            self.first_page_seconds = time.perf_counter() - self.opened
            self.first_page_shown.emit(self.first_page_seconds)

    # -- zoom ------------------------------------------------------------------------------------

    def zoom(self) -> float:
        """The zoom in force (fit width worked out from the window's width)."""
        chosen = float(self.zoom_box.currentData())
        if chosen != FIT_WIDTH or not self.pages:
            return chosen or 1.0
        dpi = self.pages[0].logicalDpiX() or 96
        room = self.scroll_area.viewport().width() - 2 * GAP
        return max(0.1, room / (self.pages[0].points.width() * dpi / 72))

    def apply_zoom(self) -> None:
        """Resize every page for the zoom; visible ones are drawn again, sharp."""
        self.renderer.next_generation()
        zoom = self.zoom()
        for page in self.pages:
            page.set_zoom(zoom)

    def step_zoom(self, step: int) -> None:
        """The next zoom up or down the list."""
        current = self.zoom()
        steps = [z for z in ZOOMS if (z > current + 1e-6 if step > 0 else z < current - 1e-6)]
        if steps:
            target = steps[0] if step > 0 else steps[-1]
            self.zoom_box.setCurrentIndex(self.zoom_box.findData(target))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit width follows the window."""
        super().resizeEvent(event)
        if self.zoom_box.currentData() == FIT_WIDTH and self.pages:
            QTimer.singleShot(0, self.apply_zoom)

    # -- paper -----------------------------------------------------------------------------------

    @Slot()
    def print_now(self) -> None:
        """Choose a printer and print: "print to file" gets the vector PDF itself."""
        if self.data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.quote.number)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_pdf(self.data, printer)
        except (OSError, ValueError, DomainError) as error:
            self.status.setText(error_text(error))
        finally:
            QGuiApplication.restoreOverrideCursor()

    @Slot()
    def save_as_pdf(self) -> None:
        """Write the quote's own PDF (vector, small, sharp) where the user chooses."""
        if self.data is None:
            return
        name = default_file_name(self.quote, self.document.customer.name)
        path = save_pdf(self, self.data, name, self.settings, self.tr("Save quote as PDF"))
        if path is not None:
            self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def done(self, result: int) -> None:
        """Stop the worker before the window goes."""
        self.renderer.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing by the window's button stops the worker too."""
        self.renderer.stop()
        super().closeEvent(event)
