"""Keep a deal's derived columns (score, next action, search key…) in step with its data."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crmdesk.db.journal import RowChange
from crmdesk.db.models import ActivityRow, ContactRow, DealRow, OrganizationRow
from crmdesk.domain.enums import TWO_WAY_KINDS, DecisionRole
from crmdesk.domain.score_decay import score_due
from crmdesk.domain.scoring import FitFacts, ScoreExplanation, ScoringConfig, Signal, explain_score
from crmdesk.domain.text import fold_all
from crmdesk.services.settings import read_scoring_config


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


def _signals(activities: Iterable[ActivityRow]) -> list[Signal]:
    return [Signal(a.kind, a.occurred_at) for a in activities if a.kind.is_signal and a.occurred_at]


def explain_deal(
    session: Session, deal: DealRow, config: ScoringConfig, now: datetime
) -> ScoreExplanation:
    """Score a deal from its activities and fit, with the explanation."""
    activities = session.scalars(select(ActivityRow).where(ActivityRow.deal_id == deal.id)).all()
    two_way = any(a.kind in TWO_WAY_KINDS and a.occurred_at for a in activities)
    return explain_score(_signals(activities), fit_facts(session, deal), two_way, config, now)


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
    _set(deal, "score_due_s", score_due(_signals(activities), config, now))
    _set(deal, "two_way", any(a.kind in TWO_WAY_KINDS and a.occurred_at for a in activities))
    _set(deal, "last_touched_at", max([deal.stage_entered_at, *happened]))
    _set(deal, "next_action_at", min(open_due) if open_due else None)
    _set(deal, "search_key", search_key(session, deal))


def refresh_deals(session: Session, deals: Iterable[DealRow], now: datetime) -> None:
    """Recompute every derived column of ``deals`` (their organization or contact changed:
    names feed the search key, industry, size, role and email the score)."""
    session.flush()
    config = read_scoring_config(session)
    for deal in list(deals):
        refresh_deal(session, deal, config, now)


def affected_deals(changes: Iterable[RowChange]) -> tuple[set[int], set[int], set[int]]:
    """The deals, organizations and contacts whose rows (or children) the changes touched."""
    deals: set[int] = set()
    orgs: set[int] = set()
    contacts: set[int] = set()
    for change in changes:
        if change.table == "deals":
            deals.add(change.key[0])
        elif change.table == "organizations":
            orgs.add(change.key[0])
        elif change.table == "contacts":
            contacts.add(change.key[0])
        for row in (change.before, change.after):
            if row is not None and row.get("deal_id") is not None:
                deals.add(row["deal_id"])
    return deals, orgs, contacts


def refresh_affected(session: Session, changes: tuple[RowChange, ...], now: datetime) -> None:
    """Recompute the derived columns of every deal the changes concern (after undo or redo)."""
    deal_ids, org_ids, contact_ids = affected_deals(changes)
    links = []
    if deal_ids:
        links.append(DealRow.id.in_(deal_ids))
    if org_ids:
        links.append(DealRow.organization_id.in_(org_ids))
    if contact_ids:
        links.append(DealRow.contact_id.in_(contact_ids))
    if not links:
        return
    config = read_scoring_config(session)
    for deal in session.scalars(select(DealRow).where(or_(*links))).all():
        refresh_deal(session, deal, config, now)
    session.flush()


def _set(row: object, attr: str, value: object) -> None:
    # Assign only real changes, so the undo journal records no no-op updates.
    if getattr(row, attr) != value:
        setattr(row, attr, value)
