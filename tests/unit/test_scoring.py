"""Explainable lead score with the default rules of DESIGN.md section 1."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.defaults import (
    DEFAULT_FREE_MAIL_DOMAINS,
    DEFAULT_SCORING_RULES,
    DEFAULT_SETTINGS,
)
from crmdesk.domain.enums import SIGNAL_KINDS, ActivityKind, DecisionRole, Temperature
from crmdesk.domain.scoring import (
    CLAMP,
    FIT_COMPANY_SIZE,
    FIT_DECISION_MAKER,
    FIT_FREE_MAIL,
    FIT_INDUSTRY,
    FIT_INFLUENCER,
    SECONDS_PER_DAY,
    FitFacts,
    ScoreExplanation,
    ScoringConfig,
    Signal,
    decayed_micro,
    explain_score,
    temperature,
)

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

CONFIG = ScoringConfig(
    rules=DEFAULT_SCORING_RULES,
    half_life_days=float(DEFAULT_SETTINGS["scoring.half_life_days"]),  # type: ignore[arg-type]
    warm_at=DEFAULT_SETTINGS["scoring.warm_at"],  # type: ignore[arg-type]
    hot_at=DEFAULT_SETTINGS["scoring.hot_at"],  # type: ignore[arg-type]
    target_industries=frozenset({"Retail", "Software"}),
    size_min=DEFAULT_SETTINGS["scoring.size_min"],  # type: ignore[arg-type]
    size_max=DEFAULT_SETTINGS["scoring.size_max"],  # type: ignore[arg-type]
    free_mail_domains=frozenset(DEFAULT_FREE_MAIL_DOMAINS),
)

NO_FIT = FitFacts()

K = ActivityKind


def signal(kind: ActivityKind, days_ago: float = 0) -> Signal:
    return Signal(kind, NOW - timedelta(days=days_ago))


def score_of(
    signals: list[Signal],
    facts: FitFacts = NO_FIT,
    has_two_way: bool = True,
    config: ScoringConfig = CONFIG,
) -> ScoreExplanation:
    return explain_score(signals, facts, has_two_way, config, NOW)


def points_by_key(explanation: ScoreExplanation) -> dict[str, int]:
    return {c.key: c.points for c in explanation.contributions}


# --- behaviour signals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "points"),
    [
        (K.WEBSITE_VISIT, 3),
        (K.PRICING_VISIT, 8),
        (K.CONTENT_DOWNLOAD, 8),
        (K.NEWSLETTER_SIGNUP, 5),
        (K.WEBINAR_ATTENDED, 10),
        (K.EMAIL_REPLY, 10),
        (K.INQUIRY, 15),
        (K.DEMO_REQUEST, 25),
        (K.QUOTE_REQUEST, 30),
    ],
)
def test_each_behaviour_signal_is_worth_its_design_points(kind: ActivityKind, points: int) -> None:
    explanation = score_of([signal(kind)])
    assert explanation.score == points
    assert len(explanation.contributions) == 1
    contribution = explanation.contributions[0]
    assert contribution.key == kind.value
    assert contribution.points == points
    assert contribution.undecayed == points
    assert contribution.count == 1
    assert contribution.latest_at == NOW


@pytest.mark.parametrize("kind", [K.CALL, K.EMAIL, K.MEETING, K.NOTE, K.TASK])
def test_conversations_and_tasks_are_not_scored(kind: ActivityKind) -> None:
    explanation = score_of([signal(kind)])
    assert explanation.score == 0
    assert explanation.contributions == ()


def test_no_signals_and_no_fit_score_zero_and_cold() -> None:
    explanation = score_of([])
    assert explanation == ScoreExplanation(0, Temperature.COLD, ())


def test_repeated_signals_of_one_kind_add_up_in_one_line() -> None:
    explanation = score_of([signal(K.PRICING_VISIT), signal(K.PRICING_VISIT, 0.5)])
    assert explanation.score == 16
    (line,) = explanation.contributions
    assert (line.points, line.undecayed, line.count) == (16, 16, 2)
    assert line.latest_at == NOW


def test_six_website_visits_today_are_capped_at_fifteen() -> None:
    explanation = score_of([signal(K.WEBSITE_VISIT)] * 6)
    assert explanation.score == 15
    (line,) = explanation.contributions
    assert line.points == 15
    assert line.undecayed == 18  # the explanation shows what the cap cut off
    assert line.count == 6


def test_five_website_visits_reach_the_cap_exactly() -> None:
    assert score_of([signal(K.WEBSITE_VISIT)] * 5).score == 15
    assert score_of([signal(K.WEBSITE_VISIT)] * 4).score == 12


def test_four_downloads_are_capped_at_twenty_four() -> None:
    explanation = score_of([signal(K.CONTENT_DOWNLOAD)] * 4)
    assert explanation.score == 24
    assert explanation.contributions[0].undecayed == 32


def test_uncapped_signals_keep_adding_up() -> None:
    assert score_of([signal(K.PRICING_VISIT)] * 4).score == 32


def test_a_quote_request_thirty_days_old_is_worth_half() -> None:
    explanation = score_of([signal(K.QUOTE_REQUEST, 30)])
    assert explanation.score == 15
    line = explanation.contributions[0]
    assert line.undecayed == 30
    assert line.latest_at == NOW - timedelta(days=30)


def test_a_quote_request_sixty_days_old_is_worth_a_quarter_rounded_half_up() -> None:
    # 30 × 0.25 = 7.5 → 8
    assert score_of([signal(K.QUOTE_REQUEST, 60)]).score == 8


def test_decay_is_applied_before_the_cap() -> None:
    # 10 website visits 30 days ago: 30 raw → 15 decayed → exactly the cap, not 15 halved
    assert score_of([signal(K.WEBSITE_VISIT, 30)] * 10).score == 15
    # 6 visits 30 days ago: 18 → 9 (under the cap)
    assert score_of([signal(K.WEBSITE_VISIT, 30)] * 6).score == 9


def test_decay_sums_before_rounding() -> None:
    # two inquiries 30 days ago: 7.5 + 7.5 = 15 (rounding each first would give 16)
    assert score_of([signal(K.INQUIRY, 30)] * 2).score == 15


def test_a_signal_in_the_future_is_not_inflated() -> None:
    assert score_of([signal(K.DEMO_REQUEST, -3)]).score == 25


def test_an_edited_half_life_is_used() -> None:
    config = replace(CONFIG, half_life_days=15.0)
    assert score_of([signal(K.QUOTE_REQUEST, 15)], config=config).score == 15
    assert score_of([signal(K.QUOTE_REQUEST, 30)], config=config).score == 8


def test_decayed_halves_every_half_life() -> None:
    day = SECONDS_PER_DAY
    assert decayed_micro(30, 0, 30) == 30_000_000
    assert decayed_micro(30, 30 * day, 30) == 15_000_000
    assert decayed_micro(30, 60 * day, 30) == 7_500_000
    assert decayed_micro(30, 90 * day, 30) == 3_750_000
    assert decayed_micro(30, 10 * day, 0) == 30_000_000  # no half-life: no decay
    assert decayed_micro(-7, 30 * day, 30) == -3_500_000
    assert decayed_micro(30, -day, 30) == 30_000_000  # a signal in the future counts in full


def test_an_inactive_rule_scores_nothing() -> None:
    rules = tuple(
        replace(r, active=False) if r.key == "demo_request" else r for r in DEFAULT_SCORING_RULES
    )
    config = replace(CONFIG, rules=rules)
    assert score_of([signal(K.DEMO_REQUEST), signal(K.INQUIRY)], config=config).score == 15


def test_behaviour_lines_follow_the_order_of_the_rules() -> None:
    explanation = score_of(
        [signal(K.QUOTE_REQUEST), signal(K.WEBSITE_VISIT), signal(K.EMAIL_REPLY)]
    )
    assert [c.key for c in explanation.contributions] == [
        "website_visit",
        "email_reply",
        "quote_request",
    ]


# --- fit attributes ------------------------------------------------------------------------


def test_an_industry_in_the_target_list_adds_fifteen_whatever_its_case() -> None:
    assert points_by_key(score_of([], FitFacts(industry="Retail"))) == {FIT_INDUSTRY: 15}
    assert score_of([], FitFacts(industry="retail")).score == 15
    assert score_of([], FitFacts(industry="Construction")).score == 0


def test_a_company_size_inside_the_band_adds_ten() -> None:
    for size in (10, 100, 250):
        assert points_by_key(score_of([], FitFacts(company_size=size))) == {FIT_COMPANY_SIZE: 10}
    for size in (9, 251, 5000):
        assert score_of([], FitFacts(company_size=size)).score == 0


def test_a_band_open_on_one_side_still_scores_size() -> None:
    config = replace(CONFIG, size_min=50, size_max=None)
    assert score_of([], FitFacts(company_size=10_000), config=config).score == 10
    assert score_of([], FitFacts(company_size=49), config=config).score == 0


def test_a_decision_maker_adds_fifteen() -> None:
    facts = FitFacts(decision_role=DecisionRole.DECISION_MAKER)
    assert points_by_key(score_of([], facts)) == {FIT_DECISION_MAKER: 15}


def test_an_influencer_adds_five() -> None:
    facts = FitFacts(decision_role=DecisionRole.INFLUENCER)
    assert points_by_key(score_of([], facts)) == {FIT_INFLUENCER: 5}


@pytest.mark.parametrize("role", [DecisionRole.USER, DecisionRole.UNKNOWN])
def test_other_roles_add_nothing(role: DecisionRole) -> None:
    assert score_of([], FitFacts(decision_role=role)).contributions == ()


def test_a_free_mail_address_takes_five_points_off() -> None:
    facts = FitFacts(email="an.nguyen@Gmail.com")
    explanation = score_of([signal(K.INQUIRY)], facts)
    assert points_by_key(explanation) == {FIT_FREE_MAIL: -5, "inquiry": 15}
    assert explanation.score == 10


def test_a_company_address_is_not_free_mail() -> None:
    assert score_of([signal(K.INQUIRY)], FitFacts(email="an@dongacoffee.vn")).score == 15


def test_a_free_mail_address_alone_is_clamped_to_zero_with_an_explaining_line() -> None:
    explanation = score_of([], FitFacts(email="duc@yahoo.com.vn"))
    assert explanation.score == 0
    assert points_by_key(explanation) == {FIT_FREE_MAIL: -5, CLAMP: 5}
    assert sum(c.points for c in explanation.contributions) == 0


def test_all_fit_rules_together() -> None:
    facts = FitFacts(
        industry="Software",
        company_size=40,
        decision_role=DecisionRole.DECISION_MAKER,
        email="ceo@hotmail.com",
    )
    explanation = score_of([], facts)
    assert points_by_key(explanation) == {
        FIT_INDUSTRY: 15,
        FIT_COMPANY_SIZE: 10,
        FIT_DECISION_MAKER: 15,
        FIT_FREE_MAIL: -5,
    }
    assert explanation.score == 35
    assert explanation.temperature == Temperature.WARM


def test_a_score_above_one_hundred_is_clamped_with_an_explaining_line() -> None:
    signals = [signal(K.QUOTE_REQUEST), signal(K.DEMO_REQUEST), signal(K.INQUIRY)]
    facts = FitFacts(industry="Retail", company_size=20, decision_role=DecisionRole.DECISION_MAKER)
    explanation = score_of(signals, facts)  # 15 + 10 + 15 + 30 + 25 + 15 = 110
    assert explanation.score == 100
    assert explanation.contributions[-1].key == CLAMP
    assert explanation.contributions[-1].points == -10
    assert sum(c.points for c in explanation.contributions) == 100


# --- temperature ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "two_way", "expected"),
    [
        (0, True, Temperature.COLD),
        (29, True, Temperature.COLD),
        (30, True, Temperature.WARM),
        (30, False, Temperature.WARM),
        (69, True, Temperature.WARM),
        (70, True, Temperature.HOT),
        (70, False, Temperature.WARM),
        (100, True, Temperature.HOT),
        (100, False, Temperature.WARM),
        (29, False, Temperature.COLD),
    ],
)
def test_temperature_thresholds(score: int, two_way: bool, expected: Temperature) -> None:
    assert temperature(score, two_way, CONFIG) == expected


def test_edited_temperature_thresholds_are_used() -> None:
    config = replace(CONFIG, warm_at=20, hot_at=50)
    assert temperature(19, True, config) == Temperature.COLD
    assert temperature(20, True, config) == Temperature.WARM
    assert temperature(50, True, config) == Temperature.HOT


def test_seventy_points_with_two_way_contact_are_hot() -> None:
    signals = [signal(K.QUOTE_REQUEST), signal(K.DEMO_REQUEST), signal(K.INQUIRY)]  # 70
    explanation = score_of(signals, has_two_way=True)
    assert explanation.score == 70
    assert explanation.temperature == Temperature.HOT


def test_a_lead_with_no_two_way_contact_is_never_hot() -> None:
    signals = [signal(K.QUOTE_REQUEST), signal(K.DEMO_REQUEST), signal(K.INQUIRY)] * 3
    explanation = score_of(signals, has_two_way=False)
    assert explanation.score == 100
    assert explanation.temperature == Temperature.WARM


def test_sixty_nine_points_are_warm() -> None:
    # 30 + 25 + 8 + 3 + 3 = 69
    signals = [
        signal(K.QUOTE_REQUEST),
        signal(K.DEMO_REQUEST),
        signal(K.PRICING_VISIT),
        signal(K.WEBSITE_VISIT),
        signal(K.WEBSITE_VISIT),
    ]
    explanation = score_of(signals)
    assert explanation.score == 69
    assert explanation.temperature == Temperature.WARM


def test_twenty_nine_points_are_cold() -> None:
    # 15 + 8 + 3 + 3 = 29
    signals = [
        signal(K.INQUIRY),
        signal(K.PRICING_VISIT),
        signal(K.WEBSITE_VISIT),
        signal(K.WEBSITE_VISIT),
    ]
    explanation = score_of(signals)
    assert explanation.score == 29
    assert explanation.temperature == Temperature.COLD


# --- properties ----------------------------------------------------------------------------

signals_strategy = st.builds(
    lambda kind, seconds: Signal(kind, NOW - timedelta(seconds=seconds)),
    st.sampled_from(list(ActivityKind)),
    st.integers(min_value=0, max_value=400 * 86_400),
)

facts_strategy = st.builds(
    FitFacts,
    industry=st.one_of(st.none(), st.sampled_from(["Retail", "software", "Farming"]), st.text()),
    company_size=st.one_of(st.none(), st.integers(min_value=0, max_value=100_000)),
    decision_role=st.sampled_from(list(DecisionRole)),
    email=st.one_of(
        st.none(),
        st.sampled_from(["a@gmail.com", "b@company.vn", "c@YAHOO.COM", "no-at-sign"]),
        st.emails(),
    ),
)


@given(st.lists(signals_strategy, max_size=40), facts_strategy, st.booleans())
def test_the_score_is_always_between_zero_and_one_hundred(
    signals: list[Signal], facts: FitFacts, two_way: bool
) -> None:
    assert 0 <= score_of(signals, facts, two_way).score <= 100


@given(st.lists(signals_strategy, max_size=40), signals_strategy, facts_strategy, st.booleans())
def test_adding_a_signal_never_lowers_the_score(
    signals: list[Signal], extra: Signal, facts: FitFacts, two_way: bool
) -> None:
    before = score_of(signals, facts, two_way).score
    after = score_of([*signals, extra], facts, two_way).score
    assert after >= before


@given(st.lists(signals_strategy, max_size=40), facts_strategy, st.booleans())
def test_the_contributions_always_add_up_exactly_to_the_score(
    signals: list[Signal], facts: FitFacts, two_way: bool
) -> None:
    explanation = score_of(signals, facts, two_way)
    assert sum(c.points for c in explanation.contributions) == explanation.score
    keys = [c.key for c in explanation.contributions]
    assert len(keys) == len(set(keys))  # one line per rule
    assert keys.count(CLAMP) <= 1
    assert CLAMP not in keys[:-1]  # the clamp line, if any, comes last


@given(st.lists(signals_strategy, max_size=40), facts_strategy)
def test_a_deal_without_two_way_contact_is_never_hot(
    signals: list[Signal], facts: FitFacts
) -> None:
    assert score_of(signals, facts, has_two_way=False).temperature != Temperature.HOT


@given(st.lists(signals_strategy, max_size=40), facts_strategy, st.booleans())
def test_the_temperature_always_matches_the_score(
    signals: list[Signal], facts: FitFacts, two_way: bool
) -> None:
    explanation = score_of(signals, facts, two_way)
    assert explanation.temperature == temperature(explanation.score, two_way, CONFIG)


@given(st.lists(signals_strategy, max_size=40))
def test_no_behaviour_line_exceeds_its_cap_or_its_undecayed_points(signals: list[Signal]) -> None:
    caps = {r.key: r.cap for r in DEFAULT_SCORING_RULES}
    for line in score_of(signals).contributions:
        if line.key == CLAMP:
            continue
        assert 0 <= line.points <= line.undecayed
        if caps[line.key] is not None:
            assert line.points <= caps[line.key]
        assert line.count == sum(1 for s in signals if s.kind.value == line.key)


@given(st.sampled_from(sorted(SIGNAL_KINDS)), st.integers(min_value=0, max_value=400))
def test_an_older_signal_is_never_worth_more(kind: ActivityKind, days: int) -> None:
    assert score_of([signal(kind, days + 1)]).score <= score_of([signal(kind, days)]).score


@given(
    st.integers(min_value=-100, max_value=100),
    st.integers(min_value=1, max_value=365),
    st.integers(min_value=0, max_value=3650 * SECONDS_PER_DAY),
)
def test_one_more_half_life_always_halves_a_signal(points: int, half_life: int, age: int) -> None:
    now = decayed_micro(points, age, half_life)
    later = decayed_micro(points, age + half_life * SECONDS_PER_DAY, half_life)
    # Both are rounded to the millionth of a point: twice the later one is off by at most one.
    assert abs(later * 2 - now) <= 1
