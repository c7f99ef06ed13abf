"""Quotes through the services: numbering, revisions, statuses, Won on acceptance, the PDF."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from crmdesk.domain.enums import QuoteStatus, Stage
from crmdesk.domain.errors import ValidationError
from crmdesk.services import LineSpec, Services
from tests.conftest import Clock, dump
from tests.integration.helpers import make_opportunity

POS = LineSpec("Phần mềm bán hàng POS", "bộ", 1000, 15_000_000, 0, 10)
SETUP = LineSpec("Cài đặt và đào tạo", "giờ", 4500, 350_000, 1000, 8)


def test_quotes_are_numbered_per_year(services: Services, clock: Clock) -> None:
    deal = make_opportunity(services)
    first = services.quotes.create(deal.id, [POS])
    second = services.quotes.create(deal.id, [POS])
    assert (first.number, second.number) == ("BG-2026-0001", "BG-2026-0002")
    clock.advance(days=60)  # into 2027
    assert services.quotes.create(deal.id, [POS]).number == "BG-2027-0001"
    assert first.valid_until.toordinal() - first.issued_on.toordinal() == 30


def test_editing_a_sent_quote_makes_revision_two_and_keeps_revision_one(
    services: Services,
) -> None:
    deal = make_opportunity(services)
    quote = services.quotes.create(deal.id, [POS])
    services.quotes.edit(quote.id, [POS, SETUP])  # a draft changes in place
    assert services.quotes.get(quote.id).revision == 1
    services.quotes.set_status(quote.id, QuoteStatus.SENT)
    revised = services.quotes.edit(quote.id, [SETUP])
    assert (revised.number, revised.revision, revised.status) == (
        quote.number,
        2,
        QuoteStatus.DRAFT,
    )
    assert [x.description for x in services.quotes.lines(quote.id)] == [
        POS.description,
        SETUP.description,
    ]
    assert [x.description for x in services.quotes.lines(revised.id)] == [SETUP.description]
    assert services.quotes.by_number(quote.number).revision == 2
    assert services.quotes.by_number(quote.number, 1).status == QuoteStatus.SENT


def test_accepting_marks_the_deal_won_in_one_undoable_step(services: Services) -> None:
    deal = make_opportunity(services)
    quote = services.quotes.create(deal.id, [POS])
    services.quotes.set_status(quote.id, "sent")
    services.quotes.set_status(quote.id, "accepted")
    assert services.deals.get(deal.id).stage == Stage.WON
    assert services.deals.history(deal.id)[-1].note == f"Quote {quote.number} (revision 1) accepted"
    assert services.history.undo_label == f"Accept quote {quote.number}"
    services.history.undo()
    assert services.deals.get(deal.id).stage == Stage.OPPORTUNITY
    assert services.quotes.get(quote.id).status == QuoteStatus.SENT


def test_bad_quotes_and_moves_are_refused_and_write_nothing(services: Services, workspace) -> None:  # type: ignore[no-untyped-def]
    deal = make_opportunity(services)
    quote = services.quotes.create(deal.id)
    before = dump(workspace.engine)
    with pytest.raises(ValidationError, match="needs at least one line"):
        services.quotes.set_status(quote.id, "sent")
    with pytest.raises(ValidationError, match="cannot become accepted"):
        services.quotes.set_status(quote.id, "accepted")
    with pytest.raises(ValidationError, match="Line 2: VAT must be"):
        services.quotes.edit(quote.id, [POS, LineSpec("X", "cái", 1000, 1, 0, 7)])
    with pytest.raises(ValidationError, match="Line 1 needs a description"):
        services.quotes.edit(quote.id, [LineSpec("  ", "cái", 1000, 1)])
    assert dump(workspace.engine) == before


def test_the_pdf_of_a_quote_shows_the_company_customer_and_lines(services: Services) -> None:
    services.settings.set("company.name", "Công ty TNHH Thương mại Đức Phát")
    deal = make_opportunity(services)
    quote = services.quotes.create(deal.id, [POS, SETUP], language="vi")
    totals = services.quotes.totals(quote.id)
    # POS 15.000.000 at 10 %; setup 4,5 h × 350.000 = 1.575.000 less 10 % = 1.417.500 at 8 %
    assert (totals.net, totals.vat, totals.grand_total) == (16_417_500, 1_613_400, 18_030_900)
    with pdfplumber.open(io.BytesIO(services.quotes.pdf(quote.id))) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    for phrase in (
        "Công ty TNHH Thương mại Đức Phát",
        "Công ty TNHH Hoa Sen",
        "Nguyễn Văn Đức",
        quote.number,
        "Phần mềm bán hàng POS",
        "18.030.900 ₫",
    ):
        assert phrase in text


def test_the_catalog_refuses_a_duplicate_sku_and_finds_by_name(services: Services) -> None:
    pos = services.catalog.add("POS-01", "Phần mềm bán hàng", "bộ", 15_000_000)
    with pytest.raises(ValidationError, match="already has the SKU"):
        services.catalog.add("POS-01", "Khác", "bộ", 1)
    with pytest.raises(ValidationError, match="VAT must be"):
        services.catalog.add("X-1", "Khác", "bộ", 1, vat_rate=7)
    assert [p.id for p in services.catalog.find("bán hàng")] == [pos.id]
    services.catalog.archive(pos.id)
    assert services.catalog.find("bán hàng") == []


def test_numbering_goes_on_past_ten_thousand_a_year(services: Services, workspace) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    deal = make_opportunity(services)
    first = services.quotes.create(deal.id)
    with workspace.engine.begin() as conn:  # as if 9,999 quotes had been made this year
        conn.execute(
            text("UPDATE quotes SET number = 'BG-2026-9999' WHERE id = :id"), {"id": first.id}
        )
    assert services.quotes.create(deal.id).number == "BG-2026-10000"
    assert services.quotes.create(deal.id).number == "BG-2026-10001"
