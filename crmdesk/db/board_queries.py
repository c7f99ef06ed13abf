"""The board's SQL: column pages, totals and forecast, without loading every deal."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    RowMapping,
    Select,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from crmdesk.db import deal_search
from crmdesk.db.models import (
    ActivityRow,
    ContactRow,
    DealRow,
    DealTotalsRow,
    NurtureEnrolmentRow,
    OrganizationRow,
    QuoteRow,
    SubStageProbabilityRow,
)
from crmdesk.db.portable import id_set
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import OPEN_STAGES, BoardSort, Stage, Temperature
from crmdesk.domain.scoring import ScoringConfig


def temperature_expr(config: ScoringConfig) -> ColumnElement[str]:
    """SQL for a deal's temperature (never hot without two-way contact)."""
    return _temperature(config.hot_at, config.warm_at)


def _temperature(hot_at: Any, warm_at: Any) -> ColumnElement[str]:
    return case(
        (
            and_(DealRow.score >= hot_at, DealRow.two_way.is_(True)),
            literal(Temperature.HOT.value),
        ),
        (DealRow.score >= warm_at, literal(Temperature.WARM.value)),
        else_=literal(Temperature.COLD.value),
    )


def probability_expr() -> ColumnElement[int]:
    """SQL for the effective win probability (needs the sub-stage probability join)."""
    return case(
        (DealRow.stage == Stage.WON, literal(100)),
        (
            DealRow.stage == Stage.OPPORTUNITY,
            func.coalesce(DealRow.probability_override, SubStageProbabilityRow.probability, 0),
        ),
        else_=literal(0),
    )


def stale_expr(limits: Mapping[Stage, int], now: datetime) -> ColumnElement[bool]:
    """SQL: nothing happened within the stage's limit and nothing is planned ahead."""
    return _stale({s: now - timedelta(days=limits[s]) for s in OPEN_STAGES}, now)


def _stale(cutoffs: Mapping[Stage, Any], now: Any) -> ColumnElement[bool]:
    too_old = or_(
        *(
            and_(DealRow.stage == stage, DealRow.last_touched_at < cutoffs[stage])
            for stage in OPEN_STAGES
        )
    )
    nothing_planned = or_(DealRow.next_action_at.is_(None), DealRow.next_action_at <= now)
    return and_(too_old, nothing_planned)


def filtered(
    query: Select[*tuple[Any, ...]],
    f: BoardFilter,
    config: ScoringConfig,
    limits: Mapping[Stage, int],
    now: datetime,
    by_id: bool = False,
    dialect: str = "sqlite",
) -> Select[*tuple[Any, ...]]:
    """Apply the toolbar's filters to a query over deals (``by_id``: it selects ids already;
    ``dialect``: the engine's, for the search)."""
    words = f.search_terms()
    # A search reads its matches from the full-text index, then their rows by id: the cost
    # follows the matches, not the file (scanning an index on ``archived`` reads every deal).
    unindexed = by_id or (bool(words) and dialect == "sqlite")
    archived = _unindexed(DealRow.archived) if unindexed else DealRow.archived
    query = query.where(archived.is_(False))
    if words:
        query = query.where(deal_search.where(dialect, words))
    if f.temperature is not None:
        query = query.where(temperature_expr(config) == Temperature(f.temperature).value)
    if f.source:
        query = query.where(DealRow.source == f.source)
    if f.owner:
        query = query.where(DealRow.owner == f.owner)
    if f.stale_only:
        query = query.where(stale_expr(limits, now))
    if f.overdue_only:
        query = query.where(DealRow.next_action_at < now)
    if f.deal_ids is not None:
        query = query.where(DealRow.id.in_(id_set(json.dumps(sorted(f.deal_ids)))))
    return query


def _order(sort: BoardSort) -> list[Any]:
    match BoardSort(sort):
        case BoardSort.SCORE:
            return [DealRow.score.desc(), DealRow.id.desc()]
        case BoardSort.VALUE:
            return [DealRow.value_minor.desc(), DealRow.id.desc()]
        case BoardSort.NEXT_ACTION:
            return [DealRow.next_action_at.nulls_last(), DealRow.id]
        case BoardSort.AGE:
            return [DealRow.stage_entered_at, DealRow.id]
        case _:
            return [DealRow.position, DealRow.id]


