"""The quote's lines table: columns sized from their content with the font's metrics.

A number, a price, a percentage or a unit never wraps: its column is as wide as its widest
text. The description takes the rest and wraps at word boundaries; a long one is cut into rows
of a few lines each, so the table can break between them and a description longer than a page
runs on over the next. When the figures are so wide that the description would be squeezed,
the table's text shrinks (down to ``MIN_SCALE``) instead of breaking a figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from crmdesk.domain.quote_math import line_amounts
from crmdesk.reports import text as t
from crmdesk.reports.quote_data import QuoteDocument
from crmdesk.reports.quote_style import (
    ACCENT,
    BOLD,
    CELL_PADDING,
    CELL_SIZE,
    FONT,
    HEAD_SIZE,
    RULE,
    WIDTH,
    ZEBRA,
    styles,
)

HEADS = ("no", "description", "unit", "quantity", "unit_price", "discount", "vat", "amount")
DESCRIPTION, UNIT = 1, 2
MIN_DESCRIPTION = 0.3 * WIDTH
MIN_SCALE = 0.55
LINES_PER_ROW = 6  # a description is cut into rows of this many lines
SLACK = 1.0  # points beyond the measured text, so rounding never wraps a figure


@dataclass(frozen=True, slots=True)
class Layout:
    """Column widths and the scale of the table's text."""

    widths: tuple[float, ...]
    scale: float


def _text_widths(heads: list[str], rows: list[list[str]]) -> list[float]:
    """At full size: for each column but the description, the widest of its cells and of the
    words of its heading (a heading may wrap between words, never inside one)."""
    widths = []
    for i, head in enumerate(heads):
        if i == DESCRIPTION:
            widths.append(0.0)
            continue
        words = max((stringWidth(w, BOLD, HEAD_SIZE) for w in head.split()), default=0.0)
        cells = max((stringWidth(r[i], FONT, CELL_SIZE) for r in rows), default=0.0)
        widths.append(max(words, cells))
    return widths


def layout(heads: list[str], rows: list[list[str]]) -> Layout:
    """Column widths that fit ``WIDTH``: every figure on one line, the description the rest."""
    text = _text_widths(heads, rows)
    padding = (len(heads) - 1) * (2 * CELL_PADDING + SLACK)
    room = WIDTH - MIN_DESCRIPTION - padding
    total = sum(text)
    scale = 1.0 if total <= room else max(MIN_SCALE, room / total)
    widths = [w * scale + 2 * CELL_PADDING + SLACK if w else 0.0 for w in text]
    others = sum(widths)
    if others > WIDTH - MIN_DESCRIPTION:  # past every bound the domain sets: squeeze, never fail
        squeeze = (WIDTH - MIN_DESCRIPTION) / others
        widths = [w * squeeze for w in widths]
        others = WIDTH - MIN_DESCRIPTION
    widths[DESCRIPTION] = WIDTH - others
    return Layout(tuple(widths), scale)


def _pieces(paragraph: Paragraph, width: float) -> list[Paragraph]:
    """The paragraph cut into pieces of at most ``LINES_PER_ROW`` lines."""
    limit = paragraph.style.leading * LINES_PER_ROW + 0.5
    pieces: list[Paragraph] = []
    while True:
        _, height = paragraph.wrap(width, 10**9)
        if height <= limit:
            return [*pieces, paragraph]
        parts = paragraph.split(width, limit)
        if len(parts) < 2:
            return [*pieces, paragraph]
        first, rest = parts[0], parts[1]
        assert isinstance(first, Paragraph) and isinstance(rest, Paragraph)  # split keeps the kind
        pieces.append(first)
        paragraph = rest


def cell_texts(doc: QuoteDocument) -> list[list[str]]:
    """Each line's cells as printed text (not yet escaped for a paragraph)."""
    lang, cur = doc.language, doc.currency
    rows = []
    for n, line in enumerate(doc.lines, start=1):
        amounts = line_amounts(line.as_input())
        rows.append(
            [
                str(n),
                line.description,
                " ".join(line.unit.split()),  # a unit is one line
                t.quantity(line.quantity_milli, lang),
                t.money(line.unit_price_minor, cur),
                t.percent(line.discount_bp, lang) if line.discount_bp else "",
                t.percent(line.vat_rate * 100, lang),
                t.money(amounts.net, cur),
            ]
        )
    return rows


def lines_table(doc: QuoteDocument) -> Table:
    """The lines, header row repeated on every page."""
    lab = t.labels(doc.language)
    heads = [lab[h] for h in HEADS]
    texts = cell_texts(doc)
    shape = layout(heads, texts)
    s = styles(shape.scale)
    rows: list[list[Any]] = [
        [Paragraph(h, s["head"] if i <= UNIT else s["head_right"]) for i, h in enumerate(heads)]
    ]
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEAFTER", (0, 0), (-2, -1), 0.25, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    description_width = shape.widths[DESCRIPTION] - 2 * CELL_PADDING
    for n, cells in enumerate(texts):
        pieces = _pieces(Paragraph(t.para(cells[DESCRIPTION]), s["cell"]), description_width)
        first = len(rows)
        row: list[Any] = []
        for i, text in enumerate(cells):
            if i == DESCRIPTION:
                row.append(pieces[0])
            else:
                row.append(Paragraph(t.para(text), s["cell_nowrap"] if i < 3 else s["cell_right"]))
        rows.append(row)
        rows += [["", piece, "", "", "", "", "", ""] for piece in pieces[1:]]
        last = len(rows) - 1
        style.append(("LINEBELOW", (0, last), (-1, last), 0.25, RULE))
        if last > first:  # one line of the quote over several rows: no gap between them
            style.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
            style.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
        if n % 2:
            style.append(("BACKGROUND", (0, first), (-1, last), ZEBRA))
    table = Table(rows, colWidths=list(shape.widths), repeatRows=1)
    table.setStyle(TableStyle(style))
    return table
