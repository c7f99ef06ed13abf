"""The Insight report as a PDF: its charts drawn with reportlab.graphics from the same figures
as the window's, its tables, "Page x of y", in DejaVu Sans. Plain data in, bytes out."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from reportlab.graphics import shapes
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from crmdesk.domain.money import CURRENCY_EXPONENTS
from crmdesk.reports import text as t
from crmdesk.reports.insight_data import Amount, Bars, Cell, Days, InsightDocument, Share
from crmdesk.reports.quote_pdf import FONT, register_fonts

INK = colors.HexColor("#1d2939")
MUTED = colors.HexColor("#667085")
RULE = colors.HexColor("#d0d5dd")
ZEBRA = colors.HexColor("#f5f7fa")
MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN - 12


def cell_text(cell: Cell, language: str) -> str:
    """A cell as printed."""
    if cell is None:
        return "—"
    if isinstance(cell, Amount):
        return t.money(cell.minor, cell.currency)  # the currency's convention in any language
    if isinstance(cell, Share):
        if cell.value is None:
            return "—"
        return t.number(Decimal(str(round(cell.value * 100))), 0, language) + "\u00a0%"
    if isinstance(cell, Days):
        if cell.value is None:
            return "—"
        places = 0 if float(cell.value).is_integer() else 1
        return t.number(Decimal(str(cell.value)), places, language)
    if isinstance(cell, int):
        return t.number(cell, 0, language)
    return str(cell)


def compact_money(value: float, currency: str, language: str) -> str:
    """An axis label: ``1,2 tỷ ₫`` / ``1.2 B ₫``, or the plain amount below a million."""
    major = Decimal(str(value)).scaleb(-CURRENCY_EXPONENTS.get(currency, 0))
    symbol = t.SYMBOLS.get(currency, currency)
    units = (
        ((Decimal(10) ** 9, "tỷ"), (Decimal(10) ** 6, "tr")) if language == "vi"
        else ((Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"))
    )  # fmt: skip
    for scale, word in units:
        if abs(major) >= scale:
            return f"{t.number(major / scale, 1, language)}\u00a0{word}\u00a0{symbol}"
    return f"{t.number(major, 0, language)}\u00a0{symbol}"


def bar_drawing(bars: Bars, language: str, width: float, height: float) -> Drawing:
    """The chart: stacked bars, value axis ticks, category labels and the target line."""
    register_fonts()
    # A drawing starts in the library's default font (Helvetica, which has no Vietnamese and
    # would be named in the file): start it in ours.
    shapes.STATE_DEFAULTS["fontName"] = FONT
    d = Drawing(width, height)
    n = max(1, len(bars.categories))
    totals = [sum(s[1][i] for s in bars.series) for i in range(len(bars.categories))]
    high = max([*totals, bars.target or 0.0, 1.0]) * 1.08

    def label(v: float) -> str:
        if bars.currency:
            return compact_money(v, bars.currency, language)
        return t.number(Decimal(round(v)), 0, language)

    size = 6.5
    if bars.horizontal:
        left = min(width * 0.38, max(stringWidth(c, FONT, size) for c in bars.categories) + 8
                   if bars.categories else 20)  # fmt: skip
        plot_w, plot_h, x0, y0 = width - left - 8, height - 16, left, 12
        step = plot_h / n
        for i, category in enumerate(bars.categories):
            y = y0 + plot_h - (i + 1) * step + step * 0.2
            d.add(String(x0 - 4, y + step * 0.2, category, fontName=FONT, fontSize=size,
                         textAnchor="end", fillColor=INK))  # fmt: skip
            start = 0.0
            for _name, values, colour in bars.series:
                w = values[i] / high * plot_w
                if w > 0:
                    d.add(_box(x0 + start, y, w, step * 0.6, colour))
                start += w
            d.add(String(x0 + start + 3, y + step * 0.2, label(totals[i]), fontName=FONT,
                         fontSize=size, fillColor=MUTED))  # fmt: skip
        d.add(Line(x0, y0, x0, y0 + plot_h, strokeColor=RULE))
        return d
    left = 44.0
    plot_w, plot_h, x0, y0 = width - left - 4, height - 24, left, 16
    for k in range(5):
        v = high / 1.08 * k / 4
        y = y0 + v / high * plot_h
        d.add(Line(x0, y, x0 + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        d.add(String(x0 - 3, y - 2, label(v), fontName=FONT, fontSize=size - 0.5,
                     textAnchor="end", fillColor=MUTED))  # fmt: skip
    step = plot_w / n
    for i, category in enumerate(bars.categories):
        x = x0 + i * step + step * 0.18
        base = 0.0
        for _name, values, colour in bars.series:
            h = values[i] / high * plot_h
            if h > 0:
                d.add(_box(x, y0 + base, step * 0.64, h, colour))
            base += h
        d.add(String(x + step * 0.32, y0 - 9, category, fontName=FONT, fontSize=size,
                     textAnchor="middle", fillColor=INK))  # fmt: skip
    if bars.target:
        y = y0 + bars.target / high * plot_h
        d.add(Line(x0, y, x0 + plot_w, y, strokeColor=colors.HexColor("#c0392b"),
                   strokeWidth=1.2, strokeDashArray=[4, 3]))  # fmt: skip
        d.add(String(x0 + plot_w, y + 2, bars.target_label, fontName=FONT, fontSize=size,
                     textAnchor="end", fillColor=colors.HexColor("#c0392b")))  # fmt: skip
    legend_x = x0
    for name, _values, colour in bars.series:
        d.add(_box(legend_x, height - 7, 6, 6, colour))
        d.add(String(legend_x + 8, height - 6.5, name, fontName=FONT, fontSize=size,
                     fillColor=INK))  # fmt: skip
        legend_x += 14 + stringWidth(name, FONT, size)
    return d


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=11, textColor=INK)
    return {
        "base": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=f"{FONT}-Bold", fontSize=15, leading=19
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, textColor=MUTED),
        "headline": ParagraphStyle(
            "headline",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=4,
        ),
        "section": ParagraphStyle(
            "section",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.5),
        "right": ParagraphStyle("right", parent=base, fontSize=7.5, leading=9.5, alignment=2),
        "head_right": ParagraphStyle(
            "head_right",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=7.5,
            leading=9.5,
            alignment=2,
        ),
        "head": ParagraphStyle(
            "head", parent=base, fontName=f"{FONT}-Bold", fontSize=7.5, leading=9.5
        ),
    }


def _box(x: float, y: float, width: float, height: float, colour: str) -> Rect:
    """A rectangle filled with ``colour``, without an outline."""
    box = Rect(x, y, width, height)  # colours set after: the stubs mistype Rect's **kw
    box.fillColor = colors.HexColor(colour)
    box.strokeColor = None
    return box


def _table(rows: list[list[Any]], numeric: set[int]) -> Table:
    table = Table(rows, repeatRows=1, hAlign="LEFT")  # cells are Paragraphs in DejaVu
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for column in numeric:
        style.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    for r in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    table.setStyle(TableStyle(style))
    return table


def insight_pdf(doc: InsightDocument) -> bytes:
    """The report's PDF bytes."""
    register_fonts()
    s = _styles()
    lang = doc.language
    story: list[Any] = [
        Paragraph(t.para(doc.title), s["title"]),
        Paragraph(t.para(doc.subtitle), s["subtitle"]),
        Paragraph(t.para(doc.headline), s["headline"]),
    ]
    for section in doc.sections:
        block: list[Any] = [Paragraph(t.para(section.title), s["section"])]
        charts = list(section.charts)
        while charts:
            row, charts = charts[:2], charts[2:]
            if len(row) == 1 and not row[0].horizontal:
                block.append(bar_drawing(row[0], lang, WIDTH, 62 * mm))
            else:
                cells = []
                for bars in row:
                    cells.append([Paragraph(t.para(bars.title), s["cell"]),
                                  bar_drawing(bars, lang, WIDTH / 2 - 6, 48 * mm)])  # fmt: skip
                inner = [Table([[c[0]], [c[1]]], style=[("FONT", (0, 0), (-1, -1), FONT)])
                         for c in cells]  # fmt: skip
                block.append(Table([inner], colWidths=[WIDTH / 2] * len(inner), hAlign="LEFT",
                                   style=[("FONT", (0, 0), (-1, -1), FONT)]))  # fmt: skip
        for note in section.notes:
            block.append(Paragraph(t.para(note), s["base"]))
        story.append(KeepTogether(block))
        for table in section.tables:
            numeric = {
                i for i, c in enumerate(table.rows[0] if table.rows else ())
                if not isinstance(c, str) and c is not None
            }  # fmt: skip
            rows: list[list[Any]] = [
                [Paragraph(t.para(h), s["head_right" if i in numeric else "head"])
                 for i, h in enumerate(table.header)]
            ]  # fmt: skip
            rows += [
                [Paragraph(t.para(cell_text(c, lang)), s["right" if i in numeric else "cell"])
                 for i, c in enumerate(r)]
                for r in table.rows
            ]  # fmt: skip
            parts: list[Any] = []
            if table.title:
                parts.append(Paragraph(t.para(table.title), s["base"]))
            parts.append(_table(rows, numeric) if table.rows else Spacer(1, 2))
            story.append(KeepTogether(parts[:2]) if len(rows) < 30 else parts[0])
            if len(rows) >= 30:
                story.extend(parts[1:])
            story.append(Spacer(1, 6))
    buffer = io.BytesIO()
    label = doc.page_label

    class Pages(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            # as in quote_pdf: types-reportlab omits it
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(FONT, 7)
                self.setFillColor(MUTED)
                self.drawRightString(A4[0] - MARGIN, 9 * mm,
                                     label.format(page=number, pages=total))  # fmt: skip
                super().showPage()
            super().save()

    template = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=16 * mm, title=doc.title, author="CRM Desk", creator="CRM Desk",
        initialFontName=FONT, initialFontSize=9,
    )  # fmt: skip
    template.build(story, canvasmaker=Pages)
    return buffer.getvalue()
