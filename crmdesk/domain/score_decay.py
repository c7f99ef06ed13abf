"""When decay may next change a deal's rounded score: a lower bound, so a daily re-score reads
only the deals that are due.

A rule's behaviour points are a sum of signals each halved every half-life, so the sum itself
halves every half-life: from its value ``S`` now, it falls below a level ``L`` after
``h · log2(S / L)``. A rule's whole points drop when its (capped) sum falls below the half point
under them; the score can change only when one rule's whole points do (fit points never decay).
Each signal is rounded to a millionth of a point on its own, so the bound widens ``S`` and ``L``
by half a millionth per signal, then keeps an hour's margin. ``crmdesk.db.score_queries``
computes the same bound in SQL.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime

from crmdesk.domain.scoring import (
    MICRO,
    ScoringConfig,
    Signal,
    age_seconds,
    decayed_micro,
    half_life_seconds,
    whole_points,
)

MARGIN_S = 3_600  # seconds the bound keeps before the computed moment


def rule_due(total: int, count: int, cap: int | None, has_future: bool, now_s: int,
             half_life_s: float) -> int | None:  # fmt: skip
    """The bound for one rule: ``total`` millionths from ``count`` signals (none in the future
    unless ``has_future``: such a rule is due at once); None when it never changes."""
    if has_future:
        return now_s
    capped = min(total, cap * MICRO) if cap is not None else total
    whole = abs(whole_points(capped))
    if whole == 0 or half_life_s <= 0:
        return None
    level = (whole - 0.5) * MICRO + count * 0.5
    value = abs(total) - count * 0.5
    if value <= level:
        return now_s
    seconds = half_life_s * math.log(value / level) / math.log(2)
    return max(now_s, now_s + math.floor(seconds) - MARGIN_S)


def score_due(signals: Iterable[Signal], config: ScoringConfig, now: datetime) -> int | None:
    """Seconds since 1970 before which decay leaves the rounded score as it is now (None: it
    never changes by decay)."""
    now_s = math.floor(now.timestamp())
    sums: dict[str, tuple[int, int, bool]] = {}
    for signal in signals:
        rule = config.rule_for_signal(signal.kind)
        if rule is None:
            continue
        age = age_seconds(now, signal.at)
        value = decayed_micro(rule.points, age, config.half_life_days)
        total, count, future = sums.get(rule.key, (0, 0, False))
        sums[rule.key] = (total + value, count + 1, future or age <= 0)
    half_life_s = half_life_seconds(config.half_life_days)
    dues = []
    for key, (total, count, future) in sums.items():
        rule = config.rule(key)
        cap = rule.cap if rule is not None else None
        due = rule_due(total, count, cap, future, now_s, half_life_s)
        if due is not None:
            dues.append(due)
    return min(dues) if dues else None