def _unindexed(column: Any) -> ColumnElement[Any]:
    """``+deals.column``: SQLite then looks rows up by the ids given instead of scanning an index
    on this column (other databases read the unary plus as a no-op)."""
    return type_coerce(literal_column(f"+deals.{column.key}"), column.type)


@dataclass(frozen=True, slots=True)
class _PageShape:
    """What decides a column page's SQL text; the values go in as parameters."""

    stage: Stage
    sort: BoardSort
    terms: int
    temperature: bool
    source: bool
    owner: bool
    stale_only: bool
    overdue_only: bool
    by_id: bool
    deal_ids: bool = False
    dialect: str = "sqlite"


_CONTACT = aliased(ContactRow)
_P = bindparam
# The deal's running nurturing enrolment (its touches are counted on the card).
_ACTIVE = (NurtureEnrolmentRow.deal_id == DealRow.id, NurtureEnrolmentRow.stopped_at.is_(None))
_nurtured = select(NurtureEnrolmentRow.steps).where(*_ACTIVE).limit(1)


@lru_cache(maxsize=512)
def _page_statement(shape: _PageShape) -> Select[*tuple[Any, ...]]:
    """A column page's statement, built once per shape (building one costs more than running it)."""
    cutoffs = {s: _P(f"cut_{s.value}", type_=DealRow.last_touched_at.type) for s in OPEN_STAGES}
    now = _P("now", type_=DealRow.last_touched_at.type)
    temperature = _temperature(_P("hot_at"), _P("warm_at"))
    stale = _stale(cutoffs, now) if shape.stage.is_open else false()
    query = (
        select(
            DealRow.id,
            DealRow.title,
            DealRow.stage,
            DealRow.value_minor,
            DealRow.currency,
            DealRow.score,
            DealRow.sub_stage,
            DealRow.stage_entered_at,
            DealRow.position,
            DealRow.expected_close,
            OrganizationRow.name.label("organization"),
            _CONTACT.full_name.label("contact"),
            temperature.label("temperature"),
            probability_expr().label("probability"),
            stale.label("stale"),
            select(func.count(func.distinct(QuoteRow.number)))
            .where(QuoteRow.deal_id == DealRow.id)
            .scalar_subquery()
            .label("quotes"),
            select(QuoteRow.status)
            .where(QuoteRow.deal_id == DealRow.id)
            .order_by(QuoteRow.id.desc())
            .limit(1)
            .scalar_subquery()
            .label("quote_status"),
            _nurtured.scalar_subquery().label("nurture_steps"),
            select(func.count(ActivityRow.id))
            .join(NurtureEnrolmentRow, NurtureEnrolmentRow.id == ActivityRow.enrolment_id)
            .where(*_ACTIVE, ActivityRow.done_at.is_not(None))
            .scalar_subquery()
            .label("nurture_done"),
        )
        .outerjoin(OrganizationRow, OrganizationRow.id == DealRow.organization_id)
        .outerjoin(_CONTACT, _CONTACT.id == DealRow.contact_id)
        .outerjoin(SubStageProbabilityRow, SubStageProbabilityRow.sub_stage == DealRow.sub_stage)
    )
    page = select(DealRow.id) if shape.by_id else query
    if shape.by_id:
        page = page.where(
            DealRow.id.in_(id_set(_P("ids_json")).scalar_subquery()),
            _unindexed(DealRow.stage) == shape.stage,
            _unindexed(DealRow.archived).is_(False),
        )
    else:
        page = page.where(DealRow.stage == shape.stage, DealRow.archived.is_(False))
    if shape.terms:
        page = page.where(deal_search.matching(shape.dialect, shape.terms))
    if shape.temperature:
        page = page.where(temperature == _P("temperature"))
    if shape.source:
        page = page.where(DealRow.source == _P("source"))
    if shape.owner:
        page = page.where(DealRow.owner == _P("owner"))
    if shape.stale_only:
        page = page.where(_stale(cutoffs, now))
    if shape.overdue_only:
        page = page.where(DealRow.next_action_at < now)
    if shape.deal_ids:
        page = page.where(DealRow.id.in_(id_set(_P("deal_ids_json"))))
    page = page.order_by(*_order(shape.sort)).offset(_P("offset")).limit(_P("limit"))
    if not shape.by_id:
        return page
    # Choose the page among the given ids first, then join only its rows.
    return query.where(DealRow.id.in_(page.scalar_subquery())).order_by(*_order(shape.sort))


