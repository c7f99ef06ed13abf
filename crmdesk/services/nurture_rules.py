"""When a nurturing plan stops by itself: inside the transaction of the change that stops it.

The activity and pipeline services call these with the rows they changed, so the stop, the
cancelled touches and the change that caused them are one undo step.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import ActivityRow, DealRow, NurtureEnrolmentRow
from crmdesk.domain.enums import Stage
from crmdesk.domain.nurture import ENGAGEMENT_KINDS, StopReason, stops_on_move
from crmdesk.services.derived import refresh_deal
from crmdesk.services.settings import read_scoring_config


def active_enrolment(session: Session, deal_id: int) -> NurtureEnrolmentRow | None:
    """The plan the deal is in now, if any."""
    return session.scalar(
        select(NurtureEnrolmentRow).where(
            NurtureEnrolmentRow.deal_id == deal_id, NurtureEnrolmentRow.stopped_at.is_(None)
        )
    )


def open_touches(session: Session, enrolment_id: int) -> list[ActivityRow]:
    """The plan's touches not done yet."""
    return list(
        session.scalars(
            select(ActivityRow).where(
                ActivityRow.enrolment_id == enrolment_id, ActivityRow.done_at.is_(None)
            )
        )
    )


def done_touches(session: Session, enrolment_id: int) -> int:
    """How many of the plan's touches are done."""
    query = select(func.count()).where(
        ActivityRow.enrolment_id == enrolment_id, ActivityRow.done_at.is_not(None)
    )
    return int(session.scalar(query) or 0)


def stop_enrolment(
    session: Session,
    enrolment: NurtureEnrolmentRow,
    reason: StopReason,
    detail: str | None,
    now: datetime,
) -> None:
    """End the enrolment with its reason and cancel (remove) the touches not done yet."""
    enrolment.stopped_at = now
    enrolment.stop_reason = reason
    enrolment.stop_detail = detail
    for touch in open_touches(session, enrolment.id):
        session.delete(touch)
    session.flush()


def after_activity(session: Session, activity: ActivityRow, now: datetime) -> None:
    """A logged or completed activity: engagement outside the plan stops it; the plan's last
    touch done completes it."""
    enrolment = active_enrolment(session, activity.deal_id)
    if enrolment is None:
        return
    if activity.kind in ENGAGEMENT_KINDS and activity.enrolment_id != enrolment.id:
        stop_enrolment(session, enrolment, StopReason.ENGAGED, activity.kind.value, now)
    elif activity.enrolment_id == enrolment.id and not open_touches(session, enrolment.id):
        stop_enrolment(session, enrolment, StopReason.COMPLETED, None, now)


def after_move(session: Session, deal: DealRow, source: Stage, now: datetime) -> None:
    """A stage change: any move but back to Lead ends the plan (its next action follows)."""
    if not stops_on_move(source, deal.stage):
        return
    enrolment = active_enrolment(session, deal.id)
    if enrolment is not None:
        stop_enrolment(session, enrolment, StopReason.MOVED, deal.stage.value, now)
        refresh_deal(session, deal, read_scoring_config(session), now)
