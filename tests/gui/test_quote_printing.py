"""Printing renders the quote's own PDF pages: one printed page per quote page."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from crmdesk.domain.entities import Quote
from crmdesk.gui.quotes.printing import default_file_name, print_pdf
from crmdesk.services import LineSpec, Services
from tests.integration.helpers import make_opportunity


def test_printing_to_a_pdf_printer_gives_one_page_per_quote_page(
    qapp, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    deal = make_opportunity(services)
    lines = [LineSpec(f"Phần mềm quản lý tài chính {n}", "gói", 1000, 1_000_000) for n in range(90)]
    quote = services.quotes.create(deal.id, lines)
    data = services.quotes.pdf(quote.id)
    expected = len(PdfReader(io.BytesIO(data)).pages)
    assert expected >= 2
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # the page count is what counts
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(data, printer) == expected
    assert len(PdfReader(out).pages) == expected


def test_the_suggested_file_name_is_safe_and_names_the_customer() -> None:
    quote = Quote(1, 1, "BG-2026-0007", 2, "sent", "VND", "vi", None, None)  # type: ignore[arg-type]
    assert default_file_name(quote, "Công ty A/B: <Hoa Sen>") == (
        "BG-2026-0007 rev 2 - Công ty A_B_ _Hoa Sen_.pdf"
    )