def column_page(
    session: Session,
    stage: Stage,
    f: BoardFilter,
    sort: BoardSort,
    offset: int,
    limit: int,
    config: ScoringConfig,
    limits: Mapping[Stage, int],
    now: datetime,
    only_ids: list[int] | None = None,
) -> list[RowMapping]:
    """One page of a column's cards as plain mappings (among ``only_ids`` when given)."""
    dialect = session.get_bind().dialect.name
    by_id = only_ids is not None and dialect == "sqlite"
    terms = f.search_terms()
    shape = _PageShape(
        Stage(stage),
        BoardSort(sort),
        len(terms),
        f.temperature is not None,
        bool(f.source),
        bool(f.owner),
        f.stale_only,
        f.overdue_only,
        by_id,
        f.deal_ids is not None,
        dialect,
    )
    params: dict[str, Any] = {
        "now": now,
        "hot_at": config.hot_at,
        "warm_at": config.warm_at,
        "offset": offset,
        "limit": limit,
        **{f"cut_{s.value}": now - timedelta(days=limits[s]) for s in OPEN_STAGES},
        **(deal_search.parameters(dialect, terms) if terms else {}),
    }
    if f.temperature is not None:
        params["temperature"] = Temperature(f.temperature).value
    if f.source:
        params["source"] = f.source
    if f.owner:
        params["owner"] = f.owner
    if by_id:
        params["ids_json"] = json.dumps(only_ids)
    if f.deal_ids is not None:
        params["deal_ids_json"] = json.dumps(sorted(f.deal_ids))
    return list(session.execute(_page_statement(shape), params).mappings())


def next_actions(session: Session, deal_ids: list[int]) -> dict[int, RowMapping]:
    """The earliest open scheduled activity of each deal (id, kind, subject, due_at)."""
    if not deal_ids:
        return {}
    done: Any = ActivityRow.done_at
    due: Any = ActivityRow.due_at
    if session.get_bind().dialect.name == "sqlite":  # look up by deal: the open-due index
        done, due = (  # would read every open activity of the file
            type_coerce(literal_column(f"+activities.{c.key}"), c.type) for c in (done, due)
        )
    rows = session.execute(
        select(
            ActivityRow.deal_id,
            ActivityRow.id,
            ActivityRow.kind,
            ActivityRow.subject,
            ActivityRow.due_at,
        )
        .where(
            ActivityRow.deal_id.in_(deal_ids),
            done.is_(None),
            due.is_not(None),
        )
        .order_by(ActivityRow.deal_id, ActivityRow.due_at, ActivityRow.id)
    ).mappings()
    result: dict[int, RowMapping] = {}
    for row in rows:
        result.setdefault(row["deal_id"], row)
    return result


def column_totals(
    session: Session,
    f: BoardFilter,
    config: ScoringConfig,
    limits: Mapping[Stage, int],
    now: datetime,
    stages: Collection[Stage] | None = None,
) -> list[RowMapping]:
    """Count and value per stage, currency, sub-stage and probability override.

    Grouped in the order of ``ix_deals_totals`` so SQLite answers from the index alone;
    the caller weights each group by its probability.
    """
    if f == BoardFilter():
        return kept_totals(session, stages)
    keys = (DealRow.stage, DealRow.currency, DealRow.sub_stage, DealRow.probability_override)
    query = select(
        *keys, func.count().label("count"), func.sum(DealRow.value_minor).label("value")
    ).group_by(*keys)
    dialect = session.get_bind().dialect.name
    if stages is not None:
        searched = f.search_terms() and dialect == "sqlite"
        stage = _unindexed(DealRow.stage) if searched else DealRow.stage
        query = query.where(stage.in_([Stage(s) for s in stages]))
    statement = filtered(query, f, config, limits, now, dialect=dialect)
    return list(session.execute(statement).mappings())


