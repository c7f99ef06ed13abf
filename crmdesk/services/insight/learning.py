"""The learnt win probability: the user's closed opportunities as examples, the fitted model
kept until deals close again, and each open opportunity's chance explained."""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.db import insight_queries as q
from crmdesk.domain import pipeline as rules
from crmdesk.domain import win_model as wm
from crmdesk.domain.enums import TWO_WAY_KINDS, ActivityKind, DecisionRole, Stage, SubStage
from crmdesk.domain.insight import size_band
from crmdesk.domain.scoring import FitFacts, ScoringConfig, Signal, explain_score

FACTORS = ("source", "industry", "size", "value", "score", "days", "activities", "sub_stage")
TRAINING_LIMIT = 800  # the newest closed opportunities it learns from
RARE = 3  # a source or industry seen fewer times than this is "other"
OTHER = "*"
_SCORE_BANDS = ((30, "0-29"), (50, "30-49"), (70, "50-69"), (101, "70-100"))
_DAY_BANDS = ((7, "0-6"), (21, "7-20"), (45, "21-44"), (None, "45+"))
_ACTIVITY_BANDS = ((3, "0-2"), (6, "3-5"), (10, "6-9"), (None, "10+"))


def _band(value: float, bands: Sequence[tuple[int | None, str]]) -> str:
    for limit, name in bands:
        if limit is None or value < limit:
            return name
    return bands[-1][1]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """How raw facts become factor values: the value quartiles and the values seen often."""

    quartiles: Mapping[str, tuple[int, int, int]]  # per currency
    known: Mapping[str, frozenset[str]]  # source and industry values seen often enough

    def factors(self, row: Mapping[str, Any], score: int, days: float) -> dict[str, str]:
        """The factor values of a deal."""
        out = {}
        for name in ("source", "industry"):
            value = row[name] or ""
            out[name] = value if not value or value in self.known[name] else OTHER
        out["size"] = size_band(row["size"])
        cuts = self.quartiles.get(row["currency"])
        out["value"] = f"q{bisect_right(cuts, row['value_minor']) + 1}" if cuts else OTHER
        out["score"] = _band(score, _SCORE_BANDS)
        out["days"] = _band(days, _DAY_BANDS)
        out["activities"] = _band(int(row["activities"] or 0), _ACTIVITY_BANDS)
        out["sub_stage"] = str(row["sub_stage"] or "")
        return out


