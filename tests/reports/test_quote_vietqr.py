"""The VietQR block of a VND quote, scanned back from the rendered page."""

from __future__ import annotations

import io

import pdfplumber

from crmdesk.domain.quote_math import quote_totals
from crmdesk.domain.vietqr import crc_is_right, parse_tlv, payment_request
from crmdesk.reports.quote_data import QuoteLineData
from crmdesk.reports.quote_pdf import quote_pdf
from crmdesk.reports.quote_style import MARGIN
from crmdesk.reports.quote_totals import QR_BLOCK
from tests.reports.qr import qr_payloads
from tests.reports.test_quote_pdf import document

LINES = [
    QuoteLineData("Phần mềm bán hàng POS", "bộ", 2000, 15_000_000, 500, 10),
    QuoteLineData("Đào tạo nhân viên tại chỗ", "buổi", 3000, 1_800_000, 0, 8),
]


def qr_block_box(page: pdfplumber.page.Page) -> tuple[float, float, float, float]:
    """The VietQR block: the box drawn around the title above the code, left of the totals."""
    [title] = [w for w in page.extract_words() if w["text"] in ("Quét", "Scan")]
    return (page.bbox[0], title["top"] - 10, MARGIN + 6 + QR_BLOCK, title["top"] + 120)


def test_a_vnd_quote_shows_a_qr_that_scans_to_its_grand_total() -> None:
    total = quote_totals(line.as_input() for line in LINES).grand_total
    request = payment_request(
        "970436", "0071001234567", "CONG TY TNHH DUC PHAT", total, "BG-2026-0007"
    )
    assert request is not None
    for language in ("vi", "en"):
        pdf = quote_pdf(document(LINES, language, payment=request))  # type: ignore[arg-type]
        [[payload]] = qr_payloads(pdf)
        assert payload == request.payload and crc_is_right(payload)
        fields = parse_tlv(payload)
        assert fields["54"] == str(total) == "37182000"
        assert parse_tlv(parse_tlv(fields["38"])["01"]) == {"00": "970436", "01": "0071001234567"}
        assert parse_tlv(fields["62"]) == {"08": "BG-2026-0007"}
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            page = doc.pages[0]
            block = page.crop(qr_block_box(page)).extract_text()
        text = " ".join(block.split())  # the block alone: its lines may wrap
        for fact in ("Vietcombank", "0071001234567", "CONG TY TNHH DUC PHAT", "37.182.000 ₫"):
            assert fact in text
        assert "BG-2026-0007" in text


def test_a_quote_without_a_payment_request_has_no_qr() -> None:
    assert qr_payloads(quote_pdf(document(LINES))) == [[]]
