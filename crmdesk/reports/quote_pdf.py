"""The quote as a PDF: letterhead, customer, lines (header on every page), totals by VAT rate
with the VietQR block of a VND quote, the total in words, notes and terms, "Page x of y".
Plain data in, bytes out."""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from crmdesk.reports import text as t
from crmdesk.reports.fonts import fonts_folder
from crmdesk.reports.quote_data import QuoteDocument
from crmdesk.reports.quote_lines import lines_table
from crmdesk.reports.quote_style import ACCENT, FONT, MARGIN, MUTED, RULE, WIDTH, styles
from crmdesk.reports.quote_totals import totals_story

FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
    f"{FONT}-Italic": "DejaVuSans-Oblique.ttf",
    f"{FONT}-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}


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


class _NumberedCanvas(Canvas):
    """Holds pages back until the end, so each footer can say "Page x of y"."""

    footer: tuple[str, str, str] = ("", "", "")  # left text, page pattern, language

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        """Keep the page's state for now."""
        self._pages.append(dict(self.__dict__))
        # ReportLab's own showPage calls it; types-reportlab omits it.
        self._startPage()  # type: ignore[attr-defined]

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
        logo_width, logo_height = reader.getSize()
        scale = min(42 * mm / logo_width, 18 * mm / logo_height)
        left.append(
            Image(io.BytesIO(c.logo), logo_width * scale, logo_height * scale, hAlign="LEFT")
        )
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


def quote_pdf(doc: QuoteDocument, *, invariant: bool = False) -> bytes:
    """The quote as PDF bytes; ``invariant`` gives identical bytes for identical input."""
    register_fonts()
    s = styles()
    lab = t.labels(doc.language)
    story: list[Any] = [
        _letterhead(doc, s),
        *_customer(doc, s),
        lines_table(doc),
        *totals_story(doc, s),
    ]
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
