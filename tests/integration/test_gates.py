"""The move service enforces every gate rule and writes nothing when it refuses."""

from __future__ import annotations

import pytest

from crmdesk.domain.enums import Stage, SubStage
from crmdesk.domain.errors import GateRefusedError, NotFoundError, ValidationError
from crmdesk.services import AnswerInput, Services
from tests.conftest import dump
from tests.integration.helpers import (
    LEAD_REQUIRED,
    PROSPECT_REQUIRED,
    make_lead,
    make_opportunity,
    met,
)


def test_a_lead_without_the_required_criteria_is_refused_naming_them(services: Services) -> None:
    deal = make_lead(services)
    with pytest.raises(GateRefusedError) as refused:
        services.pipeline.move([deal.id], "prospect", answers=met("icp_fit"))
    assert refused.value.unmet == ("buying_intent", "two_way_conversation")
    assert "Shows buying intent" in str(refused.value)
    assert "Engaged in a two-way conversation" in str(refused.value)
    assert "Fits the ideal customer profile" not in str(refused.value)
    assert services.deals.get(deal.id).stage == Stage.LEAD


def test_a_refused_move_writes_nothing_not_even_the_answers(services: Services, workspace) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    before = dump(workspace.engine)
    with pytest.raises(GateRefusedError):
        services.pipeline.move([deal.id], "prospect", answers=met("icp_fit", "buying_intent"))
    assert dump(workspace.engine) == before


def test_a_lead_meeting_all_required_criteria_becomes_a_prospect_with_history(
    services: Services,
) -> None:
    deal = make_lead(services)
    [moved] = services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    assert moved.stage == Stage.PROSPECT
    last = services.deals.history(deal.id)[-1]
    assert (last.from_stage, last.to_stage, last.override_reason) == (
        Stage.LEAD,
        Stage.PROSPECT,
        None,
    )
    answers = services.deals.answers(deal.id)
    assert len(answers) == 3 and all(a.met and a.evidence for a in answers)


def test_optional_criteria_are_not_needed_to_pass(services: Services) -> None:
    deal = make_lead(services)
    services.pipeline.move(
        [deal.id],
        "prospect",
        answers={**met(*LEAD_REQUIRED), "problem_acknowledged": AnswerInput(False)},
    )
    assert services.deals.get(deal.id).stage == Stage.PROSPECT


def test_earlier_answers_count_at_the_next_crossing(services: Services) -> None:
    deal = make_lead(services)
    services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    services.pipeline.move([deal.id], "lead", note="Went quiet")
    services.pipeline.move([deal.id], "prospect")
    assert services.deals.get(deal.id).stage == Stage.PROSPECT


def test_an_answer_withdrawn_now_overrides_an_earlier_one(services: Services) -> None:
    deal = make_lead(services)
    services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    services.pipeline.move([deal.id], "lead", note="Budget frozen")
    with pytest.raises(GateRefusedError) as refused:
        services.pipeline.move([deal.id], "prospect", answers={"buying_intent": AnswerInput(False)})
    assert refused.value.unmet == ("buying_intent",)


def test_an_override_reason_passes_the_gate_and_is_recorded(services: Services) -> None:
    deal = make_lead(services)
    services.pipeline.move([deal.id], "prospect", override_reason="Referred by our best customer")
    last = services.deals.history(deal.id)[-1]
    assert last.to_stage == Stage.PROSPECT
    assert last.override_reason == "Referred by our best customer"


def test_a_blank_override_reason_does_not_pass(services: Services) -> None:
    deal = make_lead(services)
    with pytest.raises(GateRefusedError):
        services.pipeline.move([deal.id], "prospect", override_reason="   ")


def test_jumping_from_lead_to_opportunity_crosses_both_gates(services: Services) -> None:
    deal = make_lead(services)
    with pytest.raises(GateRefusedError) as refused:
        services.pipeline.move([deal.id], "opportunity", answers=met(*LEAD_REQUIRED))
    assert refused.value.unmet == PROSPECT_REQUIRED
    [moved] = services.pipeline.move(
        [deal.id], "opportunity", answers=met(*LEAD_REQUIRED, *PROSPECT_REQUIRED)
    )
    assert moved.stage == Stage.OPPORTUNITY
    assert moved.sub_stage == SubStage.NEEDS_IDENTIFIED


def test_winning_a_lead_directly_needs_both_gates(services: Services) -> None:
    deal = make_lead(services)
    with pytest.raises(GateRefusedError) as refused:
        services.pipeline.move([deal.id], "won")
    assert set(refused.value.unmet) == set(LEAD_REQUIRED)


def test_winning_an_opportunity_crosses_no_gate(services: Services) -> None:
    deal = make_opportunity(services)
    [won] = services.pipeline.move([deal.id], "won")
    assert won.stage == Stage.WON


def test_a_won_deal_keeps_its_sub_stage_and_can_still_be_edited(services: Services) -> None:
    deal = make_opportunity(services)
    services.deals.update(deal.id, probability_override=80)
    services.pipeline.move([deal.id], "won")
    edited = services.deals.update(deal.id, title="POS Hoa Sen – chi nhánh 2")
    assert edited.title == "POS Hoa Sen – chi nhánh 2"
    assert edited.stage == Stage.WON and edited.sub_stage is not None


def test_a_prospect_cannot_be_given_a_sub_stage(services: Services) -> None:
    deal = make_opportunity(services)
    services.pipeline.move([deal.id], "prospect", note="Waiting for budget")
    with pytest.raises(ValidationError) as error:
        services.deals.update(deal.id, sub_stage=SubStage.PROPOSAL_SENT)
    assert error.value.field == "sub_stage"


