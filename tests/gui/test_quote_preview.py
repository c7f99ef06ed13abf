"""The print preview: pages drawn on a worker, only those in view, sharp at every zoom; Save as
PDF and a PDF printer get the vector file; a real printer gets at most 600 dpi."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from crmdesk.gui.quotes.pdf_pages import MAX_PRINT_DPI, print_pdf
from crmdesk.gui.quotes.preview_dialog import QuotePreview
from crmdesk.services import LineSpec, Services
from tests.integration.helpers import make_opportunity


def three_page_quote(services: Services) -> int:
    deal = make_opportunity(services)
    lines = [
        LineSpec(f"Phần mềm quản lý tài chính {n}", "tháng", 1000, 1_500_000) for n in range(99)
    ]
    return services.quotes.create(deal.id, lines).id


def open_preview(qtbot: QtBot, services: Services, tmp_path: Path) -> QuotePreview:
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    preview = QuotePreview(services, three_page_quote(services), settings)
    qtbot.addWidget(preview)
    preview.resize(900, 700)
    preview.show()
    qtbot.waitUntil(lambda: preview.first_page_seconds is not None, timeout=10_000)
    return preview


def test_the_preview_draws_the_first_page_and_leaves_pages_out_of_view_for_later(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    preview = open_preview(qtbot, services, tmp_path)
    assert len(preview.pages) == 3 and preview.status.text() == "3 pages"
    assert preview.pages[0].sharp()
    qtbot.wait(300)  # time enough for any stray request to come back
    assert preview.pages[2].image is None  # not in view, never drawn
    preview.scroll_area.verticalScrollBar().setValue(
        preview.scroll_area.verticalScrollBar().maximum()
    )
    qtbot.waitUntil(preview.pages[2].sharp, timeout=5000)


def test_at_400_percent_the_visible_page_is_drawn_at_its_own_pixels(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    preview = open_preview(qtbot, services, tmp_path)
    small = preview.pages[0].image
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData(4.0))
    page = preview.pages[0]
    qtbot.waitUntil(page.sharp, timeout=5000)
    assert page.image is not None and small is not None
    assert page.image.width() == page.pixels().width() >= 4 * small.width() - 4
    assert page.pixels().width() == round(page.width() * page.devicePixelRatioF())


def test_save_as_pdf_writes_the_vector_file(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    preview = open_preview(qtbot, services, tmp_path)
    target = tmp_path / "báo giá.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview.save_button.click()
    assert target.read_bytes() == preview.data
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == 3 and "Phần mềm quản lý tài chính 0" in pdf.pages[0].extract_text()
        assert not pdf.pages[0].images  # text and lines, not a picture of them
    assert target.stat().st_size < 200_000


def test_closing_the_preview_ends_its_worker(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    preview = open_preview(qtbot, services, tmp_path)
    pool = preview.renderer.pool
    preview.reject()
    assert pool.activeThreadCount() == 0


def test_a_pdf_printer_gets_the_quote_file_itself(qapp, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = services.quotes.pdf(three_page_quote(services))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(data, printer) == 3
    assert (tmp_path / "printed.pdf").read_bytes() == data


def test_a_printer_is_given_pages_rasterized_at_no_more_than_600_dpi(
    qapp, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    deal = make_opportunity(services)
    data = services.quotes.pdf(services.quotes.create(deal.id, [LineSpec("POS", "bộ", 1000, 1)]).id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi here
    assert printer.resolution() > MAX_PRINT_DPI
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "raster.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(data, printer, vector=False) == 1  # as a real printer would be served
    [page] = PdfReader(out).pages
    bands = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
    assert all(band["/Subtype"] == "/Image" for band in bands) and len(bands) > 1
    dpi = max(int(band["/Width"]) for band in bands) / (float(page.mediabox.width) / 72)
    assert 0.9 * MAX_PRINT_DPI <= dpi <= MAX_PRINT_DPI + 1, dpi
    assert sum(int(band["/Height"]) for band in bands) <= 11.7 * MAX_PRINT_DPI