def distinct_values(session: Session, column: str) -> list[str]:
    """The distinct non-empty values of a deal column (``source`` or ``owner``), sorted."""
    col = {"source": DealRow.source, "owner": DealRow.owner}[column]
    rows = session.scalars(
        select(col).where(DealRow.archived.is_(False), col.is_not(None)).distinct()
    )
    return sorted(r for r in rows if r)  # by code point, on every engine


def temperature_counts(session: Session, warm_at: int, hot_at: int) -> dict[Temperature, int]:
    """Open deals per temperature for the given thresholds."""
    temperature = _temperature(warm_at=warm_at, hot_at=hot_at).label("t")
    rows = session.execute(
        select(temperature, func.count())
        .where(DealRow.archived.is_(False), DealRow.stage.in_(list(OPEN_STAGES)))
        .group_by(temperature)
    )
    counts = dict.fromkeys(Temperature, 0)
    for value, count in rows:
        counts[Temperature(value)] = count
    return counts


def stages_of(session: Session, deal_ids: list[int]) -> dict[int, Stage]:
    """The stage of each live deal among ``deal_ids``."""
    rows = session.execute(
        select(DealRow.id, DealRow.stage).where(
            DealRow.id.in_(deal_ids), DealRow.archived.is_(False)
        )
    )
    return {deal_id: Stage(stage) for deal_id, stage in rows}


def kept_totals(session: Session, stages: Collection[Stage] | None = None) -> list[RowMapping]:
    """The unfiltered totals, from the table the triggers keep (a few dozen rows)."""
    t = DealTotalsRow
    query = select(
        t.stage,
        t.currency,
        func.nullif(t.sub_stage, "").label("sub_stage"),
        func.nullif(t.probability_override, -1).label("probability_override"),
        t.count,
        t.value,
    ).where(t.archived.is_(False), t.count > 0)
    if stages is not None:
        query = query.where(t.stage.in_([Stage(s).value for s in stages]))
    return list(session.execute(query).mappings())


def search_rows(session: Session, deal_ids: list[int] | None = None) -> Iterable[tuple[Any, ...]]:
    """What the in-memory search index keeps of each live deal (of ``deal_ids``, or all):
    id, stage, currency, sub-stage, probability override, value and search key.

    Streamed from the cursor (not buffered like ORM results), so filling the index for 100,000
    deals never holds them all twice.
    """
    query = select(
        DealRow.id,
        DealRow.stage,
        DealRow.currency,
        DealRow.sub_stage,
        DealRow.probability_override,
        DealRow.value_minor,
        DealRow.search_key,
    ).where(DealRow.archived.is_(False))
    if deal_ids is not None:
        query = query.where(DealRow.id.in_(deal_ids))
    return session.connection().execute(query)


def month_of(session: Session, column: Any) -> ColumnElement[str]:
    """``YYYY-MM`` of a date column, in the dialect at hand."""
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def forecast(session: Session) -> list[RowMapping]:
    """Open opportunities and won deals by expected-close month, currency, stage, sub-stage and
    probability override (Lost never counts).

    Each group's sum is at most its ``deal_totals`` total (at most 2^62), so SQL's SUM never
    overflows; the caller weights each group by its probability, exactly, in Python.
    """
    month = month_of(session, DealRow.expected_close).label("month")
    keys = (DealRow.stage, DealRow.sub_stage, DealRow.probability_override)
    query = (
        select(
            month,
            DealRow.currency,
            *keys,
            func.count().label("count"),
            func.sum(DealRow.value_minor).label("value"),
        )
        .where(
            DealRow.archived.is_(False),
            DealRow.stage.in_([Stage.OPPORTUNITY, Stage.WON]),
            DealRow.expected_close.is_not(None),
        )
        .group_by(month, DealRow.currency, *keys)
        .order_by(month, DealRow.currency)
    )
    return list(session.execute(query).mappings())
