"""Pipeline rules: move kinds, gates crossed, gate requirements, probabilities."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.defaults import DEFAULT_CRITERIA, DEFAULT_PROBABILITIES
from crmdesk.domain.enums import OPEN_STAGES, Gate, Stage, SubStage
from crmdesk.domain.pipeline import (
    CriterionRule,
    MoveKind,
    classify_move,
    effective_probability,
    gates_crossed,
    needs_reason,
    refusal_message,
    unmet_required,
    weighted_value,
)

L, P, OP, W, X = Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY, Stage.WON, Stage.LOST
LP, PO = Gate.LEAD_TO_PROSPECT, Gate.PROSPECT_TO_OPPORTUNITY

# Every (source, target) pair: its kind, the gates it crosses, whether it needs a reason.
MOVES: dict[tuple[Stage, Stage], tuple[MoveKind, tuple[Gate, ...], bool]] = {
    (L, L): (MoveKind.SAME, (), False),
    (L, P): (MoveKind.FORWARD, (LP,), False),
    (L, OP): (MoveKind.FORWARD, (LP, PO), False),
    (L, W): (MoveKind.WIN, (LP, PO), False),
    (L, X): (MoveKind.LOSE, (), False),
    (P, L): (MoveKind.BACKWARD, (), True),
    (P, P): (MoveKind.SAME, (), False),
    (P, OP): (MoveKind.FORWARD, (PO,), False),
    (P, W): (MoveKind.WIN, (PO,), False),
    (P, X): (MoveKind.LOSE, (), False),
    (OP, L): (MoveKind.BACKWARD, (), True),
    (OP, P): (MoveKind.BACKWARD, (), True),
    (OP, OP): (MoveKind.SAME, (), False),
    (OP, W): (MoveKind.WIN, (), False),
    (OP, X): (MoveKind.LOSE, (), False),
    # Reopening an outcome is backward and needs a reason.
    (W, L): (MoveKind.BACKWARD, (), True),
    (W, P): (MoveKind.BACKWARD, (), True),
    (W, OP): (MoveKind.BACKWARD, (), True),
    (W, W): (MoveKind.SAME, (), False),
    (W, X): (MoveKind.LOSE, (), False),
    (X, L): (MoveKind.BACKWARD, (), True),
    (X, P): (MoveKind.BACKWARD, (), True),
    (X, OP): (MoveKind.BACKWARD, (), True),
    (X, W): (MoveKind.BACKWARD, (), True),  # a lost deal is reopened, not silently won
    (X, X): (MoveKind.SAME, (), False),
}


def test_the_move_table_covers_every_pair_of_stages() -> None:
    assert set(MOVES) == set(itertools.product(Stage, Stage))
    assert len(MOVES) == 25


@pytest.mark.parametrize(("source", "target"), list(MOVES))
def test_classify_move_for_every_pair_of_stages(source: Stage, target: Stage) -> None:
    assert classify_move(source, target) == MOVES[(source, target)][0]


@pytest.mark.parametrize(("source", "target"), list(MOVES))
def test_gates_crossed_for_every_pair_of_stages(source: Stage, target: Stage) -> None:
    assert gates_crossed(source, target) == MOVES[(source, target)][1]


@pytest.mark.parametrize(("source", "target"), list(MOVES))
def test_needs_reason_for_every_pair_of_stages(source: Stage, target: Stage) -> None:
    assert needs_reason(source, target) is MOVES[(source, target)][2]


def test_lead_to_prospect_crosses_one_gate() -> None:
    assert gates_crossed(L, P) == (Gate.LEAD_TO_PROSPECT,)


def test_lead_to_opportunity_crosses_both_gates_in_order() -> None:
    assert gates_crossed(L, OP) == (Gate.LEAD_TO_PROSPECT, Gate.PROSPECT_TO_OPPORTUNITY)


def test_prospect_to_opportunity_crosses_the_second_gate() -> None:
    assert gates_crossed(P, OP) == (Gate.PROSPECT_TO_OPPORTUNITY,)


def test_lead_to_won_crosses_both_gates_in_order() -> None:
    assert gates_crossed(L, W) == (Gate.LEAD_TO_PROSPECT, Gate.PROSPECT_TO_OPPORTUNITY)


def test_prospect_to_won_crosses_only_the_second_gate() -> None:
    assert gates_crossed(P, W) == (Gate.PROSPECT_TO_OPPORTUNITY,)


def test_opportunity_to_won_crosses_no_gate() -> None:
    assert gates_crossed(OP, W) == ()


@pytest.mark.parametrize("source", list(Stage))
def test_a_move_to_lost_crosses_no_gate(source: Stage) -> None:
    assert gates_crossed(source, Stage.LOST) == ()


@pytest.mark.parametrize(("source", "target"), [(P, L), (OP, L), (OP, P)])
def test_a_backward_move_crosses_no_gate_and_needs_a_reason(source: Stage, target: Stage) -> None:
    assert classify_move(source, target) == MoveKind.BACKWARD
    assert gates_crossed(source, target) == ()
    assert needs_reason(source, target)


@pytest.mark.parametrize(("source", "target"), list(itertools.product([W, X], OPEN_STAGES)))
def test_reopening_a_won_or_lost_deal_is_backward_and_needs_a_reason(
    source: Stage, target: Stage
) -> None:
    assert classify_move(source, target) == MoveKind.BACKWARD
    assert needs_reason(source, target)
    assert gates_crossed(source, target) == ()


def test_a_forward_move_or_a_win_needs_no_reason() -> None:
    for source, target in [(L, P), (L, OP), (P, OP), (L, W), (P, W), (OP, W)]:
        assert not needs_reason(source, target), (source, target)


# --- gate criteria -------------------------------------------------------------------------


def rules_for(gate: Gate) -> list[CriterionRule]:
    return [
        CriterionRule(id=i, key=c.key, label=c.label, required=c.required)
        for i, c in enumerate(DEFAULT_CRITERIA, start=1)
        if c.gate == gate
    ]


def test_nothing_ticked_leaves_every_required_criterion_unmet_in_order() -> None:
    rules = rules_for(LP)
    unmet = unmet_required(rules, [])
    assert [c.key for c in unmet] == ["icp_fit", "buying_intent", "two_way_conversation"]


def test_optional_criteria_are_never_unmet() -> None:
    rules = rules_for(LP)
    required_ids = [c.id for c in rules if c.required]
    assert unmet_required(rules, required_ids) == []
    # the optional ones ("problem_acknowledged", "buying_role_identified") were left unticked
    assert {c.key for c in rules if c.id not in required_ids} == {
        "problem_acknowledged",
        "buying_role_identified",
    }


def test_ticking_only_optional_criteria_does_not_pass_the_gate() -> None:
    rules = rules_for(PO)
    optional_ids = [c.id for c in rules if not c.required]
    unmet = unmet_required(rules, optional_ids)
    assert [c.key for c in unmet] == ["defined_need", "budget", "timeline", "decision_maker"]


def test_unmet_criteria_keep_the_criteria_order_not_the_ticking_order() -> None:
    rules = [
        CriterionRule(30, "c", "Third", True),
        CriterionRule(10, "a", "First", True),
        CriterionRule(20, "b", "Second", False),
        CriterionRule(40, "d", "Fourth", True),
    ]
    assert [c.id for c in unmet_required(rules, iter([10]))] == [30, 40]
    assert [c.id for c in unmet_required(rules, [40, 30])] == [10]


def test_ids_of_other_gates_do_not_count_as_met() -> None:
    prospect_ids = [c.id for c in rules_for(PO)]
    assert len(unmet_required(rules_for(LP), prospect_ids)) == 3


def test_the_refusal_message_names_the_deal_the_gate_and_each_unmet_label() -> None:
    rules = rules_for(PO)
    budget = next(c for c in rules if c.key == "budget")
    unmet = unmet_required(rules, [budget.id])
    message = refusal_message("Máy POS cho Cà phê Đông Á", PO, unmet)
    assert "“Máy POS cho Cà phê Đông Á”" in message
    assert "Prospect → Opportunity" in message
    for label in (
        "A defined need that our product or service solves",
        "Timeline or target date agreed",
        "Decision maker involved in the conversation",
    ):
        assert label in message
    assert "Budget confirmed or allocated" not in message
    assert "override reason" in message
    # the labels appear in the order of the criteria
    positions = [message.index(c.label) for c in unmet]
    assert positions == sorted(positions)


# --- probabilities -------------------------------------------------------------------------


def test_the_default_sub_stage_probabilities_are_those_of_the_design() -> None:
    assert DEFAULT_PROBABILITIES == {
        SubStage.NEEDS_IDENTIFIED: 25,
        SubStage.PROPOSAL_SENT: 50,
        SubStage.NEGOTIATION: 75,
        SubStage.CLOSING: 90,
    }


@pytest.mark.parametrize(
    ("sub_stage", "expected"),
    [
        (SubStage.NEEDS_IDENTIFIED, 25),
        (SubStage.PROPOSAL_SENT, 50),
        (SubStage.NEGOTIATION, 75),
        (SubStage.CLOSING, 90),
    ],
)
def test_an_opportunity_takes_its_sub_stage_default(sub_stage: SubStage, expected: int) -> None:
    assert effective_probability(OP, sub_stage, None, DEFAULT_PROBABILITIES) == expected


def test_an_opportunity_without_a_sub_stage_counts_as_needs_identified() -> None:
    assert effective_probability(OP, None, None, DEFAULT_PROBABILITIES) == 25


def test_an_opportunity_override_beats_the_sub_stage_default() -> None:
    assert effective_probability(OP, SubStage.CLOSING, 40, DEFAULT_PROBABILITIES) == 40
    assert effective_probability(OP, SubStage.NEEDS_IDENTIFIED, 0, DEFAULT_PROBABILITIES) == 0
    assert effective_probability(OP, SubStage.PROPOSAL_SENT, 100, DEFAULT_PROBABILITIES) == 100


def test_edited_sub_stage_defaults_are_used() -> None:
    edited = {**DEFAULT_PROBABILITIES, SubStage.NEGOTIATION: 60}
    assert effective_probability(OP, SubStage.NEGOTIATION, None, edited) == 60


@pytest.mark.parametrize("override", [None, 0, 40])
def test_a_won_deal_is_always_one_hundred_percent(override: int | None) -> None:
    assert effective_probability(W, SubStage.PROPOSAL_SENT, override, DEFAULT_PROBABILITIES) == 100


@pytest.mark.parametrize("override", [None, 60, 100])
def test_a_lost_deal_is_zero_percent_even_with_an_override(override: int | None) -> None:
    assert effective_probability(X, SubStage.CLOSING, override, DEFAULT_PROBABILITIES) == 0


@pytest.mark.parametrize("stage", [L, P])
@pytest.mark.parametrize("override", [None, 50])
def test_leads_and_prospects_have_no_probability_yet(stage: Stage, override: int | None) -> None:
    assert effective_probability(stage, SubStage.CLOSING, override, DEFAULT_PROBABILITIES) == 0


def test_weighted_value_is_value_times_probability_rounded_half_up() -> None:
    assert weighted_value(1_000_000, 25) == 250_000
    assert weighted_value(1_250_001, 50) == 625_001  # 625,000.5 → 625,001
    assert weighted_value(3, 50) == 2  # 1.5 → 2
    assert weighted_value(1, 50) == 1  # 0.5 → 1
    assert weighted_value(1, 49) == 0  # 0.49 → 0
    assert weighted_value(999, 90) == 899  # 899.1 → 899
    assert weighted_value(1005, 90) == 905  # 904.5 → 905


def test_weighted_value_at_zero_and_one_hundred_percent() -> None:
    assert weighted_value(123_457, 0) == 0
    assert weighted_value(123_457, 100) == 123_457


def test_weighted_value_of_a_huge_amount_stays_exact() -> None:
    value = 2**62 + 7  # 4,611,686,018,427,387,911
    # × 75 % = 3,458,764,513,820,540,933.25 → ...933
    assert weighted_value(value, 75) == 3_458_764_513_820_540_933
    # × 50 % = 2,305,843,009,213,693,955.5 → ...956
    assert weighted_value(value, 50) == 2_305_843_009_213_693_956


@given(st.integers(min_value=0, max_value=2**63 - 1), st.integers(min_value=0, max_value=100))
def test_weighted_value_is_within_half_a_unit_of_the_exact_product(value: int, pct: int) -> None:
    weighted = weighted_value(value, pct)
    # 100 × weighted is within 50 of value × pct, and halves go up
    assert -50 < 100 * weighted - value * pct <= 50
    assert 0 <= weighted <= value
