"""What the file already knows about a deal, put beside the gate's criteria."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import ActivityRow, ContactRow, DealRow, OrganizationRow
from crmdesk.domain.enums import TWO_WAY_KINDS, ActivityKind, DecisionRole

RECENT_DAYS = 30


@dataclass(frozen=True, slots=True)
class DealFacts:
    """Facts about one deal that bear on its qualification."""

    recent_signals: dict[ActivityKind, int] = field(default_factory=dict)  # last 30 days
    conversations: int = 0  # two-way contacts ever
    last_conversation: datetime | None = None
    contact_name: str | None = None
    contact_role: DecisionRole = DecisionRole.UNKNOWN
    industry: str | None = None
    company_size: int | None = None
    region: str | None = None
    interest: str | None = None
    value_minor: int = 0
    currency: str = "VND"
    expected_close: date | None = None
    days: int = RECENT_DAYS


def deal_facts(session: Session, deal: DealRow, now: datetime) -> DealFacts:
    """Signals of the last 30 days, conversations, the contact's role, the fit and the plan."""
    since = now - timedelta(days=RECENT_DAYS)
    activities = session.execute(
        select(ActivityRow.kind, ActivityRow.occurred_at).where(
            ActivityRow.deal_id == deal.id, ActivityRow.occurred_at.is_not(None)
        )
    ).all()
    # occurred_at is never None here (the query says so), which mypy cannot see
    recent = Counter(k for k, at in activities if k.is_signal and at is not None and at >= since)
    talks = sorted(at for k, at in activities if k in TWO_WAY_KINDS and at is not None)
    org = session.get(OrganizationRow, deal.organization_id) if deal.organization_id else None
    person = session.get(ContactRow, deal.contact_id) if deal.contact_id else None
    return DealFacts(
        recent_signals=dict(recent),
        conversations=len(talks),
        last_conversation=talks[-1] if talks else None,
        contact_name=person.full_name if person else None,
        contact_role=person.decision_role if person else DecisionRole.UNKNOWN,
        industry=org.industry if org else None,
        company_size=org.size if org else None,
        region=org.region if org else None,
        interest=deal.interest,
        value_minor=deal.value_minor,
        currency=deal.currency,
        expected_close=deal.expected_close,
    )
