"""Nurturing plans over a real file: touches scheduled on enrolment, stopped by engagement."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from crmdesk.app import Workspace
from crmdesk.domain.enums import ActivityKind
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.domain.nurture import PlanStep, StopReason
from crmdesk.domain.nurture_defaults import NOT_READY, TIMING
from crmdesk.services import Services, local_zone
from tests.conftest import Clock, dump
from tests.integration.helpers import LEAD_REQUIRED, make_lead, met

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture(autouse=True)
def saigon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_zone, "local_zone", lambda: SAIGON)


def touches(services: Services, deal_id: int) -> list[tuple[ActivityKind, datetime, str]]:
    items = [a for a in services.activities.for_deal(deal_id) if a.due_at and not a.done_at]
    return sorted(((a.kind, a.due_at, a.subject) for a in items), key=lambda t: t[1])  # type: ignore[arg-type, return-value]


def test_a_new_file_comes_with_two_plans(services: Services) -> None:
    plans = services.nurture.plans()
    assert [p.key for p in plans] == [NOT_READY, TIMING]
    assert all(len(p.steps) == 5 for p in plans)
    kinds = {s.kind for p in plans for s in p.steps}
    assert {ActivityKind.NEWSLETTER, ActivityKind.CASE_STUDY} <= kinds


def test_enrolling_schedules_every_touch_at_nine_local_with_the_parties_named(
    services: Services, clock: Clock
) -> None:
    clock.now = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # 08:00 in Saigon
    deal = make_lead(services)
    [enrolment] = services.nurture.enrol([deal.id], NOT_READY)
    assert enrolment.steps == 5 and enrolment.step == 1 and enrolment.stopped_at is None
    scheduled = touches(services, deal.id)
    days = [(due.astimezone(SAIGON) - datetime(2026, 11, 2, 9, tzinfo=SAIGON)).days
            for _, due, _ in scheduled]  # fmt: skip
    assert days == [0, 7, 14, 28, 42]
    assert all(due.astimezone(SAIGON).hour == 9 for _, due, _ in scheduled)
    subjects = [s for _, _, s in scheduled]
    assert subjects[0] == "Thank Nguyễn Văn Đức and send our buyer's guide"
    assert "Công ty TNHH Hoa Sen" in subjects[2]
    [item] = services.agenda.agenda(0).today
    assert item.plan == "Not ready yet: six weeks" and item.kind == ActivityKind.EMAIL
    assert services.board.column("lead")[0].nurture_steps == 5


def test_subjects_are_written_in_the_language_of_the_moment(services: Services) -> None:
    deal = make_lead(services)
    vietnamese = {"Thank {contact} and send our buyer's guide": "Cảm ơn {contact}"}

    def translate(context: str, text: str) -> str:
        return vietnamese.get(text, text) if context == "Defaults" else text

    services.nurture.enrol([deal.id], NOT_READY, translate)
    assert "Cảm ơn Nguyễn Văn Đức" in [s for _, _, s in touches(services, deal.id)]


def test_enrolling_twice_in_a_plan_is_refused_with_a_sentence_and_writes_nothing(
    services: Services, workspace: Workspace
) -> None:
    deal = make_lead(services)
    services.nurture.enrol([deal.id], NOT_READY)
    before = dump(workspace.engine)
    with pytest.raises(ValidationError, match="already enrolled in “Not ready yet: six weeks”"):
        services.nurture.enrol([deal.id], NOT_READY)
    with pytest.raises(ValidationError, match="stop it before choosing another"):
        services.nurture.enrol([deal.id], TIMING)
    with pytest.raises(NotFoundError, match="no nurturing plan “weekly”"):
        services.nurture.enrol([deal.id], "weekly")
    assert dump(workspace.engine) == before


def test_only_leads_and_lost_deals_are_nurtured_and_all_or_none_enrol(
    services: Services, workspace: Workspace
) -> None:
    lead = make_lead(services)
    prospect = make_lead(services, "Website – Hoa Sen")
    services.pipeline.move([prospect.id], "prospect", answers=met(*LEAD_REQUIRED))
    before = dump(workspace.engine)
    with pytest.raises(ValidationError, match="past the lead stage"):
        services.nurture.enrol([lead.id, prospect.id], NOT_READY)
    assert dump(workspace.engine) == before
    services.pipeline.move([prospect.id], "lost", lost_reason="timing")
    made = services.nurture.enrol([lead.id, prospect.id], TIMING)
    assert [e.deal_id for e in made] == [lead.id, prospect.id]


def test_a_reply_stops_the_plan_cancels_its_touches_and_says_why(
    services: Services, clock: Clock
) -> None:
    deal = make_lead(services)
    services.nurture.enrol([deal.id], NOT_READY)
    first = min(a.id for a in services.activities.for_deal(deal.id))
    services.activities.complete(first)  # the plan's own email: the plan goes on
    assert services.nurture.enrolment(deal.id) is not None
    assert services.nurture.enrolment(deal.id).step == 2  # type: ignore[union-attr]
    assert services.board.column("lead")[0].nurture_done == 1
    clock.advance(days=3)
    services.activities.log(deal.id, "email_reply", "Anh Đức trả lời")
    assert services.nurture.enrolment(deal.id) is None
    assert touches(services, deal.id) == []
    [stopped] = services.nurture.history(deal.id)
    assert stopped.stop_reason == StopReason.ENGAGED and stopped.stop_detail == "email_reply"
    assert stopped.stopped_at == clock.now and stopped.done == 1
    assert services.board.column("lead")[0].nurture_steps is None
    assert services.history.undo_label == "Log email reply on deal 1"


@pytest.mark.parametrize("kind", ["call", "meeting", "inquiry", "demo_request", "quote_request"])
def test_every_two_way_engagement_stops_the_plan(services: Services, kind: str) -> None:
    deal = make_lead(services)
    services.nurture.enrol([deal.id], NOT_READY)
    services.activities.log(deal.id, kind)
    assert services.nurture.enrolment(deal.id) is None


def test_a_one_way_signal_leaves_the_plan_running(services: Services) -> None:
    deal = make_lead(services)
    services.nurture.enrol([deal.id], NOT_READY)
    services.activities.log(deal.id, "website_visit")
    services.activities.log(deal.id, "note", "Ghi chú")
    assert services.nurture.enrolment(deal.id) is not None


def test_moving_forward_stops_the_plan_and_back_to_lead_does_not(services: Services) -> None:
    deal = make_lead(services)
    services.pipeline.move([deal.id], "lost", lost_reason="timing")
    services.nurture.enrol([deal.id], TIMING)
    services.pipeline.move([deal.id], "lead", note="Quay lại")
    assert services.nurture.enrolment(deal.id) is not None
    services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    [stopped] = services.nurture.history(deal.id)
    assert stopped.stop_reason == StopReason.MOVED and stopped.stop_detail == "prospect"
    assert services.deals.get(deal.id).stage == "prospect"
    card = services.board.column("prospect")[0]
    assert card.next_action is None


def test_the_last_touch_done_completes_the_plan(services: Services) -> None:
    deal = make_lead(services)
    services.nurture.save_plan(NOT_READY, "Ngắn", [PlanStep(ActivityKind.NEWSLETTER, 0, "Tin")])
    services.nurture.enrol([deal.id], NOT_READY)
    [touch] = [a for a in services.activities.for_deal(deal.id)]
    services.activities.complete(touch.id)
    [done] = services.nurture.history(deal.id)
    assert done.stop_reason == StopReason.COMPLETED and done.done == 1


CHANGES = {
    "enrol": lambda s, d: s.nurture.enrol([d], NOT_READY),
    "stop": lambda s, d: s.nurture.stop(d),
    "stopped by a reply": lambda s, d: s.activities.log(d, "email_reply"),
    "stopped by a move": lambda s, d: s.pipeline.move([d], "prospect", answers=met(*LEAD_REQUIRED)),
    "a touch done": lambda s, d: s.activities.complete(
        min(a.id for a in s.activities.for_deal(d) if a.done_at is None)
    ),
    "edit a plan": lambda s, d: s.nurture.save_plan(
        NOT_READY, "Sáu tuần", [PlanStep(ActivityKind.CALL, 3, "Gọi {contact}")]
    ),
    "add a plan": lambda s, d: s.nurture.save_plan(
        None, "Hằng tháng", [PlanStep(ActivityKind.NEWSLETTER, 30, "Bản tin")]
    ),
    "remove a plan": lambda s, d: s.nurture.remove_plan(TIMING),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_undo_restores_the_exact_rows_of_each_nurturing_change(
    name: str, services: Services, workspace: Workspace
) -> None:
    deal = make_lead(services)
    if name != "enrol":
        services.nurture.enrol([deal.id], NOT_READY)
    before = dump(workspace.engine)
    CHANGES[name](services, deal.id)
    after = dump(workspace.engine)
    assert after != before
    services.history.undo()
    assert dump(workspace.engine) == before
    services.history.redo()
    assert dump(workspace.engine) == after


def test_a_plan_edit_is_checked_and_a_new_plan_gets_a_key_from_its_name(
    services: Services, workspace: Workspace
) -> None:
    before = dump(workspace.engine)
    with pytest.raises(ValidationError, match="unknown placeholder"):
        services.nurture.save_plan(None, "Tuần", [PlanStep(ActivityKind.EMAIL, 1, "Chào {ten}")])
    with pytest.raises(ValidationError, match="cannot be empty"):
        services.nurture.save_plan(None, " ", [PlanStep(ActivityKind.EMAIL, 1, "Chào")])
    assert dump(workspace.engine) == before
    plan = services.nurture.save_plan(
        None, "Khách hàng tiềm năng – hằng tuần", [PlanStep(ActivityKind.EMAIL, 1, "Chào")]
    )
    assert plan.key == "khach_hang_tiem_nang_hang_tuan"
    assert [p.key for p in services.nurture.plans()][-1] == plan.key
    services.nurture.remove_plan(plan.key)
    assert plan.key not in [p.key for p in services.nurture.plans()]
