"""Column pages, totals, filters and forecast, computed by SQL over the whole database."""

from __future__ import annotations

from datetime import UTC, date, datetime

from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import BoardSort, Stage, SubStage, Temperature
from crmdesk.services import Services
from tests.conftest import Clock
from tests.integration.helpers import make_lead, make_opportunity


def test_totals_count_and_sum_per_currency_for_the_whole_database(services: Services) -> None:
    for i in range(150):
        services.deals.create(f"Lead {i}", 1_000_000, "VND")
    services.deals.create("US lead", 125_050, "USD")
    totals = services.board.totals()
    lead = totals[Stage.LEAD]
    assert lead.count == 151
    assert lead.value_by_currency == (("USD", 125_050), ("VND", 150_000_000))
    assert len(services.board.column("lead", limit=100)) == 100  # a page, not everything
    assert len(services.board.column("lead", offset=100, limit=100)) == 51


def test_weighted_value_uses_the_sub_stage_default_or_the_override(services: Services) -> None:
    a = make_opportunity(services, "A")  # 125,000,000 at 25 %
    b = make_opportunity(services, "B")
    services.deals.update(b.id, sub_stage=SubStage.NEGOTIATION)  # 75 %
    c = make_opportunity(services, "C")
    services.deals.update(c.id, value_minor=333, probability_override=50)  # 166.5 -> 167
    opp = services.board.totals()[Stage.OPPORTUNITY]
    assert opp.count == 3
    assert opp.weighted_by_currency == (("VND", 31_250_000 + 93_750_000 + 167),)
    cards = {card.title: card for card in services.board.column("opportunity")}
    assert (cards["A"].probability, cards["B"].probability, cards["C"].probability) == (25, 75, 50)
    services.deals.reset_probability(c.id)
    assert services.deals.get(c.id).probability_override is None
    assert a.id in {card.id for card in services.board.column("opportunity")}


def test_forecast_groups_by_expected_close_month_and_never_counts_lost(services: Services) -> None:
    a = make_opportunity(services, "A")
    services.deals.update(a.id, expected_close=date(2026, 12, 15))
    b = make_opportunity(services, "B")
    services.deals.update(b.id, expected_close=date(2026, 12, 1))
    services.pipeline.move([b.id], "won")
    c = make_opportunity(services, "C")
    services.deals.update(c.id, expected_close=date(2026, 12, 20))
    services.pipeline.move([c.id], "lost", lost_reason="competitor")
    [december] = services.board.forecast()
    assert (december.month, december.currency, december.count) == ("2026-12", "VND", 2)
    assert december.value_minor == 250_000_000
    assert december.weighted_minor == 31_250_000 + 125_000_000
    assert december.won_minor == 125_000_000


def test_filters_narrow_cards_and_totals_alike(services: Services) -> None:
    hot = make_lead(services, "Hot one")
    services.activities.log(hot.id, "quote_request")
    services.activities.log(hot.id, "email_reply")  # 15 + 10 + 30 + 10 = 65: warm
    services.activities.log(hot.id, "pricing_visit")  # 73: hot
    services.deals.create("Cold one", 5, "VND", source="Zalo", owner="Lan")
    by_temp = BoardFilter(temperature=Temperature.HOT)
    assert [c.title for c in services.board.column("lead", by_temp)] == ["Hot one"]
    assert services.board.totals(by_temp)[Stage.LEAD].count == 1
    by_source = BoardFilter(source="Zalo", owner="Lan")
    assert [c.title for c in services.board.column("lead", by_source)] == ["Cold one"]
    assert services.board.totals(BoardFilter(search="hot"))[Stage.LEAD].count == 1
    assert services.board.totals(BoardFilter(temperature=Temperature.WARM))[Stage.LEAD].count == 0


def test_a_hot_score_without_two_way_contact_shows_warm(services: Services) -> None:
    deal = make_lead(services)  # decision maker 15 + size 10
    services.activities.log(deal.id, "quote_request")  # +30 -> 55
    services.activities.log(deal.id, "demo_request")  # +25 -> 80
    [card] = services.board.column("lead")
    assert (card.score, card.temperature) == (80, Temperature.WARM)
    services.activities.log(deal.id, "email_reply")
    [card] = services.board.column("lead")
    assert (card.score, card.temperature) == (90, Temperature.HOT)


def test_stale_and_overdue_follow_the_clock_and_the_schedule(
    services: Services, clock: Clock
) -> None:
    deal = make_lead(services)
    clock.advance(days=15)
    [card] = services.board.column("lead")
    assert card.stale
    assert [c.id for c in services.board.column("lead", BoardFilter(stale_only=True))] == [deal.id]
    services.activities.schedule(deal.id, "call", "Gọi lại", clock.now.replace(hour=23))
    [card] = services.board.column("lead")
    assert not card.stale
    assert card.next_action is not None and card.next_action.subject == "Gọi lại"
    clock.advance(days=1)
    overdue = services.board.column("lead", BoardFilter(overdue_only=True))
    assert [c.id for c in overdue] == [deal.id]
    assert overdue[0].stale  # the only planned activity is in the past now


