"""The quote's totals by VAT rate, the grand total in words, and beside them the VietQR block
a Vietnamese customer scans to pay."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from crmdesk.domain.quote_math import quote_totals
from crmdesk.domain.vietqr import PaymentRequest
from crmdesk.reports import text as t
from crmdesk.reports.quote_data import QuoteDocument
from crmdesk.reports.quote_style import BOLD, FONT, INK, RULE, WIDTH

QR_SIZE = 32 * mm  # the code with its quiet zone: about 0.65 mm a module, easy for a phone
QR_BLOCK = 78 * mm
PAD = 4  # left and right padding of a totals cell
GAP = 4 * mm


def qr_drawing(payload: str, size: float = QR_SIZE) -> Drawing:
    """The payload as a QR code (error correction M, four modules of quiet zone), ``size``
    points square."""
    widget = QrCodeWidget(payload, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def vietqr_block(payment: PaymentRequest, language: str, s: dict[str, ParagraphStyle]) -> Table:
    """The QR code beside what it asks for: bank, account, holder, amount, transfer note."""
    lab = t.labels(language)
    facts = (
        ("qr_bank", payment.bank_name),
        ("qr_account", payment.account),
        ("qr_holder", payment.holder),
        ("qr_amount", t.money(payment.amount_dong, "VND")),
        ("qr_note", payment.note),
    )
    details = [Paragraph(f"{lab[key]}: <b>{t.para(value)}</b>", s["qr"]) for key, value in facts]
    table = Table(
        [[Paragraph(lab["qr_title"], s["qr_title"]), ""], [qr_drawing(payment.payload), details]],
        colWidths=[QR_SIZE + 2 * mm, QR_BLOCK - QR_SIZE - 2 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("SPAN", (0, 0), (1, 0)),
                ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 1 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
                ("LEFTPADDING", (0, 0), (0, 0), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
            ]
        )
    )
    return table


def _totals_table(doc: QuoteDocument, s: dict[str, ParagraphStyle], width: float) -> Table:
    lab, cur = t.labels(doc.language), doc.currency
    totals = quote_totals(line.as_input() for line in doc.lines)
    rows = [[lab["subtotal"], t.money(totals.subtotal, cur)]]
    if totals.discount:
        rows.append([lab["discount_total"], "−" + t.money(totals.discount, cur)])
        rows.append([lab["net"], t.money(totals.net, cur)])
    for bucket in totals.vat_buckets:
        base = t.money(bucket.net, cur)
        rows.append([lab["vat_line"].format(rate=bucket.rate, base=base), t.money(bucket.vat, cur)])
    grand = t.money(totals.grand_total, cur)
    body = [[Paragraph(t.para(a), s["right"]), Paragraph(b, s["right"])] for a, b in rows]
    body.append([Paragraph(lab["grand_total"], s["total"]), Paragraph(grand, s["total"])])
    size = s["right"].fontSize
    figure_width = max(
        stringWidth(grand, BOLD, 10.5), *(stringWidth(b, FONT, size) for _, b in rows)
    ) + (2 * PAD + 2)
    label_width = max(
        stringWidth(lab["grand_total"], BOLD, 10.5), *(stringWidth(a, FONT, size) for a, _ in rows)
    ) + (2 * PAD + 2)
    figure_width = min(figure_width, width * 0.6)
    label_width = min(max(label_width, width * 0.4), width - figure_width)  # wraps past that
    table = Table(body, colWidths=[label_width, figure_width], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEABOVE", (0, len(body) - 1), (-1, len(body) - 1), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def totals_story(doc: QuoteDocument, s: dict[str, ParagraphStyle]) -> list[Any]:
    """Totals (with the VietQR block on their left when the quote has one) and the total in
    words, kept together on one page."""
    lab = t.labels(doc.language)
    totals = quote_totals(line.as_input() for line in doc.lines)
    words = t.amount_in_words(totals.grand_total, doc.currency, doc.language)
    in_words = Paragraph(f"<i>{lab['in_words']}: {t.para(words)}.</i>", s["base"])
    if doc.payment is None:
        block: Any = _totals_table(doc, s, WIDTH * 0.8)
    else:
        right = WIDTH - QR_BLOCK - GAP
        block = Table(
            [[vietqr_block(doc.payment, doc.language, s), "", _totals_table(doc, s, right)]],
            colWidths=[QR_BLOCK, GAP, right],
        )
        block.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
    return [Spacer(1, 3 * mm), KeepTogether([block, Spacer(1, 2 * mm), in_words])]
