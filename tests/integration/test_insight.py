"""The Insight report on small data checked by hand: forecast, currencies, funnel, velocity,
the bottleneck sentence, and the kept totals always equal to the totals computed afresh."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from random import Random

import pytest
from sqlalchemy import text

from crmdesk.db.insight_queries import fresh_totals
from crmdesk.db.insight_sql import SUMS, TABLES
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import DomainError, ValidationError
from crmdesk.services import Services
from crmdesk.services.insight import Figure
from tests.conftest import Clock


@pytest.fixture(autouse=True)
def utc_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local months are UTC months here, whatever the machine's zone."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def opportunity(services: Services, title: str, value: int, currency: str = "VND",
                **fields: object) -> int:  # fmt: skip
    return services.deals.create(title, value, currency, stage=Stage.OPPORTUNITY, **fields).id


def test_forecast_adds_each_month_in_the_reporting_currency_and_keeps_the_rest_apart(
    services: Services, clock: Clock
) -> None:
    # Today is 2 November 2026. A VND deal at 50 %, a USD one at 75 % with a rate, an EUR one
    # without a rate, a lost one, an undated one, a won one, and two whose dates passed.
    opportunity(services, "VND 50 %", 100_000_000, sub_stage="proposal_sent",
                expected_close=date(2026, 12, 10))  # fmt: skip
    opportunity(services, "USD 75 %", 100_000, "USD", sub_stage="negotiation",
                expected_close=date(2026, 12, 20))  # fmt: skip
    opportunity(services, "EUR, no rate", 50_000, "EUR", sub_stage="closing",
                expected_close=date(2026, 12, 5))  # fmt: skip
    lost = opportunity(services, "Lost", 999_000_000, sub_stage="closing",
                       expected_close=date(2026, 12, 1))  # fmt: skip
    services.pipeline.move([lost], Stage.LOST, lost_reason="price_too_high")
    opportunity(services, "Undated", 40_000_000, sub_stage="closing")
    won = opportunity(services, "Won", 30_000_000, expected_close=date(2026, 12, 1))
    services.pipeline.move([won], Stage.WON)
    opportunity(services, "October, slipped", 7_000_000, expected_close=date(2026, 10, 15))
    opportunity(services, "Yesterday, slipped", 8_000_000, expected_close=date(2026, 11, 1))
    opportunity(services, "Later this month", 20_000_000, sub_stage="negotiation",
                expected_close=date(2026, 11, 20))  # fmt: skip
    services.insight.set_rate("USD", "25000")

    f = services.insight.forecast("2026-10", "2026-12")

    assert f.currency == "VND"
    months = {m.month: m for m in f.months}
    assert list(months) == ["2026-10", "2026-11", "2026-12"]
    dec = months["2026-12"]
    assert dec.best_case_minor == 100_000_000 + 25_000_000
    assert dec.weighted_minor == 50_000_000 + 18_750_000
    assert dec.commit_minor == 25_000_000  # 75 % is committed, 50 % is not
    assert dec.opportunities == 3 and dec.committed == 2  # the EUR one is committed, apart
    assert dec.unconverted == {
        "weighted": (("EUR", 45_000),),
        "best_case": (("EUR", 50_000),),
        "commit": (("EUR", 50_000),),
    }
    nov = months["2026-11"]
    assert (nov.best_case_minor, nov.weighted_minor, nov.commit_minor) == (
        20_000_000,
        15_000_000,
        20_000_000,
    )
    assert nov.won_minor == 30_000_000 and nov.won_deals == 1
    assert months["2026-10"].best_case_minor == 0  # its deal has slipped
    assert f.slipped.count == 2 and f.slipped.value_minor == 15_000_000
    assert [d.title for d in f.slipped.deals] == ["October, slipped", "Yesterday, slipped"]
    assert f.undated.count == 1
    assert (f.undated.value_minor, f.undated.weighted_minor) == (40_000_000, 36_000_000)
    assert f.missing_rates == ("EUR",)
    assert all(m.won_minor < 999_000_000 for m in f.months)  # the lost deal never counts


def test_a_rate_applies_from_its_day_and_the_first_one_before_it(
    services: Services, clock: Clock
) -> None:
    opportunity(services, "USD", 100_000, "USD", sub_stage="closing",
                expected_close=date(2026, 12, 20))  # fmt: skip
    opportunity(services, "USD later", 100_000, "USD", sub_stage="closing",
                expected_close=date(2027, 2, 20))  # fmt: skip
    services.insight.set_rate("USD", "24000", date(2026, 11, 1))
    services.insight.set_rate("USD", "26000", date(2027, 1, 15))

    months = {m.month: m for m in services.insight.forecast("2026-12", "2027-02").months}

    assert months["2026-12"].best_case_minor == 24_000_000
    assert months["2027-02"].best_case_minor == 26_000_000


def test_a_bad_rate_or_month_is_refused_in_a_sentence_and_changes_nothing(
    services: Services,
) -> None:
    for code, rate in (("USD", "-3"), ("USD", "abc"), ("XYZ", "2"), ("VND", "1")):
        with pytest.raises(ValidationError):
            services.insight.set_rate(code, rate)
    assert services.insight.rates() == []
    with pytest.raises(ValidationError, match="not a month"):
        services.insight.forecast("2026-13")
    with pytest.raises(ValidationError, match="ends before"):
        services.insight.funnel("2026-10", "2026-09")


def _advance_and_move(services: Services, clock: Clock, deal: int, days: float,
                      stage: Stage, **kwargs: object) -> None:  # fmt: skip
    clock.advance(days=days)
    services.pipeline.move([deal], stage, override_reason="test", **kwargs)  # type: ignore[arg-type]


def _funnel_history(services: Services, clock: Clock) -> None:
    """Five deals created on 2 November 2026, moved by hand."""
    start = clock.now
    d1 = services.deals.create("One", 60_000_000).id
    d2 = services.deals.create("Two", 10_000_000, source="Facebook").id
    d3 = services.deals.create("Three", 5_000_000, source="Facebook").id
    services.deals.create("Four", 1_000_000)
    opportunity(services, "Five", 2_000_000)
    _advance_and_move(services, clock, d2, 4, Stage.PROSPECT)
    _advance_and_move(services, clock, d3, 2, Stage.LOST, lost_reason="no_budget")
    _advance_and_move(services, clock, d1, 4, Stage.PROSPECT)  # day 10
    _advance_and_move(services, clock, d1, 20, Stage.OPPORTUNITY)  # day 30
    _advance_and_move(services, clock, d2, 4, Stage.LOST, lost_reason="price_too_high")  # day 34
    _advance_and_move(services, clock, d1, 1, Stage.WON)  # day 35
    assert (clock.now - start).days == 35


def test_funnel_counts_conversions_and_the_time_each_stage_held_its_deals(
    services: Services, clock: Clock
) -> None:
    _funnel_history(services, clock)

    f = services.insight.funnel("2026-11", "2026-12")

    stages = {s.stage: s for s in f.stages}
    assert [stages[s].entered for s in (Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY,
                                         Stage.WON)] == [5, 3, 2, 1]  # fmt: skip
    assert stages[Stage.LEAD].conversion is None
    assert stages[Stage.PROSPECT].conversion == 0.6
    assert stages[Stage.OPPORTUNITY].conversion == 0.6667
    assert stages[Stage.WON].conversion == 0.5
    # Lead stays: 10, 4 and 6 days; prospect: 20 and 30; opportunity: 5.
    assert (stages[Stage.LEAD].median_days, stages[Stage.LEAD].mean_days) == (6.0, 6.7)
    assert (stages[Stage.PROSPECT].median_days, stages[Stage.PROSPECT].mean_days) == (25.0, 25.0)
    assert stages[Stage.OPPORTUNITY].median_days == 5.0
    assert stages[Stage.WON].median_days is None
    lost = {(r.stage, r.reason): r.count for r in f.lost}
    assert lost == {(Stage.LEAD, "no_budget"): 1, (Stage.PROSPECT, "price_too_high"): 1}
    rates = {(r.dimension, r.value): (r.won, r.lost, r.open) for r in f.win_rates}
    assert rates[("source", "Facebook")] == (0, 2, 0)
    assert rates[("source", "")] == (1, 0, 2)


def test_velocity_is_open_opportunities_times_won_value_times_win_rate_over_days(
    services: Services, clock: Clock
) -> None:
    _funnel_history(services, clock)

    v = services.insight.funnel("2026-11", "2026-12").velocity

    # One open opportunity × 60,000,000 won × win rate 1/1 ÷ 35 days to close.
    assert (v.open_opportunities, v.average_won_minor, v.win_rate, v.average_days) == (
        1,
        60_000_000,
        1.0,
        35.0,
    )
    assert v.per_day_minor == 1_714_286


def test_the_bottleneck_is_said_in_one_sentence(services: Services, clock: Clock) -> None:
    _funnel_history(services, clock)

    sentence = services.insight.funnel("2026-11", "2026-12").bottleneck

    assert sentence == (
        "Prospects wait a median of 25 days, 5 times as long as opportunities; "
        "50 % of losses are Price too high."
    )


def test_every_figure_opens_the_deals_behind_it(services: Services, clock: Clock) -> None:
    _funnel_history(services, clock)
    period = {"first": "2026-11", "last": "2026-12"}
    titles = {d: services.deals.get(d).title for d in range(1, 6)}

    def opened(figure: Figure) -> list[str]:
        return sorted(titles[i] for i in services.insight.deal_ids(figure))

    assert opened(Figure("reached", stage=Stage.PROSPECT, **period)) == ["Five", "One", "Two"]
    assert opened(Figure("lost", stage=Stage.PROSPECT, reason="price_too_high", **period)) == [
        "Two"
    ]
    assert opened(Figure("rate", dimension="source", value="Facebook", **period)) == [
        "Three",
        "Two",
    ]
    assert opened(Figure("stay", stage=Stage.PROSPECT, **period)) == ["One", "Two"]
    assert opened(Figure("won", month="2026-12")) == ["One"]
    assert opened(Figure("undated")) == ["Five"]


def _kept(services: Services) -> dict[str, set[tuple[object, ...]]]:
    with services.context.session_factory() as session:
        kept = {
            t: set(session.execute(text(f"SELECT {', '.join(TABLES[t] + SUMS[t])} FROM {t}")).all())
            for t in TABLES
        }
        return kept, fresh_totals(session)  # type: ignore[return-value]


def test_the_kept_totals_equal_totals_computed_afresh_through_moves_undo_and_edits(
    services: Services, clock: Clock
) -> None:
    from crmdesk.services.demo import generate_demo

    generate_demo(services.context.session_factory, 60, 3, clock())
    rng = Random(7)
    stages = list(Stage)
    for _ in range(150):
        deal = rng.randint(1, 60)
        clock.advance(hours=rng.uniform(1, 90))
        action = rng.random()
        try:
            if action < 0.35:
                services.pipeline.move([deal], rng.choice(stages), override_reason="x",
                                       note="back", lost_reason="timing")  # fmt: skip
            elif action < 0.45:
                services.deals.archive([deal])
            elif action < 0.55:
                services.deals.update(deal, expected_close=date(2027, rng.randint(1, 12), 3),
                                      value_minor=rng.randint(1, 10**9), source="Zalo")  # fmt: skip
            elif action < 0.65:
                org = services.deals.get(deal).organization_id
                if org is not None:
                    services.organizations.update(org, industry=rng.choice(["Bán lẻ", None]),
                                                  size=rng.choice([3, 70, 900, None]))  # fmt: skip
            elif action < 0.8:
                services.history.undo()
            else:
                services.history.redo()
        except DomainError:
            pass
        kept, fresh = _kept(services)
        assert kept == fresh
