"""The forecast by expected-close month: weighted, best case, commit, won, against the target.

Open opportunities count in the month they are expected to close, from today on; those whose
close date has passed are *slipped* and those without one *undated*, both counted apart; lost
deals never count. Each amount is converted at the rate in force at the end of its month.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.db import insight_queries as q
from crmdesk.domain import pipeline as rules
from crmdesk.domain.enums import Stage, SubStage
from crmdesk.domain.insight import RateBook, Tally, month_end, months_between
from crmdesk.services.insight.figures import Apart, MonthFigures, SlippedDeal
from crmdesk.services.insight.rates import InsightSettings

SLIPPED_LISTED = 50
FIGURES = ("weighted", "best_case", "commit", "won")

# (currency, sub-stage, override) -> probability in percent, for the stage defaults
Probability = Callable[[Mapping[str, Any]], int]


@dataclass
class _Month:
    book: RateBook
    on: date
    tallies: dict[str, Tally] = field(default_factory=dict)
    opportunities: int = 0
    committed: int = 0
    won_deals: int = 0

    def tally(self, figure: str) -> Tally:
        if figure not in self.tallies:
            self.tallies[figure] = Tally(self.book, self.on)
        return self.tallies[figure]

    def add_open(self, currency: str, value: int, weighted_x100: int, count: int, committed: bool
                 ) -> None:  # fmt: skip
        self.tally("best_case").add(value, currency)
        self.tally("weighted").add(Decimal(weighted_x100) / 100, currency)
        if committed:
            self.tally("commit").add(value, currency)
            self.committed += count
        self.opportunities += count


def stage_probability(defaults: Mapping[SubStage, int]) -> Probability:
    """The sub-stage default (or the deal's override) of a group of opportunities."""

    def probability(row: Mapping[str, Any]) -> int:
        sub = SubStage(row["sub_stage"]) if row["sub_stage"] else None
        return rules.effective_probability(
            Stage.OPPORTUNITY, sub, row["probability_override"], defaults
        )

    return probability


@dataclass(frozen=True, slots=True)
class OpenGroup:
    """Open opportunities with the same close month, currency and probability."""

    month: str  # '' undated
    close: date | None  # a deal's own close date, when the group is one deal
    currency: str
    probability: int
    count: int
    value: int


def stage_groups(
    session: Session, probability: Probability, today: date
) -> tuple[list[OpenGroup], list[Mapping[str, Any]]]:
    """Open opportunities from the kept totals; this month's slipped ones from the deals."""
    rows = q.forecast_rows(session)
    this_month = today.isoformat()[:7]
    groups = []
    for r in rows:
        if r["stage"] != Stage.OPPORTUNITY:
            continue
        groups.append(OpenGroup(r["month"], None, r["currency"], probability(r), r["count"],
                                int(r["value"])))  # fmt: skip
    # This month's opportunities whose day has passed have slipped: move them out of the month.
    for r in q.slipped_groups(session, today.replace(day=1), today):
        p = probability(r)
        groups.append(OpenGroup(this_month, None, r["currency"], p, -r["count"], -int(r["value"])))
        groups.append(OpenGroup("<", None, r["currency"], p, r["count"], int(r["value"])))
    won = [r for r in rows if r["stage"] == Stage.WON]
    return groups, won


def build_months(
    groups: list[OpenGroup],
    won: list[Mapping[str, Any]],
    settings: InsightSettings,
    book: RateBook,
    first: str,
    last: str,
    today: date,
) -> tuple[tuple[MonthFigures, ...], Apart, Apart, set[str]]:
    """Every month's figures, the slipped and the undated, and the currencies lacking a rate."""
    this_month = today.isoformat()[:7]
    months = {m: _Month(book, max(today, month_end(m)) if m >= this_month else month_end(m))
              for m in months_between(first, last)}  # fmt: skip
    slipped, undated = _Month(book, today), _Month(book, today)
    threshold = settings.commit_threshold
    for g in groups:
        weighted = g.value * g.probability
        committed = g.probability >= threshold
        target: _Month | None
        if g.month == "":
            target = undated
        elif g.month == "<" or g.month < this_month:
            target = slipped
        else:
            target = months.get(g.month)
            if target is None:
                continue
        target.add_open(g.currency, g.value, weighted, g.count, committed)
    for r in won:
        month = months.get(r["month"])
        if month is not None:
            month.tally("won").add(int(r["value"]), r["currency"])
            month.won_deals += r["count"]
    missing: set[str] = set()
    figures = []
    for name, m in months.items():
        apart = {f: m.tally(f).unconverted() for f in FIGURES if m.tally(f).unconverted()}
        for amounts in apart.values():
            missing.update(c for c, _ in amounts)
        figures.append(
            MonthFigures(
                name,
                m.tally("weighted").minor(),
                m.tally("best_case").minor(),
                m.tally("commit").minor(),
                m.tally("won").minor(),
                settings.monthly_target_minor,
                m.opportunities,
                m.committed,
                m.won_deals,
                apart,
            )
        )
    aside = []
    for m in (slipped, undated):
        unconverted = tuple(
            sorted(set(m.tally("best_case").unconverted()) | set(m.tally("weighted").unconverted()))
        )
        missing.update(c for c, _ in unconverted)
        aside.append(
            Apart(
                m.opportunities,
                m.tally("best_case").minor(),
                m.tally("weighted").minor(),
                m.tally("best_case").unconverted(),
            )
        )
    return tuple(figures), aside[0], aside[1], missing


def slipped_list(
    session: Session, probability: Probability, today: date, limit: int = SLIPPED_LISTED
) -> tuple[SlippedDeal, ...]:
    """The longest-overdue open opportunities, for the list beside the forecast."""
    return tuple(
        SlippedDeal(
            r["id"],
            r["title"],
            r["organization"],
            r["expected_close"],
            r["value_minor"],
            r["currency"],
            probability(r),
            r["owner"],
        )
        for r in q.slipped_deals(session, today, limit)
    )
