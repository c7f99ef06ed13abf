"""``quote_pdf_ms``: a 50-line Vietnamese quote to PDF bytes through ``crmdesk.reports``, beside
bare ReportLab making the same table (``anchors.pdf``). Each after one warm-up; the median of
five of each, taken in turns."""

from __future__ import annotations

import time

from crmdesk.bench.registry import Bench, Figure, Group, Measured
from crmdesk.bench.timing import median, since_ms

FIGURES = (Figure("quote_pdf_ms", 150),)
RUNS = 5
LINES = tuple(
    (
        f"Phần mềm quản lý tài chính – gói {n}",
        "gói",
        1000 + 500 * (n % 3),
        12_500_000 + 1_000 * n,
        500 * (n % 4 == 0),
        (0, 5, 8, 10)[n % 4],
    )
    for n in range(1, 51)
)


def measure(_bench: Bench) -> dict[str, Measured]:
    """The quote and the bare table, in turns."""
    from datetime import date

    from crmdesk.bench.anchors.pdf import table_pdf
    from crmdesk.reports.quote_data import Company, Customer, QuoteDocument, QuoteLineData
    from crmdesk.reports.quote_pdf import quote_pdf

    doc = QuoteDocument(
        "BG-2026-0001",
        1,
        "vi",
        "VND",
        date(2026, 11, 22),
        date(2026, 12, 22),
        Company("Công ty TNHH Thương mại Đức Phát", "12 Lý Thường Kiệt, Hà Nội", "0101234567"),
        Customer("Công ty Cổ phần Hoa Sen", "Trần Thị Hạnh"),
        tuple(QuoteLineData(*line) for line in LINES),
        "Triển khai phần mềm",
    )
    quote_pdf(doc)
    table_pdf(LINES)
    value, anchor = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        quote_pdf(doc)
        value.append(since_ms(start))
        start = time.perf_counter()
        table_pdf(LINES)
        anchor.append(since_ms(start))
    return {"quote_pdf_ms": Measured(median(value), median(anchor))}


GROUP = Group("pdf", FIGURES, measure)
