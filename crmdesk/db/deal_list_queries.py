"""The Deals list in SQL: every deal of any stage, won, lost and archived, a page at a time."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import RowMapping, Select, func, select
from sqlalchemy.orm import Session, aliased

from crmdesk.db import deal_search
from crmdesk.db.board_queries import probability_expr, stale_expr, temperature_expr
from crmdesk.db.models import ContactRow, DealRow, OrganizationRow, SubStageProbabilityRow
from crmdesk.db.portable import ascii_lower, binary, id_set, ordered
from crmdesk.domain.deal_list import Archived, DealListFilter, DealListSort
from crmdesk.domain.enums import Stage, Temperature
from crmdesk.domain.scoring import ScoringConfig

_ORG = aliased(OrganizationRow, name="org")
_PERSON = aliased(ContactRow, name="person")


def _start(day: Any, zone: Any) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone)


def filtered(
    query: Select[*tuple[Any, ...]],
    f: DealListFilter,
    config: ScoringConfig,
    limits: Mapping[Stage, int],
    now: datetime,
    zone: Any,
    dialect: str = "sqlite",
) -> Select[*tuple[Any, ...]]:
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
) -> list[RowMapping]:
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
    by_sort: dict[DealListSort, list[Any]] = {
        DealListSort.TITLE: [binary(ascii_lower(DealRow.title))],
        DealListSort.STAGE: [binary(DealRow.stage)],
        DealListSort.ORGANIZATION: [binary(_ORG.name_folded)],
        DealListSort.VALUE: [binary(DealRow.currency), DealRow.value_minor],
        DealListSort.PROBABILITY: [probability],
        DealListSort.EXPECTED_CLOSE: [DealRow.expected_close],
        DealListSort.OWNER: [binary(DealRow.owner)],
        DealListSort.SCORE: [DealRow.score],
        DealListSort.CREATED: [DealRow.created_at],
        DealListSort.LOST_REASON: [binary(DealRow.lost_reason)],
    }
    keys = by_sort[DealListSort(sort)]
    order = [ordered(k, descending) for k in [*keys, DealRow.id]]
    return list(session.execute(query.order_by(*order).offset(offset).limit(limit)).mappings())


def count(
    session: Session,
    f: DealListFilter,
    config: ScoringConfig,
    limits: Mapping[Stage, int],
    now: datetime,
    zone: Any,
    cap: int | None = None,
) -> int:
    """How many deals the filter shows (counting no further than ``cap + 1`` when given)."""
    dialect = session.get_bind().dialect.name
    if cap is None:
        query = filtered(select(func.count(DealRow.id)), f, config, limits, now, zone, dialect)
        return int(session.scalar(query) or 0)
    ids = filtered(select(DealRow.id), f, config, limits, now, zone, dialect).limit(cap + 1)
    return int(session.scalar(select(func.count()).select_from(ids.subquery())) or 0)
