"""The sample data files its businesses under Vietnamese industries, and fit scoring finds them."""

from __future__ import annotations

from sqlalchemy import select

from crmdesk.db.models import OrganizationRow
from crmdesk.domain.scoring import FIT_INDUSTRY
from crmdesk.services import Services
from crmdesk.services.demo import TARGET_INDUSTRIES, generate_demo
from crmdesk.services.demo_names import INDUSTRIES


def test_the_sample_industries_are_in_vietnamese(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    generate_demo(services.context.session_factory, 150, 7, clock())
    with services.context.session_factory() as session:
        industries = set(session.scalars(select(OrganizationRow.industry)))
    assert industries <= set(INDUSTRIES)
    assert "Thực phẩm & Đồ uống" in industries and "Bán lẻ" in industries
    english = {"Retail", "Food & Beverage", "Hospitality", "Software", "Manufacturing"}
    assert not industries & english


def test_the_demo_scores_fit_with_the_same_words(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    generate_demo(services.context.session_factory, 150, 7, clock())
    targets = services.settings.scoring_config().target_industries
    assert len(targets) == 3 and targets <= set(TARGET_INDUSTRIES) <= set(INDUSTRIES)
    with services.context.session_factory() as session:
        rows = session.execute(select(OrganizationRow.id, OrganizationRow.industry)).all()
    in_target = {org_id for org_id, industry in rows if industry in targets}
    assert in_target
    deals = [c for c in services.board.column("lead", limit=500)]
    fitting = [c for c in deals if services.deals.get(c.id).organization_id in in_target]
    assert fitting
    for card in fitting:
        keys = [line.key for line in services.deals.explain_score(card.id).contributions]
        assert FIT_INDUSTRY in keys
