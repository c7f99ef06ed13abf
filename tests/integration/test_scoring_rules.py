"""Changing a scoring rule re-scores every deal in SQL, exactly as the explanation adds up."""

from __future__ import annotations

import pytest

from crmdesk.domain.enums import ActivityKind, Stage, Temperature
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from tests.conftest import Clock


def scores(services: Services) -> dict[int, int]:
    return {c.id: c.score for s in Stage for c in services.board.column(s, limit=1000)}


def explained(services: Services) -> dict[int, int]:
    return {i: services.deals.explain_score(i).score for i in scores(services)}


@pytest.fixture
def scored(services: Services, clock: Clock) -> Services:
    from crmdesk.services.demo import generate_demo

    generate_demo(services.context.session_factory, 150, 4, clock())
    clock.advance(days=17)  # signals have decayed since
    services.scoring.recompute_all()
    return services


def test_sql_scores_equal_the_explained_scores_on_demo_data(scored: Services) -> None:
    assert scores(scored) == explained(scored)


def test_a_rule_change_rescores_every_deal_and_undo_restores_them(scored: Services) -> None:
    before = scores(scored)
    scored.scoring.set_rule("demo_request", points=60, cap=None)
    after = scores(scored)
    assert after != before
    assert after == explained(scored)
    scored.history.undo()
    assert scores(scored) == before
    scored.history.redo()
    assert scores(scored) == after


def test_turning_a_rule_off_removes_its_points(services: Services) -> None:
    deal = services.deals.create("Lead", 1, "VND")
    services.activities.log(deal.id, ActivityKind.QUOTE_REQUEST, "Asked for a quote")
    assert services.deals.get(deal.id).score == 30
    services.scoring.set_rule("quote_request", active=False)
    assert services.deals.get(deal.id).score == 0
    assert services.deals.explain_score(deal.id).contributions == ()


def test_thresholds_recolour_without_changing_scores(services: Services) -> None:
    deal = services.deals.create("Lead", 1, "VND")
    services.activities.log(deal.id, ActivityKind.DEMO_REQUEST, "Demo please")
    [card] = services.board.column("lead")
    assert (card.score, card.temperature) == (25, Temperature.COLD)
    services.settings.set("scoring.warm_at", 20)
    [card] = services.board.column("lead")
    assert (card.score, card.temperature) == (25, Temperature.WARM)


def test_a_bad_rule_change_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.scoring.set_rule("demo_request", points=500)
    with pytest.raises(ValidationError):
        services.scoring.set_rule("no_such_rule", points=5)
