"""What a deal's activities say about it (a two-way conversation, the last touch, the next open
task), set for many deals by one statement after a bulk write of their activities."""

from __future__ import annotations

from sqlalchemy import and_, case, func, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import ActivityRow, DealRow
from crmdesk.domain.enums import TWO_WAY_KINDS


def derive_activity_facts(session: Session, first_deal: int) -> None:
    """Set ``two_way``, ``last_touched_at`` (no earlier than it is) and ``next_action_at`` of
    every deal from ``first_deal`` on that has activities, from them — as ``services.derived``
    does for one deal. One pass over the activities, grouped by deal (``UPDATE … FROM``)."""
    a, d = ActivityRow, DealRow
    talked = and_(a.kind.in_([k.value for k in TWO_WAY_KINDS]), a.occurred_at.is_not(None))
    facts = (
        select(
            a.deal_id.label("deal_id"),
            func.max(a.occurred_at).label("occurred"),
            func.max(a.done_at).label("done"),
            func.min(case((a.done_at.is_(None), a.due_at))).label("due"),
            func.max(case((talked, 1), else_=0)).label("talked"),
        )
        .where(a.deal_id >= first_deal)
        .group_by(a.deal_id)
        .subquery()
    )
    after_occurred = case(
        (
            and_(facts.c.occurred.is_not(None), facts.c.occurred > d.last_touched_at),
            facts.c.occurred,
        ),
        else_=d.last_touched_at,
    )
    touched = case(
        (and_(facts.c.done.is_not(None), facts.c.done > after_occurred), facts.c.done),
        else_=after_occurred,
    )
    session.execute(
        update(d)
        .where(d.id == facts.c.deal_id)
        .values(two_way=facts.c.talked == 1, last_touched_at=touched, next_action_at=facts.c.due)
        .execution_options(synchronize_session=False)
    )
