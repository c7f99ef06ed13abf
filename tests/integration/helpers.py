"""Building blocks for integration tests."""

from __future__ import annotations

from crmdesk.domain.entities import Deal
from crmdesk.services import AnswerInput, Services

LEAD_REQUIRED = ("icp_fit", "buying_intent", "two_way_conversation")
PROSPECT_REQUIRED = ("defined_need", "budget", "timeline", "decision_maker")


def met(*keys: str) -> dict[str, AnswerInput]:
    """Answers marking ``keys`` as met."""
    return {k: AnswerInput(True, f"evidence for {k}") for k in keys}


def make_lead(services: Services, title: str = "Phần mềm bán hàng – Hoa Sen") -> Deal:
    """A lead at an organization with a decision-maker contact."""
    org = services.organizations.create("Công ty TNHH Hoa Sen", industry="Retail", size=40)
    person = services.contacts.create(
        "Nguyễn Văn Đức",
        organization_id=org.id,
        email="duc@hoasen.vn",
        phone="0903 123 456",
        decision_role="decision_maker",
    )
    return services.deals.create(
        title,
        125_000_000,
        "VND",
        organization_id=org.id,
        contact_id=person.id,
        source="Website",
    )


def make_opportunity(services: Services, title: str = "Hệ thống POS – Hoa Sen") -> Deal:
    """A deal moved through both gates."""
    deal = make_lead(services, title)
    services.pipeline.move(
        [deal.id], "opportunity", answers=met(*LEAD_REQUIRED, *PROSPECT_REQUIRED)
    )
    return services.deals.get(deal.id)
