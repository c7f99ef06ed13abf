"""The agenda's SQL: open follow-ups of live deals with their parties, counted or listed."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import RowMapping, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from crmdesk.db.models import (
    ActivityRow,
    ContactRow,
    DealRow,
    NurtureEnrolmentRow,
    NurturePlanRow,
    OrganizationRow,
)

_CONTACT = aliased(ContactRow)


def _open() -> list[Any]:
    return [
        ActivityRow.done_at.is_(None),
        ActivityRow.due_at.is_not(None),
        DealRow.archived.is_(False),
    ]


def _items() -> Select[*tuple[Any, ...]]:
    return (
        select(
            ActivityRow.id.label("activity_id"),
            ActivityRow.deal_id,
            ActivityRow.kind,
            ActivityRow.subject,
            ActivityRow.due_at,
            ActivityRow.remind_before,
            DealRow.title.label("deal_title"),
            DealRow.stage,
            OrganizationRow.name.label("organization"),
            _CONTACT.full_name.label("contact"),
            NurturePlanRow.name.label("plan"),
        )
        .join(DealRow, DealRow.id == ActivityRow.deal_id)
        .outerjoin(OrganizationRow, OrganizationRow.id == DealRow.organization_id)
        .outerjoin(_CONTACT, _CONTACT.id == DealRow.contact_id)
        .outerjoin(NurtureEnrolmentRow, NurtureEnrolmentRow.id == ActivityRow.enrolment_id)
        .outerjoin(NurturePlanRow, NurturePlanRow.id == NurtureEnrolmentRow.plan_id)
        .where(*_open())
    )


def open_items(
    session: Session,
    *,
    due_from: datetime | None = None,
    due_before: datetime | None = None,
    due_until: datetime | None = None,
    reminding: bool = False,
    activity_ids: list[int] | None = None,
    limit: int | None = None,
) -> list[RowMapping]:
    """Open follow-ups, in due order: ``due_from`` <= due < ``due_before``, due <=
    ``due_until``; ``reminding``: only those with a reminder."""
    query = _items()
    if due_from is not None:
        query = query.where(ActivityRow.due_at >= due_from)
    if due_before is not None:
        query = query.where(ActivityRow.due_at < due_before)
    if due_until is not None:
        query = query.where(ActivityRow.due_at <= due_until)
    if reminding:
        query = query.where(ActivityRow.remind_before.is_not(None))
    if activity_ids is not None:
        query = query.where(ActivityRow.id.in_(activity_ids))
    query = query.order_by(ActivityRow.due_at, ActivityRow.id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.execute(query).mappings())


def count_open(session: Session, due_from: datetime | None, due_before: datetime) -> int:
    """How many open follow-ups of live deals fall due in [``due_from``, ``due_before``).

    Counted from the open-due index alone, less those of archived deals (their ids read once
    from the deals' archived index), so a count never visits every open follow-up's deal.
    """
    due = [
        ActivityRow.done_at.is_(None),
        ActivityRow.due_at.is_not(None),
        ActivityRow.due_at < due_before,
    ]
    if due_from is not None:
        due.append(ActivityRow.due_at >= due_from)
    every = select(func.count()).select_from(ActivityRow).where(*due)
    archived_deals = select(DealRow.id).where(DealRow.archived.is_(True))
    archived = (
        select(func.count())
        .select_from(ActivityRow)
        .where(*due, ActivityRow.deal_id.in_(archived_deals))
    )
    return int(session.scalar(every) or 0) - int(session.scalar(archived) or 0)


SHORT_LEAD = 60  # minutes: reminders this early or less are looked for an hour ahead


def reminding(session: Session, after: datetime, until: datetime, longest: int) -> list[RowMapping]:
    """Open follow-ups with a reminder that may be due by ``until``: due from ``after`` on,
    and within their lead time of ``until`` (short leads: an hour; long ones: ``longest``)."""
    short = and_(
        ActivityRow.remind_before <= SHORT_LEAD,
        ActivityRow.due_at <= until + timedelta(minutes=SHORT_LEAD),
    )
    long = and_(
        ActivityRow.remind_before > SHORT_LEAD,
        ActivityRow.due_at <= until + timedelta(minutes=longest),
    )
    query = (
        _items()
        .where(ActivityRow.due_at >= after, ActivityRow.remind_before.is_not(None))
        .where(or_(short, long))
        .order_by(ActivityRow.due_at, ActivityRow.id)
    )
    return list(session.execute(query).mappings())