def test_moving_backward_needs_a_reason(services: Services) -> None:
    deal = make_opportunity(services)
    with pytest.raises(ValidationError) as error:
        services.pipeline.move([deal.id], "prospect")
    assert "needs a short reason" in str(error.value)
    [back] = services.pipeline.move([deal.id], "prospect", note="Budget moved to next year")
    assert back.stage == Stage.PROSPECT and back.sub_stage is None
    assert services.deals.history(deal.id)[-1].note == "Budget moved to next year"


def test_lost_needs_a_reason_from_the_list(services: Services) -> None:
    deal = make_lead(services)
    with pytest.raises(ValidationError, match="needs a reason"):
        services.pipeline.move([deal.id], "lost")
    with pytest.raises(ValidationError, match="not a lost reason"):
        services.pipeline.move([deal.id], "lost", lost_reason="bad_weather")
    [lost] = services.pipeline.move([deal.id], "lost", lost_reason="no_budget")
    assert (lost.stage, lost.lost_reason) == (Stage.LOST, "no_budget")


def test_the_other_lost_reason_needs_a_note(services: Services) -> None:
    deal = make_lead(services)
    with pytest.raises(ValidationError, match="needs a note"):
        services.pipeline.move([deal.id], "lost", lost_reason="other")
    [lost] = services.pipeline.move([deal.id], "lost", lost_reason="other", lost_note="Shop closed")
    assert lost.lost_note == "Shop closed"


def test_reopening_a_lost_deal_needs_a_reason_and_clears_the_lost_reason(
    services: Services,
) -> None:
    deal = make_lead(services)
    services.pipeline.move([deal.id], "lost", lost_reason="timing")
    with pytest.raises(ValidationError):
        services.pipeline.move([deal.id], "lead")
    [reopened] = services.pipeline.move([deal.id], "lead", note="They called back")
    assert reopened.stage == Stage.LEAD and reopened.lost_reason is None


def test_unknown_criteria_keys_are_refused_with_their_names(services: Services) -> None:
    deal = make_lead(services)
    with pytest.raises(ValidationError, match="no_such_thing"):
        services.pipeline.move([deal.id], "prospect", answers=met("no_such_thing"))


def test_moving_several_deals_is_all_or_nothing(services: Services, workspace) -> None:  # type: ignore[no-untyped-def]
    ready = make_lead(services, "Ready")
    services.pipeline.move([ready.id], "prospect", answers=met(*LEAD_REQUIRED))
    services.pipeline.move([ready.id], "lead", note="Paused")
    not_ready = make_lead(services, "Not ready")
    before = dump(workspace.engine)
    with pytest.raises(GateRefusedError, match="Not ready"):
        services.pipeline.move([ready.id, not_ready.id], "prospect")
    assert dump(workspace.engine) == before


def test_a_card_is_placed_above_the_card_it_is_dropped_on(services: Services) -> None:
    a, b, c = (
        make_lead(services, t) for t in ("A", "B", "C")
    )  # each new card goes on top: C, B, A
    services.pipeline.move([a.id], "lead", before_id=b.id)
    order = [card.title for card in services.board.column("lead")]
    assert order == ["C", "A", "B"]
    services.pipeline.move([c.id], "lead", before_id=a.id)  # no gap change needed
    assert [card.title for card in services.board.column("lead")] == ["C", "A", "B"]
    services.pipeline.move([b.id, c.id], "lead", before_id=a.id)
    assert [card.title for card in services.board.column("lead")] == ["B", "C", "A"]


def test_a_card_can_be_placed_below_a_card_or_at_the_bottom(services: Services) -> None:
    a, b, c = (make_lead(services, t) for t in ("A", "B", "C"))  # C, B, A
    services.pipeline.move([c.id], "lead", after_id=b.id)
    assert [card.title for card in services.board.column("lead")] == ["B", "C", "A"]
    services.pipeline.move([b.id], "lead", after_id=a.id)
    assert [card.title for card in services.board.column("lead")] == ["C", "A", "B"]


def test_repeated_drops_in_one_spot_keep_a_strict_order(services: Services) -> None:
    first = make_lead(services, "First")
    anchor = make_lead(services, "Anchor")
    services.pipeline.move([first.id], "lead", before_id=anchor.id)
    others = [make_lead(services, f"N{i}") for i in range(60)]
    for deal in others:
        services.pipeline.move([deal.id], "lead", before_id=anchor.id)
    titles = [c.title for c in services.board.column("lead", limit=100)]
    assert titles.index("First") < titles.index("N0") < titles.index("N59") < titles.index("Anchor")
    assert titles[titles.index("Anchor") - 1] == "N59"


def test_moving_an_archived_or_missing_deal_is_refused(services: Services) -> None:
    deal = make_lead(services)
    services.deals.archive([deal.id])
    with pytest.raises(NotFoundError, match="archived"):
        services.pipeline.move([deal.id], "lost", lost_reason="timing")
    with pytest.raises(NotFoundError, match="no deal number 999"):
        services.pipeline.move([999], "lost", lost_reason="timing")


def test_an_unknown_stage_is_refused_in_a_sentence(services: Services) -> None:
    deal = make_lead(services)
    with pytest.raises(ValidationError, match="“closed” is not a stage"):
        services.pipeline.move([deal.id], "closed")


def test_gates_for_shows_the_criteria_and_what_is_already_met(services: Services) -> None:
    deal = make_lead(services)
    services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    [view] = services.pipeline.gates_for(deal.id, Stage.OPPORTUNITY)
    assert [c.key for c in view.criteria] == [*PROSPECT_REQUIRED, "pricing_discussion"]
    assert view.latest_met == frozenset()
    assert services.pipeline.gates_for(deal.id, Stage.LEAD) == []
