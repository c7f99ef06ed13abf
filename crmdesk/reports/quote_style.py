"""The quote's look: its one font family, colours, page geometry and paragraph styles."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

FONT = "CRMDeskSans"
BOLD = f"{FONT}-Bold"
INK = colors.HexColor("#1d2939")
MUTED = colors.HexColor("#667085")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#d0d5dd")
ZEBRA = colors.HexColor("#f5f7fa")
MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame's width inside its 6 pt padding on each side
CELL_PADDING = 4  # left and right padding of a table cell, each
CELL_SIZE, CELL_LEADING = 8.2, 10.5
HEAD_SIZE, HEAD_LEADING = 8.0, 10.0


def styles(table_scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The paragraph styles; ``table_scale`` shrinks the lines table's text when its figures
    would otherwise leave the description no room."""
    base = ParagraphStyle(
        "base", fontName=FONT, bulletFontName=FONT, fontSize=8.8, leading=11.5, textColor=INK
    )
    cell_size, cell_leading = CELL_SIZE * table_scale, CELL_LEADING * table_scale
    head_size, head_leading = HEAD_SIZE * table_scale, HEAD_LEADING * table_scale
    head = ParagraphStyle(
        "head",
        base,
        fontName=BOLD,
        fontSize=head_size,
        leading=head_leading,
        textColor=colors.white,
        splitLongWords=0,
    )
    cell = ParagraphStyle("cell", base, fontSize=cell_size, leading=cell_leading)
    return {
        "base": base,
        "small": ParagraphStyle("small", base, fontSize=7.8, leading=10, textColor=MUTED),
        "company": ParagraphStyle(
            "company", base, fontName=BOLD, fontSize=13, leading=16, textColor=ACCENT
        ),
        "title": ParagraphStyle(
            "title",
            base,
            fontName=BOLD,
            fontSize=18,
            leading=22,
            alignment=TA_RIGHT,
            textColor=ACCENT,
        ),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
        "head": head,
        "head_right": ParagraphStyle("head_right", head, alignment=TA_RIGHT),
        "cell": cell,
        # A figure or a unit never wraps: its column is as wide as its widest text.
        "cell_nowrap": ParagraphStyle("cell_nowrap", cell, splitLongWords=0),
        "cell_right": ParagraphStyle("cell_right", cell, alignment=TA_RIGHT, splitLongWords=0),
        "total": ParagraphStyle(
            "total", base, fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_RIGHT
        ),
        "section": ParagraphStyle("section", base, fontName=BOLD, spaceBefore=6, textColor=ACCENT),
        "qr_title": ParagraphStyle(
            "qr_title", base, fontName=BOLD, fontSize=8.4, leading=10.5, textColor=ACCENT
        ),
        "qr": ParagraphStyle("qr", base, fontSize=7.8, leading=10),
    }
