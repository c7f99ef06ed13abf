"""The sample data's histories, shaped so the Insight report has something to say.

Each working stage holds a deal for its own typical time (prospects wait longest), deals close
more in some months than others (busy before Tết and at the end of the year, quiet in
February), lost deals linger before they are lost, the source a deal came from changes its
chances and why it is lost, and enough deals close — at the default 300 deals, more than 30 won
and 30 lost after reaching Opportunity — for the learnt win probability.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timedelta
from random import Random

from crmdesk.domain.enums import Stage
from crmdesk.services import demo_names as names
from crmdesk.services.demo_names import cumulative, pick

# Where deals end (lead, prospect, opportunity, won, lost) and where lost ones were lost from.
STAGE_CUM = cumulative((27, 17, 16, 17, 23))
LOST_FROM_CUM = cumulative((15, 25, 60))
YEAR_DAYS = 364.0

# The median days a deal stays in each working stage, and how widely that varies.
MEDIAN_DAYS = {Stage.LEAD: 12.0, Stage.PROSPECT: 30.0, Stage.OPPORTUNITY: 17.0}
SPREAD = 0.55
LINGER_BEFORE_LOSS = 1.5  # a deal about to be lost sits half as long again
# How busy each calendar month is (January to December) for closing deals.
MONTH_WEIGHT = (1.3, 0.5, 1.0, 1.1, 1.0, 0.9, 0.8, 0.9, 1.0, 1.1, 1.2, 1.5)

# How much more often won (and lost) deals came from each source than the average.
_SOURCE_ODDS = {
    Stage.WON: {"Referral": 2.6, "Trade fair": 1.6, "Website": 1.0, "Zalo": 1.1,
                "Email campaign": 0.8, "Facebook": 0.7, "Cold call": 0.35},
    Stage.LOST: {"Referral": 0.5, "Trade fair": 0.9, "Website": 1.0, "Zalo": 1.0,
                 "Email campaign": 1.2, "Facebook": 1.5, "Cold call": 2.2},
}  # fmt: skip
# Why deals from a source are lost, more often than on average.
_REASON_ODDS = {
    "Website": {"price_too_high": 2.4, "competitor": 1.3},
    "Facebook": {"price_too_high": 2.0, "unresponsive": 1.8},
    "Zalo": {"unresponsive": 1.6, "no_budget": 1.4},
    "Referral": {"timing": 2.5, "no_decision": 2.0},
    "Trade fair": {"competitor": 2.6, "price_too_high": 1.2},
    "Cold call": {"not_a_fit": 3.0, "unresponsive": 2.0, "no_budget": 1.5},
    "Email campaign": {"no_budget": 2.0, "timing": 1.5},
}  # fmt: skip


def _stay(rng: Random, stage: Stage, lost_next: bool) -> float:
    days = MEDIAN_DAYS[stage] * math.exp(rng.gauss(0, SPREAD))
    return days * (LINGER_BEFORE_LOSS if lost_next else 1.0)


def _seasonal_close(rng: Random, now: datetime) -> datetime:
    """A moment within the last year, more likely in a busy month."""
    top = max(MONTH_WEIGHT)
    while True:
        at = now - timedelta(days=rng.uniform(0.0, YEAR_DAYS - 40))
        if rng.random() * top <= MONTH_WEIGHT[at.month - 1]:
            return at


def timeline(
    rng: Random, path: Sequence[tuple[Stage, bool]], now: datetime
) -> tuple[datetime, list[datetime]]:
    """When the deal was created, and when it made each move of ``path`` after the first."""
    stages = [stage for stage, _back in path]
    final = stages[-1]
    stays = []
    for i, stage in enumerate(stages[:-1]):
        back = path[i + 1][1]
        lost_next = stages[i + 1] == Stage.LOST
        days = _stay(rng, stage, lost_next) if stage.is_open else rng.uniform(1, 20)
        stays.append(days / 4 if back else days)
    if final.is_open:
        end = now
        so_far = _stay(rng, final, False) * rng.uniform(0.2, 1.3)
        stays.append(so_far)
    else:
        end = _seasonal_close(rng, now)
    total = sum(stays) or 0.01
    room = (end - (now - timedelta(days=YEAR_DAYS))).total_seconds() / 86400
    scale = min(1.0, room / total) if room > 0 else 0.01
    created = end - timedelta(days=total * scale)
    moves, at = [], created
    for days in stays[: len(stages) - 1]:
        at = at + timedelta(days=days * scale)
        moves.append(min(at, now))
    return created, moves


def source(rng: Random, final: Stage, english: bool) -> str:
    """Where the deal came from: referrals win more often, cold calls less."""
    odds = _SOURCE_ODDS.get(final)
    weights = list(names.SOURCE_CUM[english])
    plain = [b - a for a, b in zip([0.0, *weights[:-1]], weights, strict=True)]
    if odds:
        plain = [w * odds.get(s, 1.0) for w, s in zip(plain, names.SOURCES, strict=True)]
    return pick(rng, names.SOURCES, cumulative(plain))


def lost_reason(
    rng: Random, came_from: str, reasons: Sequence[tuple[str, bool]], reason_cum: Sequence[float]
) -> tuple[str, bool]:
    """Why it was lost: price on the website, timing for referrals, a poor fit for cold calls."""
    odds = _REASON_ODDS.get(came_from, {})
    plain = [b - a for a, b in zip([0.0, *reason_cum[:-1]], reason_cum, strict=True)]
    weighted = [w * odds.get(key, 1.0) for w, (key, _note) in zip(plain, reasons, strict=True)]
    return pick(rng, reasons, cumulative(weighted))


def value(rng: Random, amount: int, final: Stage) -> int:
    """Lost deals asked for more, on the whole (the price was too high)."""
    if final != Stage.LOST or rng.random() > 0.5:
        return amount
    return amount * 3 // 2
