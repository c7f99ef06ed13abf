"""The quote PDF's anchor: bare ReportLab, a ``SimpleDocTemplate`` holding the same 50-line
table (header repeated on every page, descriptions wrapped) in the same embedded DejaVu font,
to bytes. No letterhead, totals or page footer: only what any PDF of these lines must do."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from crmdesk.reports.fonts import fonts_folder

FONT = "BenchSans"
HEAD = ("#", "Description", "Unit", "Qty", "Unit price", "Disc.", "VAT", "Amount")
# description, unit, quantity in thousandths, unit price in đồng, discount in basis points, VAT %
Line = tuple[str, str, int, int, int, int]


@cache
def register_font() -> str:
    """DejaVu Sans and its bold, registered once (the window's quote does the same once)."""
    folder = fonts_folder()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(f"{FONT}-Bold", str(folder / "DejaVuSans-Bold.ttf")))
    return FONT


def _money(minor: int) -> str:
    return f"{minor:,}".replace(",", ".") + " ₫"


def table_pdf(lines: Sequence[Line]) -> bytes:
    """The lines as a one-table PDF."""
    font = register_font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.2, leading=10.5)
    rows: list[list[object]] = [list(HEAD)]
    for n, (text, unit, milli, price, discount, vat) in enumerate(lines, start=1):
        net = milli * price // 1000 * (10_000 - discount) // 10_000
        rows.append(
            [
                str(n),
                Paragraph(text, cell),
                unit,
                f"{milli / 1000:,.3f}".rstrip("0").rstrip("."),
                _money(price),
                f"{discount / 100:g}%" if discount else "",
                f"{vat}%",
                _money(net),
            ]
        )
    width = A4[0] - 32 * mm - 12
    shares = (0.058, 0.342, 0.06, 0.07, 0.14, 0.08, 0.08, 0.17)
    table = Table(rows, colWidths=[width * s for s in shares], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTNAME", (0, 0), (-1, 0), f"{font}-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 8.2),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
                ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d5dd")),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#d0d5dd")),
            ]
        )
    )
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm).build([table])
    return buffer.getvalue()
