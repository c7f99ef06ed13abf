"""Editing the gates' criteria: each change undoable, applied to the next crossing."""

from __future__ import annotations

import pytest

from crmdesk.domain.enums import Gate, Stage
from crmdesk.domain.errors import GateRefusedError, ValidationError
from crmdesk.services import Services
from tests.conftest import dump
from tests.integration.helpers import LEAD_REQUIRED, make_lead, met


def keys(services: Services, gate: Gate = Gate.LEAD_TO_PROSPECT) -> list[str]:
    return [c.key for c in services.settings.criteria(gate, active_only=False)]


def by_key(services: Services, key: str):  # type: ignore[no-untyped-def]
    return next(c for g in Gate for c in services.settings.criteria(g, active_only=False)
                if c.key == key)  # fmt: skip


def test_a_criterion_made_required_blocks_the_next_crossing(services: Services) -> None:
    services.criteria.set_required(by_key(services, "problem_acknowledged").id, True)
    deal = make_lead(services)
    with pytest.raises(GateRefusedError) as refused:
        services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    assert refused.value.unmet == ("problem_acknowledged",)


def test_a_new_criterion_gets_a_key_and_can_be_required(services: Services) -> None:
    added = services.criteria.add(Gate.LEAD_TO_PROSPECT, "Có ngân sách dự kiến", required=True)
    assert added.key == "co_ngan_sach_du_kien" and keys(services)[-1] == added.key
    deal = make_lead(services)
    with pytest.raises(GateRefusedError):
        services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED, added.key))
    assert services.deals.get(deal.id).stage == Stage.PROSPECT


def test_retiring_keeps_the_answers_and_stops_asking(services: Services) -> None:
    deal = make_lead(services)
    services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    intent = by_key(services, "buying_intent")
    services.criteria.set_active(intent.id, False)
    assert intent.id in {a.criterion_id for a in services.deals.answers(deal.id)}
    other = make_lead(services, "Other")
    services.pipeline.move([other.id], "prospect", answers=met("icp_fit", "two_way_conversation"))
    assert "buying_intent" not in [c.key for c in services.settings.criteria(Gate.LEAD_TO_PROSPECT)]


def test_an_answered_criterion_cannot_be_removed_only_retired(
    services: Services, workspace
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    before = dump(workspace.engine)
    with pytest.raises(ValidationError) as error:
        services.criteria.remove(by_key(services, "icp_fit").id)
    assert "retire it instead" in str(error.value)
    assert dump(workspace.engine) == before
    unused = by_key(services, "pricing_discussion")
    services.criteria.remove(unused.id)
    assert "pricing_discussion" not in keys(services, Gate.PROSPECT_TO_OPPORTUNITY)
    services.history.undo()
    assert "pricing_discussion" in keys(services, Gate.PROSPECT_TO_OPPORTUNITY)


def test_reorder_rename_and_undo(services: Services) -> None:
    ids = [c.id for c in services.settings.criteria(Gate.LEAD_TO_PROSPECT, active_only=False)]
    services.criteria.reorder(Gate.LEAD_TO_PROSPECT, list(reversed(ids)))
    assert [c.id for c in services.settings.criteria(Gate.LEAD_TO_PROSPECT)] == ids[::-1]
    services.criteria.rename(ids[0], "Hợp với khách hàng mục tiêu")
    assert by_key(services, "icp_fit").label == "Hợp với khách hàng mục tiêu"
    services.history.undo()
    services.history.undo()
    assert [c.id for c in services.settings.criteria(Gate.LEAD_TO_PROSPECT)] == ids
    with pytest.raises(ValidationError):
        services.criteria.reorder(Gate.LEAD_TO_PROSPECT, ids[:2])
    with pytest.raises(ValidationError):
        services.criteria.rename(ids[0], "   ")
