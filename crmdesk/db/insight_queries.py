"""The Insight report's SQL: the kept totals (a few hundred rows), and the deals behind a figure.

The totals come from the ``insight_*`` tables the triggers keep (``crmdesk/db/insight_sql.py``),
so the report costs the same at 1,000 and at 1,000,000 deals; the few questions that are about
particular deals (slipped this month, the deals behind a figure, the learnt model's rows) use
indexes on the deals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from crmdesk.db.insight_sql import dialect, fresh_selects, rebuild_statements
from crmdesk.db.models import (
    ActivityRow,
    ContactRow,
    DealRow,
    InsightCohortRow,
    InsightDimensionRow,
    InsightForecastRow,
    InsightStageDaysRow,
    OrganizationRow,
    StageHistoryRow,
)
from crmdesk.domain.enums import OPEN_STAGES, Stage

Row = Mapping[str, Any]
MAX_IDS = 5000  # the deals a figure opens, at most


def forecast_rows(session: Session) -> list[Row]:
    """Open opportunities by close month and won deals by the month they were won."""
    t = InsightForecastRow
    query = select(
        t.stage, t.currency, t.sub_stage, t.probability_override, t.month, t.count, t.value
    ).where(t.stage.in_([Stage.OPPORTUNITY.value, Stage.WON.value]))
    return [
        {
            "stage": r.stage,
            "currency": r.currency,
            "sub_stage": r.sub_stage or None,
            "probability_override": None if r.probability_override < 0 else r.probability_override,
            "month": r.month,
            "count": r.count,
            "value": r.value,
        }
        for r in session.execute(query)
    ]


def open_counts(session: Session) -> dict[str, int]:
    """Live deals per stage (from the kept totals)."""
    t = InsightForecastRow
    rows = session.execute(select(t.stage, func.sum(t.count)).group_by(t.stage))
    return {stage: int(count or 0) for stage, count in rows}


def slipped_groups(session: Session, since: date, today: date) -> list[Row]:
    """Open opportunities due from ``since`` to before ``today``, grouped like the forecast."""
    d = DealRow
    keys = (d.currency, d.sub_stage, d.probability_override)
    query = (
        select(*keys, func.count().label("count"), func.sum(d.value_minor).label("value"))
        .where(
            d.archived.is_(False),
            d.stage == Stage.OPPORTUNITY,
            d.expected_close >= since,
            d.expected_close < today,
        )
        .group_by(*keys)
    )
    return [dict(r) for r in session.execute(query).mappings()]


def slipped_deals(session: Session, today: date, limit: int) -> list[Row]:
    """The open opportunities whose close date has passed, the longest overdue first."""
    d, o = DealRow, OrganizationRow
    query = (
        select(
            d.id,
            d.title,
            d.expected_close,
            d.value_minor,
            d.currency,
            d.sub_stage,
            d.probability_override,
            d.owner,
            o.name.label("organization"),
        )
        .outerjoin(o, o.id == d.organization_id)
        .where(d.archived.is_(False), d.stage == Stage.OPPORTUNITY, d.expected_close < today)
        .order_by(d.expected_close, d.id)
        .limit(limit)
    )
    return [dict(r) for r in session.execute(query).mappings()]


def cohort_rows(session: Session, first: str, last: str) -> list[Row]:
    """Deals created from month ``first`` to ``last``, by stage, furthest stage and reason."""
    t = InsightCohortRow
    query = select(
        t.month, t.stage, t.reached, t.currency, t.lost_reason, t.count, t.value, t.seconds
    ).where(t.month >= first, t.month <= last)
    return [dict(r) for r in session.execute(query).mappings()]


def dimension_rows(session: Session, first: str, last: str) -> list[Row]:
    """Deals created in the months, per dimension value and stage."""
    t = InsightDimensionRow
    query = (
        select(t.dimension, t.value, t.stage, func.sum(t.count).label("count"))
        .where(t.month >= first, t.month <= last)
        .group_by(t.dimension, t.value, t.stage)
    )
    return [dict(r) for r in session.execute(query).mappings()]


def stage_day_rows(session: Session, first: str, last: str) -> list[Row]:
    """Completed stays of deals created in the months, by stage and whole days."""
    t = InsightStageDaysRow
    query = (
        select(
            t.stage,
            t.days,
            func.sum(t.count).label("count"),
            func.sum(t.seconds).label("seconds"),
        )
        .where(t.month >= first, t.month <= last)
        .group_by(t.stage, t.days)
    )
    return [dict(r) for r in session.execute(query).mappings()]


def closed_fingerprint(session: Session) -> tuple[int, ...]:
    """Changes whenever a deal is won, lost or reopened (from the kept totals, so it is cheap)."""
    t = InsightCohortRow
    rows = session.execute(
        select(t.stage, func.sum(t.count), func.sum(t.seconds), func.sum(t.value))
        .where(t.stage.in_([Stage.WON.value, Stage.LOST.value]))
        .group_by(t.stage)
        .order_by(t.stage)
    )
    return tuple(int(x or 0) for r in rows for x in r[1:])


# -- the deals behind a figure ---------------------------------------------------------------


def _ids(session: Session, query: Any) -> list[int]:
    return list(session.scalars(query.order_by(DealRow.id).limit(MAX_IDS)))


def opportunity_ids(
    session: Session, start: date | None, end: date | None, undated: bool = False
) -> list[int]:
    """Open opportunities due from ``start`` to before ``end`` (or without a close date)."""
    d = DealRow
    query = select(d.id).where(d.archived.is_(False), d.stage == Stage.OPPORTUNITY)
    if undated:
        query = query.where(d.expected_close.is_(None))
    else:
        if start is not None:
            query = query.where(d.expected_close >= start)
        if end is not None:
            query = query.where(d.expected_close < end)
    return _ids(session, query)


def closed_ids(session: Session, stage: Stage, start: datetime, end: datetime) -> list[int]:
    """Deals won (or lost) from ``start`` to before ``end``."""
    d = DealRow
    query = select(d.id).where(
        d.archived.is_(False),
        d.stage == stage,
        d.stage_entered_at >= start,
        d.stage_entered_at < end,
    )
    return _ids(session, query)


def _rank_reached(deal: Any) -> Any:
    rank = case(
        (StageHistoryRow.to_stage == Stage.LEAD, 0),
        (StageHistoryRow.to_stage == Stage.PROSPECT, 1),
        (StageHistoryRow.to_stage == Stage.OPPORTUNITY, 2),
        (StageHistoryRow.to_stage == Stage.WON, 3),
    )
    return select(func.max(rank)).where(StageHistoryRow.deal_id == deal.id).scalar_subquery()


def cohort_ids(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    reached: int | None = None,
    exactly: bool = False,
    stage: Stage | None = None,
    lost_reason: str | None = None,
    dimension: tuple[str, str] | None = None,
    stayed_in: Stage | None = None,
) -> list[int]:
    """Deals created from ``start`` to before ``end`` with the given facts."""
    d = DealRow
    query = select(d.id).where(d.archived.is_(False), d.created_at >= start, d.created_at < end)
    if reached is not None:
        furthest = func.coalesce(_rank_reached(d), -1)
        query = query.where(furthest == reached if exactly else furthest >= reached)
    if stage is not None:
        query = query.where(d.stage == stage)
    if lost_reason is not None:
        query = query.where(func.coalesce(d.lost_reason, "") == lost_reason)
    if dimension is not None:
        name, value = dimension
        query = query.where(_dimension_clause(d, name, value))
    if stayed_in is not None:
        later = select(StageHistoryRow.id).where(
            StageHistoryRow.deal_id == d.id, StageHistoryRow.from_stage == stayed_in
        )
        query = query.where(exists(later))
    return _ids(session, query)


def _dimension_clause(d: Any, name: str, value: str) -> Any:
    if name in ("source", "owner"):
        column = getattr(d, name)
        return func.coalesce(column, "") == value
    org = select(OrganizationRow.id).where(OrganizationRow.id == d.organization_id)
    if name == "industry":
        if not value:
            return or_(
                d.organization_id.is_(None),
                ~exists(org.where(OrganizationRow.industry.is_not(None))),
            )
        return exists(org.where(OrganizationRow.industry == value))
    bounds = {"1-9": (None, 10), "10-49": (10, 50), "50-249": (50, 250), "250+": (250, None)}
    if value not in bounds:
        return or_(
            d.organization_id.is_(None), ~exists(org.where(OrganizationRow.size.is_not(None)))
        )
    low, high = bounds[value]
    clauses: list[ColumnElement[bool]] = [OrganizationRow.size.is_not(None)]
    if low is not None:
        clauses.append(OrganizationRow.size >= low)
    if high is not None:
        clauses.append(OrganizationRow.size < high)
    return exists(org.where(and_(*clauses)))


# -- the learnt win probability's rows --------------------------------------------------------


def _activity_count(deal: Any, until: Any) -> Any:
    a = ActivityRow
    return (
        select(func.count())
        .where(a.deal_id == deal.id, a.occurred_at.is_not(None), a.occurred_at <= until)
        .scalar_subquery()
    )


def _last_open_entry(deal: Any) -> Any:
    h = StageHistoryRow
    return (
        select(h.at)
        .where(h.deal_id == deal.id, h.to_stage.in_(list(OPEN_STAGES)))
        .order_by(h.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _feature_columns(d: Any, o: Any) -> list[Any]:
    return [
        d.id,
        d.stage,
        d.source,
        o.industry.label("industry"),
        o.size.label("size"),
        d.value_minor,
        d.currency,
        d.sub_stage,
        d.probability_override,
        d.score,
        d.expected_close,
        d.stage_entered_at,
        d.contact_id,
    ]


def closed_opportunities(session: Session, limit: int) -> list[Row]:
    """The newest won deals and deals lost after reaching Opportunity (``limit`` of them, newest
    first), with their facts when they closed."""
    d, o, h, c = DealRow, OrganizationRow, StageHistoryRow, ContactRow
    reached_opportunity = exists(
        select(h.id).where(h.deal_id == d.id, h.to_stage == Stage.OPPORTUNITY)
    )
    rows: list[Row] = []
    for stage in (Stage.WON, Stage.LOST):
        query = (
            select(
                *_feature_columns(d, o),
                _last_open_entry(d).label("stage_started_at"),
                _activity_count(d, d.stage_entered_at).label("activities"),
                c.decision_role,
                func.coalesce(func.nullif(c.email, ""), o.email).label("email"),
            )
            .outerjoin(o, o.id == d.organization_id)
            .outerjoin(c, c.id == d.contact_id)
            .where(d.archived.is_(False), d.stage == stage)
            .order_by(d.stage_entered_at.desc(), d.id.desc())  # ix_deals_stage_age, backwards
            .limit(limit)
        )
        if stage == Stage.LOST:
            query = query.where(reached_opportunity)
        rows.extend(dict(r) for r in session.execute(query).mappings())
    rows.sort(key=lambda r: (r["stage_entered_at"], r["id"]), reverse=True)
    return rows[:limit]


def open_opportunities(
    session: Session, now: datetime, ids: Sequence[int] | None = None
) -> list[Row]:
    """Live open opportunities (or those of ``ids``) with their facts now."""
    d, o = DealRow, OrganizationRow
    query = (
        select(*_feature_columns(d, o), _activity_count(d, now).label("activities"))
        .outerjoin(o, o.id == d.organization_id)
        .where(d.archived.is_(False), d.stage == Stage.OPPORTUNITY)
    )
    if ids is not None:
        query = query.where(d.id.in_(list(ids)))
    return [dict(r) for r in session.execute(query).mappings()]


def open_opportunity_facts(session: Session, now: datetime, today: date) -> list[Row]:
    """Every live open opportunity's facts now, as plain values straight from the cursor (the
    learnt forecast reads them all): its close month ('' none, '<' passed) and days in stage."""
    d = dialect(session.get_bind().dialect.name)
    stamp = now.astimezone(UTC).replace(tzinfo=None)
    when: Any = stamp.strftime("%Y-%m-%d %H:%M:%S.%f") if d.name == "sqlite" else stamp
    sql = f"""
        SELECT dl.id, dl.source, o.industry, o.size, dl.value_minor, dl.currency, dl.sub_stage,
               dl.probability_override, dl.score,
               CASE WHEN dl.expected_close IS NULL THEN ''
                    WHEN dl.expected_close < :today THEN '<'
                    ELSE {d.date_month("dl.expected_close")} END AS month,
               {d.seconds("dl.stage_entered_at", ":now")} AS seconds,
               (SELECT count(*) FROM activities AS a WHERE a.deal_id = dl.id
                  AND a.occurred_at IS NOT NULL AND a.occurred_at <= :now) AS activities
        FROM deals AS dl LEFT JOIN organizations AS o ON o.id = dl.organization_id
        WHERE NOT dl.archived AND dl.stage = 'opportunity'
    """
    result = session.execute(text(sql), {"today": today.isoformat(), "now": when})
    names = list(result.keys())
    return [dict(zip(names, r, strict=True)) for r in result]


def signals_until(session: Session, deal_ids: Sequence[int]) -> list[Row]:
    """Every activity of the deals that happened (for the score at the time they closed)."""
    a = ActivityRow
    rows: list[Row] = []
    ids = list(deal_ids)
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        query = select(a.deal_id, a.kind, a.occurred_at).where(
            a.deal_id.in_(chunk), a.occurred_at.is_not(None)
        )
        rows.extend(dict(r) for r in session.execute(query).mappings())
    return rows


def fresh_totals(session: Session) -> dict[str, set[tuple[Any, ...]]]:
    """The kept tables computed from scratch (for checks and tests)."""
    name = session.get_bind().dialect.name
    return {t: set(session.execute(text(sql)).all()) for t, sql in fresh_selects(name).items()}


def rebuild_totals(session: Session) -> None:
    """Compute the kept tables afresh (after a bulk load that bypassed the row triggers)."""
    for statement in rebuild_statements(session.get_bind().dialect.name):
        session.execute(text(statement))
