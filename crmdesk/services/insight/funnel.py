"""The funnel of a period's deals: how far they went, how long each stage held them, where and
why the lost ones were lost, win rates by what they came with, and pipeline velocity."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db import insight_queries as q
from crmdesk.db.models import LostReasonRow
from crmdesk.domain.enums import OPEN_STAGES, Stage
from crmdesk.domain.insight import (
    RateBook,
    Tally,
    bottleneck,
    median_days,
    month_end,
    velocity_per_day,
)
from crmdesk.services.insight.figures import Funnel, LostFigures, StageFigures, Velocity, WinRate

RANKS = {Stage.LEAD: 0, Stage.PROSPECT: 1, Stage.OPPORTUNITY: 2, Stage.WON: 3}
DIMENSIONS = ("source", "owner", "industry", "size")


def lost_labels(session: Session) -> dict[str, str]:
    """Lost reason labels by key."""
    return {r.key: r.label for r in session.scalars(select(LostReasonRow))}


def compute_funnel(session: Session, first: str, last: str, book: RateBook, today: date) -> Funnel:
    """The funnel of deals created from month ``first`` to ``last``."""
    cohorts = q.cohort_rows(session, first, last)
    entered = dict.fromkeys(RANKS, 0)
    lost: dict[tuple[Stage, str], int] = {}
    won_count, won_seconds, lost_after_opportunity = 0, 0, 0
    on = min(today, month_end(last))
    won_value = Tally(book, on)
    won_by_currency: dict[str, int] = {}
    for r in cohorts:
        for stage, rank in RANKS.items():
            if r["reached"] >= rank:
                entered[stage] += r["count"]
        if r["stage"] == Stage.LOST:
            where = {1: Stage.PROSPECT, 2: Stage.OPPORTUNITY}.get(r["reached"], Stage.LEAD)
            key = (where, r["lost_reason"])
            lost[key] = lost.get(key, 0) + r["count"]
            if r["reached"] >= 2:
                lost_after_opportunity += r["count"]
        elif r["stage"] == Stage.WON:
            won_count += r["count"]
            won_seconds += r["seconds"]
            won_value.add(int(r["value"]), r["currency"])
            won_by_currency[r["currency"]] = won_by_currency.get(r["currency"], 0) + r["count"]
    histograms: dict[Stage, dict[int, int]] = {s: {} for s in OPEN_STAGES}
    seconds = dict.fromkeys(OPEN_STAGES, 0)
    for r in q.stage_day_rows(session, first, last):
        stage = Stage(r["stage"])
        histograms[stage][int(r["days"])] = int(r["count"])
        seconds[stage] += int(r["seconds"] or 0)
    stages = []
    previous: int | None = None
    medians = {}
    for stage in RANKS:
        stays = sum(histograms.get(stage, {}).values())
        median = median_days(histograms[stage]) if stage in histograms else None
        mean = round(seconds[stage] / stays / 86400, 1) if stays else None
        if stage in histograms:
            medians[stage] = median
        conversion = None
        if previous is not None:
            conversion = round(entered[stage] / previous, 4) if previous else None
        stages.append(StageFigures(stage, entered[stage], conversion, median, mean, stays))
        previous = entered[stage]
    labels = lost_labels(session)
    lost_rows = tuple(
        LostFigures(stage, reason, labels.get(reason, reason), count)
        for (stage, reason), count in sorted(
            lost.items(), key=lambda kv: (RANKS[kv[0][0]], -kv[1], kv[0][1])
        )
    )
    reasons: dict[str, int] = {}
    for row in lost_rows:
        reasons[row.reason] = reasons.get(row.reason, 0) + row.count
    open_now = q.open_counts(session).get(Stage.OPPORTUNITY.value, 0)
    apart = {c for c, _ in won_value.unconverted()}
    converted = sum(n for c, n in won_by_currency.items() if c not in apart)
    velocity = _velocity(
        open_now, won_count, won_seconds, won_value, converted, lost_after_opportunity
    )
    missing = tuple(c for c, _ in won_value.unconverted())
    return Funnel(
        book.reporting,
        first,
        last,
        tuple(stages),
        lost_rows,
        _win_rates(q.dimension_rows(session, first, last)),
        velocity,
        bottleneck(medians, reasons, labels),
        missing,
    )


def _velocity(
    open_now: int,
    won: int,
    won_seconds: int,
    won_value: Tally,
    converted: int,
    lost_after_opportunity: int,
) -> Velocity:
    closed = won + lost_after_opportunity
    rate = won / closed if closed else None
    if not won or not converted:
        return Velocity(0, open_now, 0, rate, None, won_value.unconverted())
    average = won_value.total / converted  # the won deals whose currency has a rate
    days = won_seconds / won / 86400
    per_day = velocity_per_day(open_now, average, rate or 0.0, days)
    return Velocity(
        per_day,
        open_now,
        int(average.to_integral_value()),
        None if rate is None else round(rate, 4),
        round(days, 1),
        won_value.unconverted(),
    )


def _win_rates(rows: list[Mapping[str, Any]]) -> tuple[WinRate, ...]:
    table: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        counts = table.setdefault((str(r["dimension"]), str(r["value"])), [0, 0, 0])
        index = {Stage.WON.value: 0, Stage.LOST.value: 1}.get(str(r["stage"]), 2)
        counts[index] += int(r["count"])
    ordered = sorted(
        table.items(),
        key=lambda kv: (DIMENSIONS.index(kv[0][0]), -(kv[1][0] + kv[1][1]), kv[0][1]),
    )
    return tuple(WinRate(d, v, w, lo, op) for (d, v), (w, lo, op) in ordered)