def test_columns_sort_by_score_value_next_action_and_age(services: Services, clock: Clock) -> None:
    a = services.deals.create("A", 10, "VND")
    clock.advance(hours=1)
    b = services.deals.create("B", 30, "VND")
    clock.advance(hours=1)
    c = services.deals.create("C", 20, "VND")
    services.activities.log(b.id, "website_visit")
    services.activities.log(c.id, "pricing_visit")
    services.activities.schedule(a.id, "task", "later", datetime(2026, 12, 1, tzinfo=UTC))
    services.activities.schedule(c.id, "task", "sooner", datetime(2026, 11, 20, tzinfo=UTC))

    def order(sort: BoardSort) -> list[str]:
        return [card.title for card in services.board.column("lead", sort=sort)]

    assert order(BoardSort.MANUAL) == ["C", "B", "A"]
    assert order(BoardSort.SCORE) == ["C", "B", "A"]
    assert order(BoardSort.VALUE) == ["B", "C", "A"]
    assert order(BoardSort.NEXT_ACTION) == ["C", "A", "B"]
    assert order(BoardSort.AGE) == ["A", "B", "C"]


def test_archived_deals_leave_the_board_and_come_back_on_restore(services: Services) -> None:
    deal = make_lead(services)
    services.deals.archive([deal.id])
    assert services.board.column("lead") == []
    assert services.board.totals()[Stage.LEAD].count == 0
    services.deals.restore([deal.id])
    assert [c.id for c in services.board.column("lead")] == [deal.id]


SCAN = BoardFilter(search=" ")  # no search terms, but not the empty filter: totals by a full scan


def test_kept_totals_match_a_full_scan_after_every_kind_of_change(services: Services) -> None:
    from tests.integration.helpers import met

    a = make_opportunity(services, "A")
    b = make_lead(services, "B")
    c = services.deals.create("C", 99_999, "USD")
    services.deals.update(a.id, value_minor=7_000_000, sub_stage=SubStage.CLOSING)
    services.deals.update(a.id, probability_override=60)
    services.pipeline.move([b.id], "prospect", answers=met("icp_fit", "buying_intent",
                                                           "two_way_conversation"))  # fmt: skip
    services.pipeline.move([c.id], "lost", lost_reason="timing")
    services.deals.archive([b.id])
    services.pipeline.move([a.id], "won")
    services.history.undo()
    services.history.undo()
    services.history.redo()
    services.deals.update(c.id, currency="EUR")
    kept = services.board.totals()
    assert kept == services.board.totals(SCAN)
    assert kept[Stage.OPPORTUNITY].count == 1
    assert kept[Stage.OPPORTUNITY].weighted_by_currency == (("VND", 4_200_000),)
    assert kept[Stage.PROSPECT].count == 0  # archived
    assert kept[Stage.LOST].value_by_currency == (("EUR", 99_999),)


def test_kept_totals_match_a_full_scan_on_demo_data(workspace) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.services.demo import generate_demo

    context = workspace.services.context
    generate_demo(context.session_factory, 400, 5, context.clock())
    board = workspace.services.board
    assert board.totals() == board.totals(SCAN)
    assert board.totals(stages=[Stage.LEAD]) == {Stage.LEAD: board.totals()[Stage.LEAD]}


def search_totals_by_scan(services: Services, text: str) -> dict:  # type: ignore[type-arg]
    """The same search answered by SQL alone (a filter the in-memory index does not take)."""
    return services.board.totals(BoardFilter(search=text, stale_only=False, owner=""))


def test_the_search_index_agrees_with_sql_through_every_kind_of_change(
    services: Services,
) -> None:
    from tests.integration.helpers import met

    a = make_lead(services, "Website – Nguyễn Văn Đức")  # contact Nguyễn Văn Đức as well
    b = services.deals.create("POS – Trần Thị Hạnh", 3_000_000, "VND")
    c = services.deals.create("Đào tạo – Hoa Sen", 500_000, "USD")
    services.board.warm_search()

    def check(*texts: str) -> None:
        for text in texts:
            indexed = services.board.totals(BoardFilter(search=text))
            assert indexed == search_totals_by_scan(services, text), text
            for stage in (Stage.LEAD, Stage.PROSPECT):
                f = BoardFilter(search=text)
                by_index = [card.id for card in services.board.column(stage, f)]
                by_sql = [card.id for card in services.board.column(stage, BoardFilter(
                    search=text, owner=""))]  # fmt: skip
                assert by_index == by_sql, (text, stage)

    check("nguyen", "hoa sen", "dao", "tran thi hanh", "–", "-", "xyz")
    services.pipeline.move([a.id], "prospect", answers=met("icp_fit", "buying_intent",
                                                           "two_way_conversation"))  # fmt: skip
    services.deals.update(b.id, title="POS – Lê Văn Tám", value_minor=4_000_000)
    services.deals.archive([c.id])
    check("nguyen", "tran", "le van tam", "hoa sen", "pos")
    services.history.undo()  # the archive
    contact = services.deals.get(a.id).contact_id
    assert contact is not None
    services.contacts.update(contact, full_name="Phạm Minh Châu")
    check("nguyen", "pham minh chau", "hoa sen", "dao tao")
    assert services.board.totals(BoardFilter(search="pham minh chau"))[Stage.PROSPECT].count == 1
