"""ORM rows to immutable entities, and lookups that raise a user-facing error."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    ActivityRow,
    ContactEmailRow,
    ContactPhoneRow,
    ContactRow,
    DealRow,
    OrganizationRow,
    StageHistoryRow,
)
from crmdesk.domain.entities import Activity, Contact, Deal, Labelled, Organization, StageChange
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, NotFoundError

R = TypeVar("R")

# What get_or_raise names (a value of its message, translated with it).
DEAL = Label(QT_TRANSLATE_NOOP("Messages", "deal"))
ORGANIZATION = Label(QT_TRANSLATE_NOOP("Messages", "organization"))
CONTACT = Label(QT_TRANSLATE_NOOP("Messages", "contact"))
ACTIVITY = Label(QT_TRANSLATE_NOOP("Messages", "activity"))


def get_or_raise(
    session: Session, model: type[R], row_id: int, what: Label, *, lock: bool = False
) -> R:
    """The row with this id, or a :class:`NotFoundError` naming ``what`` (``lock``: read it
    ``FOR UPDATE``, so no other client changes it before this transaction ends)."""
    row = (
        session.get(model, row_id, with_for_update=True if lock else None)
        if isinstance(row_id, int)
        else None
    )
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "There is no {what} number {id}."), what=what, id=row_id
        )
    return row


def live_deal(session: Session, deal_id: int, *, lock: bool = False) -> DealRow:
    """A deal that exists and is not archived (``lock``: read ``FOR UPDATE``)."""
    row = get_or_raise(session, DealRow, deal_id, DEAL, lock=lock)
    if row.archived:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "Deal {id} (“{title}”) is archived."),
            id=deal_id,
            title=row.title,
        )
    return row


def to_organization(r: OrganizationRow) -> Organization:
    """Immutable copy."""
    return Organization(
        r.id,
        r.name,
        r.industry,
        r.size,
        r.region,
        r.address,
        r.tax_code,
        r.phone,
        r.email,
        r.website,
        r.archived,
        r.notes,
        version=r.version,
    )


def to_contact(r: ContactRow, session: Session | None = None) -> Contact:
    """Immutable copy (with its labelled emails and phones when ``session`` is given)."""
    emails: tuple[Labelled, ...] = ()
    phones: tuple[Labelled, ...] = ()
    if session is not None:
        emails = tuple(
            Labelled(e.label, e.value)
            for e in session.scalars(
                select(ContactEmailRow)
                .where(ContactEmailRow.contact_id == r.id)
                .order_by(ContactEmailRow.position, ContactEmailRow.id)
            )
        )
        phones = tuple(
            Labelled(p.label, p.value)
            for p in session.scalars(
                select(ContactPhoneRow)
                .where(ContactPhoneRow.contact_id == r.id)
                .order_by(ContactPhoneRow.position, ContactPhoneRow.id)
            )
        )
    return Contact(
        r.id,
        r.full_name,
        r.organization_id,
        r.job_title,
        r.email,
        r.phone,
        r.decision_role,
        r.archived,
        r.address,
        r.notes,
        emails,
        phones,
        version=r.version,
    )


def to_deal(r: DealRow) -> Deal:
    """Immutable copy."""
    return Deal(
        id=r.id,
        title=r.title,
        stage=r.stage,
        value_minor=r.value_minor,
        currency=r.currency,
        organization_id=r.organization_id,
        contact_id=r.contact_id,
        sub_stage=r.sub_stage,
        source=r.source,
        interest=r.interest,
        probability_override=r.probability_override,
        expected_close=r.expected_close,
        owner=r.owner,
        position=r.position,
        stage_entered_at=r.stage_entered_at,
        lost_reason=r.lost_reason,
        lost_note=r.lost_note,
        archived=r.archived,
        score=r.score,
        created_at=r.created_at,
        version=r.version,
    )


def to_stage_change(r: StageHistoryRow) -> StageChange:
    """Immutable copy."""
    return StageChange(r.id, r.deal_id, r.from_stage, r.to_stage, r.at, r.note, r.override_reason)


def to_activity(r: ActivityRow) -> Activity:
    """Immutable copy."""
    return Activity(r.id, r.deal_id, r.kind, r.subject, r.occurred_at, r.due_at, r.done_at, r.note)
