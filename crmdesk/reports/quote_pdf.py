"""The quote as a PDF: letterhead, customer, lines (header on every page), totals by VAT rate,
the total in words, notes and terms, "Page x of y". Plain data in, bytes out."""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from crmdesk.domain.quote_math import line_amounts, quote_totals
from crmdesk.reports import text as t
from crmdesk.reports.fonts import fonts_folder
from crmdesk.reports.quote_data import QuoteDocument

FONT = "CRMDeskSans"
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
    f"{FONT}-Italic": "DejaVuSans-Oblique.ttf",
    f"{FONT}-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}
INK = colors.HexColor("#1d2939")
MUTED = colors.HexColor("#667085")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#d0d5dd")
ZEBRA = colors.HexColor("#f5f7fa")
MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame's width inside its 6 pt padding on each side


@cache
def register_fonts() -> str:
    """Register the bundled Unicode family once; its name is the documents' only font."""
    folder = fonts_folder()
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=f"{FONT}-Bold",
        italic=f"{FONT}-Italic",
        boldItalic=f"{FONT}-BoldItalic",
    )
    return FONT


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "base", fontName=FONT, bulletFontName=FONT, fontSize=8.8, leading=11.5, textColor=INK
    )
    return {
        "base": base,
        "small": ParagraphStyle("small", base, fontSize=7.8, leading=10, textColor=MUTED),
        "company": ParagraphStyle(
            "company", base, fontName=f"{FONT}-Bold", fontSize=13, leading=16, textColor=ACCENT
        ),
        "title": ParagraphStyle(
            "title",
            base,
            fontName=f"{FONT}-Bold",
            fontSize=18,
            leading=22,
            alignment=TA_RIGHT,
            textColor=ACCENT,
        ),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
        "head": ParagraphStyle(
            "head", base, fontName=f"{FONT}-Bold", fontSize=8, leading=10, textColor=colors.white
        ),
        "head_right": ParagraphStyle(
            "head_right",
            base,
            fontName=f"{FONT}-Bold",
            fontSize=8,
            leading=10,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "cell": ParagraphStyle("cell", base, fontSize=8.2, leading=10.5),
        "cell_right": ParagraphStyle(
            "cell_right", base, fontSize=8.2, leading=10.5, alignment=TA_RIGHT
        ),
        "total": ParagraphStyle(
            "total", base, fontName=f"{FONT}-Bold", fontSize=10.5, leading=13, alignment=TA_RIGHT
        ),
        "section": ParagraphStyle(
            "section", base, fontName=f"{FONT}-Bold", spaceBefore=6, textColor=ACCENT
        ),
    }


class _NumberedCanvas(Canvas):
    """Holds pages back until the end, so each footer can say "Page x of y"."""

    footer: tuple[str, str, str] = ("", "", "")  # left text, page pattern, language

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        """Keep the page's state for now."""
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw every footer with the page count, then write the file."""
        left, pattern, _language = self.footer
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.line(MARGIN + 6, 12 * mm, A4[0] - MARGIN - 6, 12 * mm)
            self.drawString(MARGIN + 6, 8 * mm, left)
            label = pattern.format(page=number, pages=len(self._pages))
            self.drawRightString(A4[0] - MARGIN - 6, 8 * mm, label)
            super().showPage()
        super().save()


def _letterhead(doc: QuoteDocument, s: dict[str, ParagraphStyle]) -> Table:
    c, lab = doc.company, t.labels(doc.language)
    details = [t.para(c.address)] if c.address else []
    if c.tax_code:
        details.append(f"{lab['tax_code']}: {t.para(c.tax_code)}")
    contact = " · ".join(t.para(x) for x in (c.phone, c.email, c.website) if x)
    if contact:
        details.append(contact)
    if c.bank_account:
        details.append(f"{lab['bank']}: {t.para(c.bank_account)}")
    left: list[Any] = []
    if c.logo:
        reader = ImageReader(io.BytesIO(c.logo))
        width, height = reader.getSize()
        scale = min(42 * mm / width, 18 * mm / height)
        left.append(Image(io.BytesIO(c.logo), width * scale, height * scale, hAlign="LEFT"))
        left.append(Spacer(1, 2 * mm))
    left.append(Paragraph(t.para(c.name), s["company"]))
    left += [Paragraph(d, s["small"]) for d in details]
    number = f"{lab['number']}: <b>{t.para(doc.number)}</b>"
    if doc.revision > 1:
        number += f" · {lab['revision']} {doc.revision}"
    right = [
        Paragraph(lab["title"], s["title"]),
        Paragraph(number, s["right"]),
        Paragraph(f"{lab['issued']}: {t.day(doc.issued_on, doc.language)}", s["right"]),
        Paragraph(f"{lab['valid_until']}: {t.day(doc.valid_until, doc.language)}", s["right"]),
    ]
    width = WIDTH
    table = Table([[left, right]], colWidths=[width * 0.6, width * 0.4])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _customer(doc: QuoteDocument, s: dict[str, ParagraphStyle]) -> list[Any]:
    c, lab = doc.customer, t.labels(doc.language)
    rows = [f"{lab['customer']}: <b>{t.para(c.name)}</b>"]
    if c.contact:
        rows.append(f"{lab['contact']}: {t.para(c.contact)}")
    if c.address:
        rows.append(t.para(c.address))
    if c.tax_code:
        rows.append(f"{lab['tax_code']}: {t.para(c.tax_code)}")
    reach = " · ".join(t.para(x) for x in (c.phone, c.email) if x)
    if reach:
        rows.append(reach)
    if doc.subject:
        rows.append(f"{lab['subject']}: {t.para(doc.subject)}")
    return [Spacer(1, 4 * mm), *(Paragraph(r, s["base"]) for r in rows), Spacer(1, 4 * mm)]


SHARES = (0.058, 0.342, 0.06, 0.07, 0.14, 0.08, 0.08, 0.17)
PADDING = 8  # left and right cell padding together


def _column_widths(rows: list[list[str]]) -> list[float]:
    """The usual shares, widened where an amount would not fit on one line (from the
    description column, which wraps)."""
    widths = [WIDTH * share for share in SHARES]
    for column in (3, 4, 7):
        widest = max((pdfmetrics.stringWidth(r[column], FONT, 8.2) for r in rows), default=0)
        widths[column] = max(widths[column], widest + PADDING + 2)
    widths[1] = WIDTH - sum(widths) + widths[1]
    return widths


def _lines(doc: QuoteDocument, s: dict[str, ParagraphStyle]) -> Table:
    lab, lang, cur = t.labels(doc.language), doc.language, doc.currency
    heads = ["no", "description", "unit", "quantity", "unit_price", "discount", "vat", "amount"]
    rows: list[list[Any]] = [
        [
            Paragraph(lab[h], s["head"] if i in (0, 1, 2) else s["head_right"])
            for i, h in enumerate(heads)
        ]
    ]
    rows_text: list[list[str]] = []
    for n, line in enumerate(doc.lines, start=1):
        amounts = line_amounts(line.as_input())
        cells = [
            str(n),
            t.para(line.description),
            t.para(line.unit),
            t.quantity(line.quantity_milli, lang),
            t.money(line.unit_price_minor, cur, lang),
            t.percent(line.discount_bp, lang) if line.discount_bp else "",
            t.percent(line.vat_rate * 100, lang),
            t.money(amounts.net, cur, lang),
        ]
        rows_text.append(cells)
        rows.append(
            [
                Paragraph(text, s["cell"] if i in (1, 2) else s["cell_right"] if i else s["cell"])
                for i, text in enumerate(cells)
            ]
        )
    table = Table(rows, colWidths=_column_widths(rows_text), repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def _totals(doc: QuoteDocument, s: dict[str, ParagraphStyle]) -> list[Any]:
    lab, lang, cur = t.labels(doc.language), doc.language, doc.currency
    totals = quote_totals(line.as_input() for line in doc.lines)
    rows = [[lab["subtotal"], t.money(totals.subtotal, cur, lang)]]
    if totals.discount:
        rows.append([lab["discount_total"], "−" + t.money(totals.discount, cur, lang)])
        rows.append([lab["net"], t.money(totals.net, cur, lang)])
    for bucket in totals.vat_buckets:
        base = t.money(bucket.net, cur, lang)
        rows.append(
            [lab["vat_line"].format(rate=bucket.rate, base=base), t.money(bucket.vat, cur, lang)]
        )
    body = [[Paragraph(a, s["right"]), Paragraph(b, s["right"])] for a, b in rows]
    body.append(
        [
            Paragraph(lab["grand_total"], s["total"]),
            Paragraph(t.money(totals.grand_total, cur, lang), s["total"]),
        ]
    )
    width = WIDTH
    figures = [t.money(totals.grand_total, cur, lang), *(b for _, b in rows)]
    widest = max(pdfmetrics.stringWidth(f, f"{FONT}-Bold", 10.5) for f in figures) + PADDING + 4
    table = Table(body, colWidths=[width * 0.44, max(width * 0.2, widest)], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEABOVE", (0, len(body) - 1), (-1, len(body) - 1), 0.8, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    words = t.amount_in_words(totals.grand_total, cur, lang)
    return [
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                table,
                Spacer(1, 2 * mm),
                Paragraph(f"<i>{lab['in_words']}: {t.para(words)}.</i>", s["base"]),
            ]
        ),
    ]


def quote_pdf(doc: QuoteDocument, *, invariant: bool = False) -> bytes:
    """The quote as PDF bytes; ``invariant`` gives identical bytes for identical input."""
    register_fonts()
    s = _styles()
    lab = t.labels(doc.language)
    story: list[Any] = [_letterhead(doc, s), *_customer(doc, s), _lines(doc, s), *_totals(doc, s)]
    for key, value in (("notes", doc.notes), ("terms", doc.terms)):
        if value:
            story += [Paragraph(lab[key], s["section"]), Paragraph(t.para(value), s["base"])]
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=f"{lab['title'].capitalize()} {doc.number}",
        author=doc.company.name,
        creator="CRM Desk",
        invariant=int(invariant),
        initialFontName=FONT,
        initialFontSize=9,
    )

    class Pages(_NumberedCanvas):
        footer = (f"{doc.company.name} · {doc.number}", lab["page"], doc.language)

    pdf.build(story, canvasmaker=Pages)
    return buffer.getvalue()
