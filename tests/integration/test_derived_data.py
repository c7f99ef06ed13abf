"""Derived data (scores, search keys) follows its sources after every change, undo and redo
included, and never makes an undo refuse."""

from __future__ import annotations

from datetime import timedelta

from crmdesk.db.score_queries import score_table
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import Stage
from crmdesk.services import Services
from tests.conftest import Clock
from tests.integration.helpers import make_lead


def _stored_equals_explained(services: Services) -> None:
    stored = services.context.read(score_table)
    explained = {i: services.deals.explain_score(i).score for i in stored}
    assert stored == explained


def test_changing_the_half_life_rescores_every_deal(services: Services, clock: Clock) -> None:
    deal = make_lead(services, "Signals")
    services.activities.log(deal.id, "demo_request", occurred_at=clock.now - timedelta(days=30))
    before = services.deals.get(deal.id).score
    services.scoring.set_half_life(10)
    assert services.deals.get(deal.id).score < before
    _stored_equals_explained(services)
    services.history.undo()
    assert services.deals.get(deal.id).score == before


def test_undo_of_a_rename_still_works_after_an_unrecorded_rescore(
    services: Services, clock: Clock
) -> None:
    deal = make_lead(services, "Old name")
    services.activities.log(deal.id, "demo_request")
    services.deals.update(deal.id, title="New name")
    clock.advance(days=20)
    services.scoring.set_rule("demo_request", points=-7)  # every score changes, unrecorded
    services.history.undo()  # the rule
    services.history.undo()  # the rename: its score moved since, but the title did not
    assert services.deals.get(deal.id).title == "Old name"
    _stored_equals_explained(services)


def test_editing_a_title_makes_the_deal_findable_by_it(services: Services) -> None:
    deal = make_lead(services, "Before")
    services.deals.update(deal.id, title="Máy pha cà phê")
    found = services.board.column(Stage.LEAD, BoardFilter(search="may pha ca phe"))
    assert [c.id for c in found] == [deal.id]


def test_a_contacts_new_role_rescores_their_deals(services: Services) -> None:
    deal = make_lead(services, "Role")
    contact_id = services.deals.get(deal.id).contact_id
    assert contact_id is not None
    before = services.deals.get(deal.id).score
    services.contacts.update(contact_id, decision_role="influencer")
    assert services.deals.get(deal.id).score != before
    _stored_equals_explained(services)
    services.history.undo()
    assert services.deals.get(deal.id).score == before


def test_a_rule_change_rescores_in_batches_through_the_background_runner(
    services: Services,
) -> None:
    jobs: list[str] = []

    class Recording:
        def submit(self, job, name):  # type: ignore[no-untyped-def]
            jobs.append(name)

    deal = make_lead(services, "Waits")
    services.activities.log(deal.id, "demo_request")
    services.context.background = Recording()
    before = services.deals.get(deal.id).score
    services.scoring.set_rule("demo_request", points=5)
    assert jobs == ["rescore"]
    assert services.deals.get(deal.id).score == before  # not yet: the job was only queued
