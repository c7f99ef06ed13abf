"""Keep a deal's derived columns (score, next action, search key…) in step with its data."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import ActivityRow, ContactRow, DealRow, OrganizationRow
from crmdesk.domain.enums import TWO_WAY_KINDS, DecisionRole
from crmdesk.domain.scoring import FitFacts, ScoreExplanation, ScoringConfig, Signal, explain_score
from crmdesk.domain.text import fold_all


def fit_facts(session: Session, deal: DealRow) -> FitFacts:
    """The organization and contact attributes that fit rules use."""
    org = session.get(OrganizationRow, deal.organization_id) if deal.organization_id else None
    contact = session.get(ContactRow, deal.contact_id) if deal.contact_id else None
    return FitFacts(
        industry=org.industry if org else None,
        company_size=org.size if org else None,
        decision_role=contact.decision_role if contact else DecisionRole.UNKNOWN,
        email=(contact.email if contact else None) or (org.email if org else None),
    )


def explain_deal(
    session: Session, deal: DealRow, config: ScoringConfig, now: datetime
) -> ScoreExplanation:
    """Score a deal from its activities and fit, with the explanation."""
    activities = session.scalars(select(ActivityRow).where(ActivityRow.deal_id == deal.id)).all()
    signals = [
        Signal(a.kind, a.occurred_at) for a in activities if a.kind.is_signal and a.occurred_at
    ]
    two_way = any(a.kind in TWO_WAY_KINDS and a.occurred_at for a in activities)
    return explain_score(signals, fit_facts(session, deal), two_way, config, now)


def search_key(session: Session, deal: DealRow) -> str:
    """The folded text search looks in: title, organization, contact, emails and phones."""
    org = session.get(OrganizationRow, deal.organization_id) if deal.organization_id else None
    contact = session.get(ContactRow, deal.contact_id) if deal.contact_id else None
    return fold_all(
        deal.title,
        org.name if org else None,
        org.email if org else None,
        org.phone if org else None,
        contact.full_name if contact else None,
        contact.email if contact else None,
        contact.phone if contact else None,
    )


def refresh_deal(session: Session, deal: DealRow, config: ScoringConfig, now: datetime) -> None:
    """Recompute score, two-way flag, last touch, next action and search key of one deal."""
    session.flush()
    activities = session.scalars(select(ActivityRow).where(ActivityRow.deal_id == deal.id)).all()
    explanation = explain_deal(session, deal, config, now)
    happened = [a.occurred_at for a in activities if a.occurred_at] + [
        a.done_at for a in activities if a.done_at
    ]
    open_due = [a.due_at for a in activities if a.due_at and a.done_at is None]
    _set(deal, "score", explanation.score)
    _set(deal, "two_way", any(a.kind in TWO_WAY_KINDS and a.occurred_at for a in activities))
    _set(deal, "last_touched_at", max([deal.stage_entered_at, *happened]))
    _set(deal, "next_action_at", min(open_due) if open_due else None)
    _set(deal, "search_key", search_key(session, deal))


def refresh_search_keys(session: Session, deals: Iterable[DealRow]) -> None:
    """Recompute the search key of deals whose organization or contact changed."""
    session.flush()
    for deal in deals:
        _set(deal, "search_key", search_key(session, deal))


def _set(row: object, attr: str, value: object) -> None:
    # Assign only real changes, so the undo journal records no no-op updates.
    if getattr(row, attr) != value:
        setattr(row, attr, value)
