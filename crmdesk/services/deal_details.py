"""One deal whole: its fields, parties, probability, score explanation, history and answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    AnswerRow,
    ContactRow,
    CriterionRow,
    DealRow,
    OrganizationRow,
    StageHistoryRow,
)
from crmdesk.domain import pipeline as rules
from crmdesk.domain.entities import Contact, Deal, Organization, StageChange
from crmdesk.domain.scoring import ScoreExplanation
from crmdesk.services.derived import explain_deal
from crmdesk.services.rows import (
    DEAL,
    get_or_raise,
    to_contact,
    to_deal,
    to_organization,
    to_stage_change,
)
from crmdesk.services.settings import read_probabilities, read_scoring_config


@dataclass(frozen=True, slots=True)
class GateAnswer:
    """One answer given at a gate, with the criterion it answers."""

    criterion_key: str
    criterion_label: str
    gate: str
    met: bool
    evidence: str | None
    answered_at: datetime


@dataclass(frozen=True, slots=True)
class DealDetails:
    """Everything known about one deal."""

    deal: Deal
    organization: Organization | None
    contact: Contact | None
    probability: int  # the effective win probability, in percent
    explanation: ScoreExplanation
    history: tuple[StageChange, ...]
    answers: tuple[GateAnswer, ...]


def deal_details(session: Session, deal_id: int, now: datetime) -> DealDetails:
    """Read one deal whole (archived ones too)."""
    row = get_or_raise(session, DealRow, deal_id, DEAL)
    org = session.get(OrganizationRow, row.organization_id) if row.organization_id else None
    person = session.get(ContactRow, row.contact_id) if row.contact_id else None
    probability = rules.effective_probability(
        row.stage, row.sub_stage, row.probability_override, read_probabilities(session)
    )
    history = session.scalars(
        select(StageHistoryRow)
        .where(StageHistoryRow.deal_id == deal_id)
        .order_by(StageHistoryRow.at, StageHistoryRow.id)
    )
    answers = session.execute(
        select(AnswerRow, CriterionRow)
        .join(CriterionRow, CriterionRow.id == AnswerRow.criterion_id)
        .where(AnswerRow.deal_id == deal_id)
        .order_by(AnswerRow.answered_at, AnswerRow.id)
    )
    return DealDetails(
        deal=to_deal(row),
        organization=to_organization(org) if org else None,
        contact=to_contact(person) if person else None,
        probability=probability,
        explanation=explain_deal(session, row, read_scoring_config(session), now),
        history=tuple(to_stage_change(h) for h in history),
        answers=tuple(
            GateAnswer(c.key, c.label, c.gate.value, a.met, a.evidence, a.answered_at)
            for a, c in answers
        ),
    )