def vocabulary(rows: Sequence[Mapping[str, Any]]) -> Vocabulary:
    """The vocabulary of a training set."""
    by_currency: dict[str, list[int]] = {}
    for r in rows:
        by_currency.setdefault(r["currency"], []).append(int(r["value_minor"]))
    quartiles: dict[str, tuple[int, int, int]] = {}
    for currency, values in by_currency.items():
        values.sort()
        n = len(values)
        low, middle, high = (values[min(n - 1, (n * k) // 4)] for k in (1, 2, 3))
        quartiles[currency] = (low, middle, high)
    known: dict[str, frozenset[str]] = {}
    for name in ("source", "industry"):
        counts = Counter(r[name] for r in rows if r[name])
        known[name] = frozenset(v for v, c in counts.items() if c >= RARE)
    return Vocabulary(quartiles, known)


def _days(start: datetime | None, end: datetime) -> float:
    return max(0.0, (end - start).total_seconds() / 86400) if start else 0.0


def scores_then(
    session: Session, rows: Sequence[Mapping[str, Any]], config: ScoringConfig
) -> dict[int, int]:
    """Each closed deal's score as the rules gave it the moment it closed."""
    activities: dict[int, list[tuple[ActivityKind, datetime]]] = {}
    for a in q.signals_until(session, [r["id"] for r in rows]):
        activities.setdefault(a["deal_id"], []).append((ActivityKind(a["kind"]), a["occurred_at"]))
    scores = {}
    for r in rows:
        closed = r["stage_entered_at"]
        done = [(k, at) for k, at in activities.get(r["id"], []) if at <= closed]
        signals = [Signal(k, at) for k, at in done if k.is_signal]
        two_way = any(k in TWO_WAY_KINDS for k, _ in done)
        role = DecisionRole(r["decision_role"]) if r["decision_role"] else DecisionRole.UNKNOWN
        facts = FitFacts(r["industry"], r["size"], role, r["email"])
        scores[r["id"]] = explain_score(signals, facts, two_way, config, closed).score
    return scores


@dataclass(frozen=True, slots=True)
class Learnt:
    """A fitted model with its vocabulary and how it fared on deals it had not seen."""

    status_won: int
    status_lost: int
    model: wm.WinModel | None = None
    vocabulary: Vocabulary | None = None
    calibration: wm.Calibration | None = None


def learn(session: Session, config: ScoringConfig, defaults: Mapping[SubStage, int]) -> Learnt:
    """Fit on the newest closed opportunities; judge a fit on the older three quarters
    against the newest quarter, then fit on all of them for the predictions."""
    rows = q.closed_opportunities(session, TRAINING_LIMIT)
    won = sum(1 for r in rows if r["stage"] == Stage.WON)
    lost = len(rows) - won
    if not wm.enough(won, lost):
        return Learnt(won, lost)
    scores = scores_then(session, rows, config)
    examples = _examples(rows, scores, defaults, vocabulary(rows))
    older, newer = wm.split_by_time(examples)
    older_rows = [r for r in rows if r["id"] in {e.deal_id for e in older}]
    judged = _examples(older_rows, scores, defaults, vocabulary(older_rows))
    newer_judged = _examples(
        [r for r in rows if r["id"] in {e.deal_id for e in newer}],
        scores,
        defaults,
        vocabulary(older_rows),
    )
    calibration = None
    if any(e.won for e in judged) and not all(e.won for e in judged):
        trial = wm.fit(judged, FACTORS)
        calibration = wm.calibrate(trial, newer_judged, len(judged))
    words = vocabulary(rows)
    return Learnt(won, lost, wm.fit(examples, FACTORS), words, calibration)


def _examples(
    rows: Sequence[Mapping[str, Any]],
    scores: Mapping[int, int],
    defaults: Mapping[SubStage, int],
    words: Vocabulary,
) -> list[wm.Example]:
    out = []
    for r in rows:
        days = _days(r["stage_started_at"], r["stage_entered_at"])
        sub = SubStage(r["sub_stage"]) if r["sub_stage"] else None
        default = rules.effective_probability(
            Stage.OPPORTUNITY, sub, r["probability_override"], defaults
        )
        factors = words.factors(r, scores[r["id"]], days)
        factors[wm.DEFAULT] = str(default)
        out.append(wm.Example(r["id"], factors, r["stage"] == Stage.WON, default))
    return out


def open_factors(
    learnt: Learnt, row: Mapping[str, Any], now: datetime, defaults: Mapping[SubStage, int]
) -> dict[str, str]:
    """The factor values of an open opportunity now (its stored score is today's); ``row``
    gives its days in stage as ``seconds`` or by when it entered, ``stage_entered_at``."""
    assert learnt.vocabulary is not None
    if "seconds" in row:
        days = max(0.0, float(row["seconds"] or 0) / 86400)
    else:
        days = _days(row["stage_entered_at"], now)
    factors = learnt.vocabulary.factors(row, int(row["score"]), days)
    sub = SubStage(row["sub_stage"]) if row["sub_stage"] else None
    default = rules.effective_probability(Stage.OPPORTUNITY, sub, row["probability_override"],
                                          defaults)  # fmt: skip
    factors[wm.DEFAULT] = str(default)
    return factors


@dataclass
class ModelCache:
    """The fitted model, kept until the stage history or the closed deals change."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    key: tuple[int, ...] | None = None
    learnt: Learnt | None = None

    def get(self, key: tuple[int, ...]) -> Learnt | None:
        """The model fitted for ``key``, if it is the one kept."""
        with self.lock:
            return self.learnt if self.key == key else None

    def put(self, key: tuple[int, ...], learnt: Learnt) -> None:
        """Keep ``learnt`` for ``key``."""
        with self.lock:
            self.key, self.learnt = key, learnt
