"""Getting paid: the company's bank account, the VietQR request of a quote, and accepting a
quote that sets the deal's value — each one undoable step."""

from __future__ import annotations

import pytest

from crmdesk.domain.enums import QuoteStatus, Stage
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.quote_math import MAX_LINES
from crmdesk.domain.vietqr import parse_tlv
from crmdesk.services import LineSpec, Services
from tests.conftest import dump
from tests.integration.helpers import make_opportunity

POS = LineSpec("Phần mềm bán hàng POS", "bộ", 3000, 15_000_000, 500, 10)
ACCOUNT = {
    "company.name": "Công ty TNHH Thương mại Đức Phát",
    "company.bank_bin": "970436",
    "company.account_number": "0071 0012 34567",
    "company.account_holder": "CONG TY TNHH THUONG MAI DUC PHAT",
    "company.bank_account": "CN Hà Nội",
}


def test_the_bank_account_is_stored_clean_and_printed_on_the_letterhead(services: Services) -> None:
    services.settings.set_company(ACCOUNT)
    profile = services.settings.company()
    assert profile["company.account_number"] == "0071001234567"
    deal = make_opportunity(services)
    quote = services.quotes.create(deal.id, [POS])
    document = services.quotes.document(quote.id)
    assert document.company.bank_account == "0071001234567 – Vietcombank, CN Hà Nội"
    assert document.payment is not None
    assert document.payment.amount_dong == services.quotes.totals(quote.id).grand_total
    assert parse_tlv(document.payment.payload)["62"] == "0812" + quote.number


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"company.account_number": "0071-0012"}, "company.account_number"),
        ({"company.account_number": "12345"}, "company.account_number"),
        ({"company.bank_bin": "123456"}, "company.bank_bin"),
        ({"company.bank_bin": ""}, "company.bank_bin"),  # an account needs its bank
        ({"company.account_holder": ""}, "company.account_holder"),
    ],
)
def test_a_bad_bank_account_is_refused_and_nothing_is_written(
    services: Services, workspace, change: dict[str, str], field: str
) -> None:  # type: ignore[no-untyped-def]
    before = dump(workspace.engine)
    with pytest.raises(ValidationError) as info:
        services.settings.set_company({**ACCOUNT, **change})
    assert info.value.field == field
    assert dump(workspace.engine) == before


def test_a_usd_quote_or_the_setting_off_gives_no_vietqr(services: Services) -> None:
    services.settings.set_company(ACCOUNT)
    deal = make_opportunity(services)
    usd = services.quotes.create(deal.id, [POS], currency="USD", language="en")
    assert services.quotes.document(usd.id).payment is None
    vnd = services.quotes.create(deal.id, [POS])
    assert services.quotes.document(vnd.id).payment is not None
    services.settings.set_company({"quote.vietqr": False})
    assert services.quotes.document(vnd.id).payment is None


def test_accepting_can_set_the_deal_value_to_the_quote_total_in_the_same_undo_step(
    services: Services,
) -> None:
    deal = make_opportunity(services)  # worth 125.000.000 ₫
    quote = services.quotes.create(deal.id, [POS])
    services.quotes.set_status(quote.id, QuoteStatus.SENT)
    total = services.quotes.totals(quote.id).grand_total
    assert total == 47_025_000 != deal.value_minor
    services.quotes.accept(quote.id, set_deal_value=True)
    won = services.deals.get(deal.id)
    assert (won.stage, won.value_minor, won.currency) == (Stage.WON, total, "VND")
    assert services.board.totals()[Stage.WON].value_by_currency == (("VND", total),)
    assert services.history.undo_label == f"Accept quote {quote.number}"
    services.history.undo()
    back = services.deals.get(deal.id)
    assert (back.stage, back.value_minor) == (Stage.OPPORTUNITY, 125_000_000)
    assert services.quotes.get(quote.id).status == QuoteStatus.SENT


def test_accepting_without_the_option_leaves_the_value_alone(services: Services) -> None:
    deal = make_opportunity(services)
    quote = services.quotes.create(deal.id, [POS])
    services.quotes.set_status(quote.id, QuoteStatus.SENT)
    services.quotes.set_status(quote.id, QuoteStatus.ACCEPTED)
    assert services.deals.get(deal.id).value_minor == 125_000_000


def test_lines_past_the_bounds_are_refused_with_a_sentence_naming_the_line(
    services: Services, workspace
) -> None:  # type: ignore[no-untyped-def]
    deal = make_opportunity(services)
    quote = services.quotes.create(deal.id, [POS])
    before = dump(workspace.engine)
    cases = [
        ([POS, LineSpec("X", "cái", 10**15, 1)], "Line 2: A quantity can be at most"),
        ([POS, LineSpec("X", "cái", 2**64, 1)], "Line 2: A quantity can be at most"),
        ([LineSpec("X" * 5001, "cái", 1000, 1)], "Line 1: A description has at most 5000"),
        ([LineSpec("X", "u" * 31, 1000, 1)], "Line 1: A unit has at most 30"),
        ([LineSpec("X", "cái", 1000, 10**15)] * 2, "split it into several"),
        ([POS] * (MAX_LINES + 1), "at most 1000 lines"),
    ]
    for lines, sentence in cases:
        with pytest.raises(ValidationError, match=sentence):
            services.quotes.edit(quote.id, lines)
    assert dump(workspace.engine) == before


def test_a_description_of_2200_characters_is_kept_and_printed(services: Services) -> None:
    deal = make_opportunity(services)
    long = ("Triển khai và đào tạo tại chỗ cho toàn bộ nhân viên cửa hàng " * 40).strip()
    assert len(long) > 2200
    quote = services.quotes.create(deal.id, [LineSpec(long, "gói", 1000, 1_000_000)])
    assert services.quotes.lines(quote.id)[0].description == long
    assert services.quotes.pdf(quote.id).startswith(b"%PDF")
