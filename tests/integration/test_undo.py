"""Undo restores the exact previous rows of every kind of change; redo restores the change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from crmdesk.app import Workspace
from crmdesk.domain.enums import SubStage
from crmdesk.domain.errors import DomainError, UndoConflictError, ValidationError
from crmdesk.services import Change as Meaning
from crmdesk.services import Services
from tests.conftest import dump
from tests.integration.helpers import LEAD_REQUIRED, make_lead, make_opportunity, met

Change = Callable[[Services, int], object]

CHANGES: dict[str, Change] = {
    "create organization": lambda s, d: s.organizations.create("Blue Harbor Trading LLC", size=12),
    "edit organization": lambda s, d: s.organizations.update(
        s.deals.get(d).organization_id, name="Công ty CP Hoa Sen Việt", industry="Software"
    ),
    "archive organization": lambda s, d: s.organizations.archive(s.deals.get(d).organization_id),
    "create contact": lambda s, d: s.contacts.create("Trần Thị Hạnh", email="hanh@example.vn"),
    "edit contact": lambda s, d: s.contacts.update(
        s.deals.get(d).contact_id, full_name="Nguyễn Văn Đức Anh", decision_role="influencer"
    ),
    "archive contact": lambda s, d: s.contacts.archive(s.deals.get(d).contact_id),
    "create deal": lambda s, d: s.deals.create("Website mới", 40_000_000, "VND"),
    "edit deal": lambda s, d: s.deals.update(d, title="Đổi tên", value_minor=1, owner="Lan"),
    "set sub-stage and probability": lambda s, d: s.deals.update(
        d, sub_stage=SubStage.NEGOTIATION, probability_override=60
    ),
    "archive deal": lambda s, d: s.deals.archive([d]),
    "log a signal": lambda s, d: s.activities.log(d, "quote_request"),
    "schedule a follow-up": lambda s, d: s.activities.schedule(
        d, "call", "Gọi lại", datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
    ),
    "move forward": lambda s, d: s.pipeline.move([d], "won"),
    "move backward": lambda s, d: s.pipeline.move([d], "prospect", note="Chưa chốt"),
    "mark lost": lambda s, d: s.pipeline.move(
        [d], "lost", lost_reason="other", lost_note="Đóng cửa"
    ),
    "change a setting": lambda s, d: s.settings.set("scoring.hot_at", 80),
    "change a probability": lambda s, d: s.settings.set_probability(SubStage.CLOSING, 95),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_undo_restores_the_exact_rows_and_redo_reapplies_them(
    name: str, services: Services, workspace: Workspace
) -> None:
    deal = make_opportunity(services)
    before = dump(workspace.engine)
    CHANGES[name](services, deal.id)
    after = dump(workspace.engine)
    assert after != before, "the change should have written something"
    label = services.history.undo_label
    assert services.history.undo() == label
    assert dump(workspace.engine) == before
    assert services.history.redo_label == label
    services.history.redo()
    assert dump(workspace.engine) == after


def test_completing_an_activity_is_undoable(services: Services, workspace: Workspace) -> None:
    deal = make_lead(services)
    task = services.activities.schedule(
        deal.id, "task", "Gửi báo giá", datetime(2026, 11, 5, tzinfo=UTC)
    )
    before = dump(workspace.engine)
    services.activities.complete(task.id)
    services.history.undo()
    assert dump(workspace.engine) == before


def test_undo_walks_back_several_steps_in_order(services: Services, workspace: Workspace) -> None:
    deal = make_lead(services)
    start = dump(workspace.engine)
    services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    services.deals.update(deal.id, title="Tên mới")
    assert services.history.undo_label == "Edit “Phần mềm bán hàng – Hoa Sen”"
    services.history.undo()
    assert services.history.undo_label == "Move “Phần mềm bán hàng – Hoa Sen” to Prospect"
    services.history.undo()
    assert dump(workspace.engine) == start


def test_a_new_change_clears_redo(services: Services) -> None:
    deal = make_lead(services)
    services.deals.update(deal.id, title="One")
    services.history.undo()
    services.deals.update(deal.id, title="Two")
    assert services.history.redo_label is None
    with pytest.raises(DomainError, match="nothing to redo"):
        services.history.redo()


def test_undo_refuses_when_the_rows_changed_since_and_writes_nothing(
    services: Services, workspace: Workspace
) -> None:
    deal = make_lead(services)
    services.deals.update(deal.id, title="Mine")
    # Another program (or window) changes the same row behind our back.
    with workspace.engine.begin() as conn:
        conn.execute(text("UPDATE deals SET title = 'Theirs' WHERE id = :id"), {"id": deal.id})
    snapshot = dump(workspace.engine)
    with pytest.raises(UndoConflictError):
        services.history.undo()
    assert dump(workspace.engine) == snapshot


def test_every_change_is_announced_with_the_deals_it_touched(services: Services) -> None:
    notices = []
    services.context.subscribe(notices.append)
    deal = make_lead(services)
    services.activities.log(deal.id, "website_visit")
    services.history.undo()
    assert [n.kind for n in notices][-2:] == ["do", "undo"]
    assert deal.id in notices[-1].deal_ids
    assert notices[-1].touches(Meaning.ACTIVITIES)


def test_a_deal_with_a_new_organization_and_contact_is_one_undoable_action(
    services: Services, workspace
) -> None:  # type: ignore[no-untyped-def]
    before = dump(workspace.engine)
    deal = services.deals.create(
        "Website – Hoa Sen", 9_000_000, "VND",
        new_organization="Công ty TNHH Hoa Sen", new_contact="Trần Thị Hạnh",
    )  # fmt: skip
    org = services.organizations.get(deal.organization_id)
    person = services.contacts.get(deal.contact_id)
    assert (org.name, person.full_name, person.organization_id) == (
        "Công ty TNHH Hoa Sen", "Trần Thị Hạnh", org.id,
    )  # fmt: skip
    assert services.history.undo_label == "Add deal “Website – Hoa Sen”"
    services.history.undo()
    assert dump(workspace.engine) == before


def test_an_invalid_deal_creates_no_organization_either(services: Services, workspace) -> None:  # type: ignore[no-untyped-def]
    before = dump(workspace.engine)
    with pytest.raises(ValidationError):
        services.deals.create("  ", 1, "VND", new_organization="Công ty Mới")
    with pytest.raises(ValidationError):
        services.deals.create("Title", -5, "VND", new_contact="Lê Văn Tám")
    assert dump(workspace.engine) == before


def test_a_new_contact_added_on_edit_joins_the_deals_organization(services: Services) -> None:
    deal = services.deals.create("POS", 1, "VND", new_organization="Hoa Sen")
    edited = services.deals.update(deal.id, new_contact="Phạm Minh Châu")
    person = services.contacts.get(edited.contact_id)
    assert person.organization_id == deal.organization_id
