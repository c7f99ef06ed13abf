"""The quote PDF, read back: text (NFC, Vietnamese), tables, totals, words, fonts, escaping."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pdfplumber
import pytest
from pypdf import PdfReader

from crmdesk.reports.quote_data import Company, Customer, QuoteDocument, QuoteLineData
from crmdesk.reports.quote_pdf import quote_pdf

STANDARD_14 = {
    *(
        f"{face}{style}"
        for face in ("Courier", "Helvetica")
        for style in ("", "-Bold", "-Oblique", "-BoldOblique")
    ),
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}
SELLER = Company(
    "Công ty TNHH Thương mại Đức Phát",
    "12 Lý Thường Kiệt, Hà Nội",
    "0101234567",
    "024 3936 1234",
    "lienhe@ducphat.vn",
    "ducphat.vn",
    "0011004123456 – Vietcombank",
)
BUYER = Customer("Công ty Cổ phần Hoa Sen", "Trần Thị Hạnh", "45 Nguyễn Huệ, Quận 1")


def document(
    lines: list[QuoteLineData], language: str = "vi", currency: str = "VND", **extra: str
) -> QuoteDocument:
    return QuoteDocument(
        "BG-2026-0007",
        2,
        language,
        currency,
        date(2026, 11, 22),
        date(2026, 12, 22),
        SELLER,
        BUYER,
        tuple(lines),
        **extra,
    )


def pages_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document_:
        return [page.extract_text() or "" for page in document_.pages]


def product(n: int) -> QuoteLineData:
    return QuoteLineData(f"Phần mềm quản lý tài chính {n}", "gói", 1000, 10_000_000, 0, 10)


def test_vietnamese_text_comes_back_exactly_and_in_nfc() -> None:
    text = "\n".join(pages_text(quote_pdf(document([product(1)]))))
    assert text == unicodedata.normalize("NFC", text)
    for phrase in (
        "Công ty TNHH Thương mại Đức Phát",
        "Phần mềm quản lý tài chính 1",
        "BÁO GIÁ",
        "Trần Thị Hạnh",
        "Thuế GTGT 10% trên 10.000.000 ₫",
        "Trang 1/1",
    ):
        assert phrase in text


def test_a_long_quote_repeats_the_header_row_and_counts_its_pages() -> None:
    pdf = quote_pdf(document([product(n) for n in range(1, 121)]))
    texts = pages_text(pdf)
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Trang {number}/{len(texts)}" in text
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        first = doc.pages[0].extract_tables()
        second = doc.pages[1].extract_tables()
    header = [c.replace("\n", " ") if c else c for c in second[0][0]]
    assert header[:3] == ["STT", "Hàng hóa, dịch vụ", "ĐVT"] and header[-1] == "Thành tiền"
    rows = [r for t in first for r in t if r and r[0] and r[0].isdigit()]
    assert rows[0][1] == "Phần mềm quản lý tài chính 1"
    assert [c for c in rows[0][2:]] == ["gói", "1", "10.000.000 ₫", "", "10 %", "10.000.000 ₫"]
    all_numbers = [
        r[0]
        for page in pdfplumber.open(io.BytesIO(pdf)).pages
        for t in page.extract_tables()
        for r in t
        if r and r[0] and r[0].isdigit()
    ]
    assert all_numbers == [str(n) for n in range(1, 121)]  # every line, once, in order


def test_english_quote_uses_english_labels_and_words() -> None:
    line = QuoteLineData("CRM licence", "seat", 1500, 1999, 500, 10)  # 1.5 × $19.99, 5 % off
    text = "\n".join(pages_text(quote_pdf(document([line], "en", "USD"))))
    # gross 29.985 → $29.99; net 29.985 × 0.95 = 28.48575 → $28.49, so the discount is $1.50;
    # VAT 2.849 → $2.85; total 28.49 + 2.85 = $31.34
    for phrase in (
        "QUOTATION",
        "Page 1 of 1",
        "Subtotal $29.99",
        "Discount −$1.50",
        "VAT 10% on $28.49 $2.85",
        "Grand total $31.34",
        "Thirty-one US dollars and thirty-four cents",
    ):
        assert phrase in text


def test_hand_checked_totals_with_mixed_vat_discounts_decimals_and_a_huge_amount() -> None:
    lines = [
        QuoteLineData("A", "cái", 3000, 1_234_567, 1000, 10),  # 3 × 1.234.567, 10 % off
        QuoteLineData("B", "giờ", 2500, 1_000_001, 0, 8),  # 2,5 × 1.000.001
        QuoteLineData("C", "gói", 1000, 999_990_000_000_000, 0, 0),  # near the 10^15 bound
    ]
    text = "\n".join(pages_text(quote_pdf(document(lines))))
    # A: gross 3.703.701, net 3.333.330,9 → 3.333.331; B: gross = net 2.500.002,5 → 2.500.003
    # VAT 10 %: 333.333,1 → 333.333; VAT 8 %: 200.000,24 → 200.000; VAT 0 %: 0
    expected = [
        "Cộng tiền hàng 999.990.006.203.704 ₫",
        "Chiết khấu −370.370 ₫",
        "Cộng sau chiết khấu 999.990.005.833.334 ₫",
        "Thuế GTGT 0% trên 999.990.000.000.000 ₫ 0 ₫",
        "Thuế GTGT 8% trên 2.500.003 ₫ 200.000 ₫",
        "Thuế GTGT 10% trên 3.333.331 ₫ 333.333 ₫",
        "Tổng cộng thanh toán 999.990.006.366.667 ₫",
    ]
    for line in expected:
        assert line in text
    words = (
        "Chín trăm chín mươi chín nghìn chín trăm chín mươi tỷ không trăm lẻ sáu triệu "
        "ba trăm sáu mươi sáu nghìn sáu trăm sáu mươi bảy đồng"
    )
    assert words in " ".join(text.split())


@pytest.mark.parametrize("hostile", ["A&B <Co>", "0.1 < x", "<font size=40>", "a</para>b"])
def test_user_text_prints_literally(hostile: str) -> None:
    line = QuoteLineData(f"Item {hostile}\nsecond line", "cái", 1000, 1, 0, 10)
    pdf = quote_pdf(document([line], notes=hostile, subject=hostile))
    text = "\n".join(pages_text(pdf))
    assert f"Item {hostile}" in text and "second line" in text
    assert text.count(hostile) >= 3


def test_every_font_is_embedded_and_none_is_a_standard_font() -> None:
    reader = PdfReader(io.BytesIO(quote_pdf(document([product(1)]))))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        assert name.lstrip("/").split("+")[-1] not in STANDARD_14, name
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # a composite font: its descendant carries the descriptor
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name


def test_invariant_output_is_identical_for_identical_input() -> None:
    doc = document([product(1), product(2)])
    assert quote_pdf(doc, invariant=True) == quote_pdf(doc, invariant=True)
