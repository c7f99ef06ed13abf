"""The lines table read back: no word broken, figures on one line, any length printed."""

from __future__ import annotations

import io
from collections import Counter

import pdfplumber
import pytest

from crmdesk.reports.quote_data import QuoteLineData
from crmdesk.reports.quote_pdf import quote_pdf
from crmdesk.services.demo_quotes import CATALOG
from tests.reports.test_quote_pdf import document

SENTENCE = (
    "Triển khai phần mềm quản lý bán hàng đa kênh cho chuỗi cửa hàng bao gồm cài đặt "
    "máy chủ cấu hình đồng bộ tồn kho đào tạo nhân viên và hỗ trợ vận hành sau nghiệm thu"
)
WORDS = SENTENCE.split(" ")


def extracted_words(pdf: bytes) -> Counter[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return Counter(w["text"] for page in doc.pages for w in page.extract_words())


def table_rows(pdf: bytes) -> list[list[str | None]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [row for page in doc.pages for t in page.extract_tables() for row in t]


def catalog_lines(currency: str) -> list[QuoteLineData]:
    return [
        QuoteLineData(name, unit, 1500, price, 500, vat)
        for _sku, name, unit, price, cur, vat in CATALOG
        if cur == currency
    ]


@pytest.mark.parametrize(("language", "currency"), [("vi", "VND"), ("en", "USD"), ("en", "VND")])
def test_no_word_of_the_sample_catalog_is_broken_across_lines(language: str, currency: str) -> None:
    lines = catalog_lines(currency)
    pdf = quote_pdf(document(lines, language, currency))
    words = extracted_words(pdf)
    for line in lines:
        for word in (*line.description.split(), line.unit):
            assert words[word] >= 1, f"{word!r} is broken: not found whole in the PDF"
    rows = [r for r in table_rows(pdf) if r and r[0] and r[0].isdigit()]
    assert [r[2] for r in rows] == [line.unit for line in lines]  # "tháng", one line each
    for row in rows:
        assert all("\n" not in (cell or "") for cell in row[2:]), row  # figures never wrap


def test_a_description_of_2200_characters_prints_over_pages_with_every_word_whole() -> None:
    long = " ".join(WORDS[i % len(WORDS)] for i in range(520))
    assert len(long) > 2200
    lines = [QuoteLineData(long, "gói", 1000, 15_000_000, 0, 10)] * 3
    pdf = quote_pdf(document(lines))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) >= 3
    found = extracted_words(pdf)
    for word, count in Counter(long.split()).items():
        assert found[word] >= 3 * count, word  # every word of all three lines, none broken


def test_a_description_at_the_domain_limit_without_a_single_space_still_prints() -> None:
    pdf = quote_pdf(document([QuoteLineData("x" * 5000, "cái", 1000, 1, 0, 10)]))
    found = extracted_words(pdf)
    assert sum(word.count("x") * n for word, n in found.items()) == 5000  # cut, nothing lost


def test_a_million_units_at_a_huge_price_prints_on_one_line() -> None:
    line = QuoteLineData("Hệ thống", "bộ", 1_000_000_000, 1_000_000_000, 0, 0)  # 10^6 × 10^9 đ
    [row] = [r for r in table_rows(quote_pdf(document([line]))) if r and r[0] == "1"]
    assert row[2:] == ["bộ", "1.000.000", "1.000.000.000 ₫", "", "0 %", "1.000.000.000.000.000 ₫"]


def test_the_widest_figures_the_domain_allows_all_fit_the_page_at_once() -> None:
    lines = [
        QuoteLineData("Linh kiện", "đơn vị tính rất dài ba mươi ký", 999_999_999_999, 1, 0, 0),
        QuoteLineData("Gói", "gói", 1000, 999_000_000_000_000, 3333, 0),
    ]
    rows = [r for r in table_rows(quote_pdf(document(lines))) if r and r[0] and r[0].isdigit()]
    assert [r[2] for r in rows] == ["đơn vị tính rất dài ba mươi ký", "gói"]
    assert [r[3] for r in rows] == ["999.999.999,999", "1"]
    assert rows[1][4] == "999.000.000.000.000 ₫" and rows[1][5] == "33,33 %"
    for row in rows:
        assert all("\n" not in (cell or "") for cell in row[2:]), row


def test_the_english_pdf_writes_dong_the_vietnamese_way_and_dollars_the_us_way() -> None:
    vnd = quote_pdf(document([QuoteLineData("Bảo trì", "tháng", 1000, 1_500_000, 0, 10)], "en"))
    usd = quote_pdf(
        document([QuoteLineData("Support", "month", 1000, 150_000, 0, 10)], "en", "USD")
    )
    with pdfplumber.open(io.BytesIO(vnd)) as doc:
        text = doc.pages[0].extract_text()
    assert "1.500.000 ₫" in text and "1,500,000" not in text
    with pdfplumber.open(io.BytesIO(usd)) as doc:
        assert "$1,500.00" in doc.pages[0].extract_text()
