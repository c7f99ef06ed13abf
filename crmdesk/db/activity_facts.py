"""What a deal's activities say about it (a two-way conversation, the last touch, the next open
task), set for many deals by one statement after a bulk write of their activities."""

from __future__ import annotations

from sqlalchemy import and_, case, exists, func, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import ActivityRow, DealRow
from crmdesk.domain.enums import TWO_WAY_KINDS


def derive_activity_facts(session: Session, first_deal: int) -> None:
    """Set ``two_way``, ``last_touched_at`` (no earlier than it is) and ``next_action_at`` of
    every deal from ``first_deal`` on, from its activities — as ``services.derived`` does for
    one deal."""
    a, d = ActivityRow, DealRow
    mine = a.deal_id == d.id
    occurred = select(func.max(a.occurred_at)).where(mine).scalar_subquery()
    done = select(func.max(a.done_at)).where(mine).scalar_subquery()
    after_occurred = case(
        (and_(occurred.is_not(None), occurred > d.last_touched_at), occurred),
        else_=d.last_touched_at,
    )
    touched = case(
        (and_(done.is_not(None), done > after_occurred), done),
        else_=after_occurred,
    )
    talked = exists().where(
        mine, a.kind.in_([k.value for k in TWO_WAY_KINDS]), a.occurred_at.is_not(None)
    )
    due = (
        select(func.min(a.due_at))
        .where(mine, a.done_at.is_(None), a.due_at.is_not(None))
        .scalar_subquery()
    )
    session.execute(
        update(d)
        .where(d.id >= first_deal)
        .values(two_way=talked, last_touched_at=touched, next_action_at=due)
        .execution_options(synchronize_session=False)
    )
