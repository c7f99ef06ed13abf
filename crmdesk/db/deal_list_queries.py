"""The Deals list in SQL: every deal of any stage, won, lost and archived, a page at a time."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from crmdesk.db import deal_search
from crmdesk.db.board_queries import id_set, probability_expr, stale_expr, temperature_expr
from crmdesk.db.models import ContactRow, DealRow, OrganizationRow, SubStageProbabilityRow
from crmdesk.domain.deal_list import Archived, DealListFilter, DealListSort
from crmdesk.domain.enums import Stage, Temperature
from crmdesk.domain.scoring import ScoringConfig

_ORG = aliased(OrganizationRow, name="org")
_PERSON = aliased(ContactRow, name="person")


def _start(day: Any, zone: Any) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone)


def filtered(
    query: Select[Any],
    f: DealListFilter,
    config: ScoringConfig,
    limits: Mapping[Stage, int],
    now: datetime,
    zone: Any,
    dialect: str = "sqlite",
) -> Select[Any]:
    """Apply the Deals list's filters to a query over deals."""
    if f.archived != Archived.ALL:
        query = query.where(DealRow.archived.is_(f.archived == Archived.ARCHIVED))
    b = f.board
    words = b.search_terms()
    if words:
        query = query.where(deal_search.where(dialect, words))
    if b.temperature is not None:
        query = query.where(temperature_expr(config) == Temperature(b.temperature).value)
    if b.source:
        query = query.where(DealRow.source == b.source)
    if b.owner:
        query = query.where(DealRow.owner == b.owner)
    if b.stale_only:
        query = query.where(stale_expr(limits, now))
    if b.overdue_only:
        query = query.where(DealRow.next_action_at < now)
    if b.deal_ids is not None:
        query = query.where(DealRow.id.in_(id_set(json.dumps(sorted(b.deal_ids)))))
    if f.stages is not None:
        query = query.where(DealRow.stage.in_(sorted(f.stages)))
    if f.close_from is not None:
        query = query.where(DealRow.expected_close >= f.close_from)
    if f.close_to is not None:
        query = query.where(DealRow.expected_close <= f.close_to)
    if f.created_from is not None:
        query = query.where(DealRow.created_at >= _start(f.created_from, zone))
    if f.created_to is not None:
        query = query.where(DealRow.created_at < _start(f.created_to + timedelta(days=1), zone))
    return query


def page(
    session: Session,
    f: DealListFilter,
    sort: DealListSort,
    descending: bool,
    offset: int,
    limit: int,
    config: ScoringConfig,
    limits: Mapping[Stage, int],
    now: datetime,
    zone: Any,
) -> list[Mapping[str, Any]]:
    """One page of the Deals list as plain mappings."""
    probability = probability_expr().label("probability")
    temperature = temperature_expr(config).label("temperature")
    query = (
        select(
            DealRow.id,
            DealRow.title,
            DealRow.stage,
            DealRow.sub_stage,
            _ORG.name.label("organization"),
            _PERSON.full_name.label("contact"),
            DealRow.value_minor,
            DealRow.currency,
            probability,
            DealRow.expected_close,
            DealRow.owner,
            DealRow.score,
            temperature,
            DealRow.lost_reason,
            DealRow.archived,
            DealRow.source,
            DealRow.created_at,
            DealRow.stage_entered_at,
        )
        .outerjoin(_ORG, _ORG.id == DealRow.organization_id)
        .outerjoin(_PERSON, _PERSON.id == DealRow.contact_id)
        .outerjoin(SubStageProbabilityRow, SubStageProbabilityRow.sub_stage == DealRow.sub_stage)
    )
    query = filtered(query, f, config, limits, now, zone, session.get_bind().dialect.name)
    keys: list[Any] = {
        DealListSort.TITLE: [func.lower(DealRow.title)],
        DealListSort.STAGE: [DealRow.stage],
        DealListSort.ORGANIZATION: [_ORG.name_folded],
        DealListSort.VALUE: [DealRow.currency, DealRow.value_minor],
        DealListSort.PROBABILITY: [probability],
        DealListSort.EXPECTED_CLOSE: [DealRow.expected_close],
        DealListSort.OWNER: [DealRow.owner],
        DealListSort.SCORE: [DealRow.score],
        DealListSort.CREATED: [DealRow.created_at],
        DealListSort.LOST_REASON: [DealRow.lost_reason],
    }[DealListSort(sort)]
    order = [k.desc() if descending else k for k in [*keys, DealRow.id]]
    return list(session.execute(query.order_by(*order).offset(offset).limit(limit)).mappings())


def count(
    session: Session,
    f: DealListFilter,
    config: ScoringConfig,
    limits: Mapping[Stage, int],
    now: datetime,
    zone: Any,
) -> int:
    """How many deals the filter shows."""
    dialect = session.get_bind().dialect.name
    query = filtered(select(func.count(DealRow.id)), f, config, limits, now, zone, dialect)
    return int(session.scalar(query) or 0)
