"""The learnt win probability: explanations that add up, calibration on unseen deals only."""

from __future__ import annotations

import math
from random import Random

from crmdesk.domain import win_model as wm

FACTORS = ("source", "value", "score")


def _examples(n: int, seed: int = 1) -> list[wm.Example]:
    """Referrals and high scores win more often; newest first (higher ids are newer)."""
    rng = Random(seed)
    out = []
    for i in range(n, 0, -1):
        source = rng.choice(["Referral", "Website", "Facebook"])
        score = rng.choice(["0-29", "30-49", "70-100"])
        value = rng.choice(["q1", "q2", "q3", "q4"])
        chance = 0.2 + 0.4 * (source == "Referral") + 0.3 * (score == "70-100")
        won = rng.random() < chance
        out.append(wm.Example(i, {"source": source, "value": value, "score": score}, won, 50))
    return out


def test_the_explanation_adds_up_to_the_prediction_in_points_and_in_log_odds() -> None:
    model = wm.fit(_examples(300), FACTORS)
    for factors in (
        {"source": "Referral", "value": "q4", "score": "70-100"},
        {"source": "Facebook", "value": "q1", "score": "0-29"},
        {"source": "Zalo", "value": "q2", "score": "30-49"},  # a source never seen
    ):
        e = model.explain(factors)
        assert e.base + sum(p.points for p in e.parts) == e.probability
        assert e.probability == wm.percent(model.probability(factors))
        assert math.isclose(
            e.base_log_odds + sum(p.log_odds for p in e.parts),
            model.log_odds(factors),
            abs_tol=1e-9,
        )
        assert [p.factor for p in e.parts] == sorted(
            FACTORS, key=lambda f: -abs(next(p.log_odds for p in e.parts if p.factor == f))
        )


def test_the_model_learns_what_wins() -> None:
    model = wm.fit(_examples(600), FACTORS)
    referral = model.probability({"source": "Referral", "value": "q2", "score": "70-100"})
    cold = model.probability({"source": "Facebook", "value": "q2", "score": "0-29"})
    assert referral > 0.7 > 0.35 > cold


def test_calibration_is_computed_on_the_held_out_newest_deals_only() -> None:
    examples = _examples(200)
    older, newer = wm.split_by_time(examples)
    assert len(newer) == 50 and {e.deal_id for e in newer} == set(range(151, 201))
    model = wm.fit(older, FACTORS)

    c = wm.calibrate(model, newer, len(older))

    assert set(c.held_out) == {e.deal_id for e in newer}
    assert not set(c.held_out) & {e.deal_id for e in older}
    expected = sum((model.probability(e.factors) - e.won) ** 2 for e in newer) / len(newer)
    assert math.isclose(c.brier, expected)
    assert math.isclose(c.stage_default_brier or 0, sum((0.5 - e.won) ** 2 for e in newer) / 50)
    assert sum(b.deals for b in c.bins) == 50
    for b in c.bins:
        inside = [e for e in newer if b.low <= model.probability(e.factors) * 100 < b.high]
        assert b.won == sum(e.won for e in inside) / len(inside)


def test_the_model_waits_for_thirty_won_and_thirty_lost() -> None:
    assert not wm.enough(29, 100)
    assert not wm.enough(100, 29)
    assert wm.enough(30, 30)


def test_with_little_history_the_model_stays_near_the_stage_default() -> None:
    few = [
        wm.Example(
            i,
            {"source": "Website", "value": "q1", "score": "0-29", wm.DEFAULT: "75"},
            i % 3 != 0,
            75,
        )
        for i in range(1, 31)
    ]
    model = wm.fit(few, FACTORS)
    factors = {"source": "Website", "value": "q1", "score": "0-29", wm.DEFAULT: "75"}
    assert abs(model.probability(factors) - 0.72) < 0.06  # between 75 % and the 67 % won
    e = model.explain({**factors, wm.DEFAULT: "25"})
    assert any(p.factor == wm.DEFAULT and p.points < 0 for p in e.parts)
    assert e.base + sum(p.points for p in e.parts) == e.probability
