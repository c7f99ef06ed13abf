"""Explainable lead score: behaviour signals with decay and caps, fit attributes, temperature."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from crmdesk.domain.enums import ActivityKind, DecisionRole, Temperature
from crmdesk.domain.errors import QT_TRANSLATE_NOOP

FIT_INDUSTRY = "fit_industry"
FIT_COMPANY_SIZE = "fit_company_size"
FIT_DECISION_MAKER = "fit_decision_maker"
FIT_INFLUENCER = "fit_influencer"
FIT_FREE_MAIL = "fit_free_mail"
CLAMP = "clamp"

SECONDS_PER_DAY = 86_400
# Behaviour points are summed in millionths of a point, as integers, so the score is the same
# however the signals are added up — here or in SQL (``crmdesk.db.score_queries``), which
# computes exactly these steps in the same order.
MICRO = 1_000_000


@dataclass(frozen=True, slots=True)
class ScoringRule:
    """One rule: a behaviour signal (``signal`` set) or a fit attribute, worth ``points``."""

    key: str
    label: str
    points: int
    cap: int | None = None
    signal: ActivityKind | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class ScoringConfig:
    """Everything the score depends on besides the deal itself."""

    rules: tuple[ScoringRule, ...]
    half_life_days: float = 30.0
    warm_at: int = 30
    hot_at: int = 70
    target_industries: frozenset[str] = frozenset()
    size_min: int | None = None
    size_max: int | None = None
    free_mail_domains: frozenset[str] = frozenset()

    def rule_for_signal(self, kind: ActivityKind) -> ScoringRule | None:
        """The active rule scoring this signal, if any."""
        for rule in self.rules:
            if rule.signal == kind and rule.active:
                return rule
        return None

    def rule(self, key: str) -> ScoringRule | None:
        """The active rule with this key, if any."""
        for rule in self.rules:
            if rule.key == key and rule.active:
                return rule
        return None


@dataclass(frozen=True, slots=True)
class FitFacts:
    """The attributes of a deal's organization and contact that fit rules look at."""

    industry: str | None = None
    company_size: int | None = None
    decision_role: DecisionRole = DecisionRole.UNKNOWN
    email: str | None = None


@dataclass(frozen=True, slots=True)
class Signal:
    """A behaviour signal that happened at ``at`` (UTC)."""

    kind: ActivityKind
    at: datetime


@dataclass(frozen=True, slots=True)
class Contribution:
    """One line of a score explanation."""

    key: str
    label: str
    points: int  # what this rule adds to the score now (after decay and cap)
    undecayed: int = 0  # the points before decay and cap
    count: int = 0  # how many signals fed it
    latest_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ScoreExplanation:
    """A score and why: the contributions add up to ``score`` exactly."""

    score: int
    temperature: Temperature
    contributions: tuple[Contribution, ...] = field(default_factory=tuple)


def age_seconds(now: datetime, at: datetime) -> int:
    """Whole seconds from ``at`` to ``now`` (each counted from its whole second)."""
    return math.floor(now.timestamp()) - math.floor(at.timestamp())


def half_life_seconds(half_life_days: float) -> float:
    """The half-life in seconds, as the decay divides by it."""
    return half_life_days * SECONDS_PER_DAY


def decayed_micro(points: int, age: int, half_life_days: float) -> int:
    """A signal's points ``age`` seconds after it, halved every half-life, in millionths of a
    point (rounded half up); a signal in the future, or no half-life, counts in full."""
    if half_life_days <= 0 or age <= 0:
        return points * MICRO
    factor: float = 0.5 ** (age / half_life_seconds(half_life_days))
    return math.floor(points * factor * MICRO + 0.5)


def whole_points(micro: int) -> int:
    """Millionths of a point to whole points, halves away from zero."""
    if micro >= 0:
        return (micro + MICRO // 2) // MICRO
    return -((-micro + MICRO // 2) // MICRO)


def temperature(score: int, has_two_way: bool, config: ScoringConfig) -> Temperature:
    """Cold, warm or hot; a deal with no two-way contact yet is never hotter than warm."""
    if score >= config.hot_at and has_two_way:
        return Temperature.HOT
    if score >= config.warm_at:
        return Temperature.WARM
    return Temperature.COLD


def _behaviour(
    signals: Iterable[Signal], config: ScoringConfig, now: datetime
) -> list[Contribution]:
    sums: dict[str, tuple[ScoringRule, int, int, int, datetime]] = {}
    for signal in signals:
        rule = config.rule_for_signal(signal.kind)
        if rule is None:
            continue
        value = decayed_micro(rule.points, age_seconds(now, signal.at), config.half_life_days)
        _, total, raw, count, latest = sums.get(rule.key, (rule, 0, 0, 0, signal.at))
        sums[rule.key] = (rule, total + value, raw + rule.points, count + 1, max(latest, signal.at))
    result = []
    for rule, total, raw, count, latest in sums.values():
        if rule.cap is not None:
            total = min(total, rule.cap * MICRO)
        result.append(Contribution(rule.key, rule.label, whole_points(total), raw, count, latest))
    order = {r.key: i for i, r in enumerate(config.rules)}
    return sorted(result, key=lambda c: order[c.key])


def _fit(facts: FitFacts, config: ScoringConfig) -> list[Contribution]:
    hits: list[str] = []
    if facts.industry and facts.industry.casefold() in {
        i.casefold() for i in config.target_industries
    }:
        hits.append(FIT_INDUSTRY)
    size = facts.company_size
    if size is not None and (config.size_min is not None or config.size_max is not None):
        low = config.size_min if config.size_min is not None else 0
        high = config.size_max if config.size_max is not None else size
        if low <= size <= high:
            hits.append(FIT_COMPANY_SIZE)
    if facts.decision_role == DecisionRole.DECISION_MAKER:
        hits.append(FIT_DECISION_MAKER)
    elif facts.decision_role == DecisionRole.INFLUENCER:
        hits.append(FIT_INFLUENCER)
    _local, at, domain = (facts.email or "").partition("@")  # the SQL reads the same part
    if at and domain.casefold() in {d.casefold() for d in config.free_mail_domains}:
        hits.append(FIT_FREE_MAIL)
    out = []
    for key in hits:
        rule = config.rule(key)
        if rule is not None:
            out.append(Contribution(rule.key, rule.label, rule.points, rule.points, 1))
    return out


def explain_score(
    signals: Iterable[Signal],
    facts: FitFacts,
    has_two_way: bool,
    config: ScoringConfig,
    now: datetime,
) -> ScoreExplanation:
    """Score 0–100 with each contributing rule; a clamp line keeps the sum exact."""
    parts = _fit(facts, config) + _behaviour(signals, config, now)
    raw = sum(c.points for c in parts)
    score = max(0, min(100, raw))
    if score != raw:
        parts.append(
            Contribution(
                CLAMP, QT_TRANSLATE_NOOP("Defaults", "Limited to the 0–100 range"), score - raw
            )
        )
    return ScoreExplanation(score, temperature(score, has_two_way, config), tuple(parts))
