"""A win probability learnt from the user's own closed opportunities: logistic regression.

Each deal is described by a few categorical *factors* (source, industry, company size, value
band, score band, days in stage, activity count, sub-stage); the model is a logistic regression
over their one-hot values with an L2 penalty, fitted by Newton's method with numpy (imported
when a model is fitted). It starts from the stage default's log-odds (an offset), so with little
history it stays near the defaults and learns how the user's deals differ from them.

The explanation adds up exactly: the log-odds of a deal are the log-odds of a typical past
opportunity plus one contribution per factor (how the deal's value of that factor differs from
the average one; the stage default is one of them), and the percentages shown are the running
sums rounded, so the base and the factors' points add up to the prediction to the point.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# The matrices are small (a thousand deals, forty columns): BLAS threads only cost time here,
# four times the fit on a two-core laptop. Set before numpy is first imported.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

MIN_EACH = 30  # won and lost opportunities needed before the model speaks
L2 = 8.0  # strong: with little history the model stays near the stage defaults
ITERATIONS = 30


@dataclass(frozen=True, slots=True)
class Example:
    """A closed opportunity: its factors then, and whether it was won."""

    deal_id: int
    factors: Mapping[str, str]
    won: bool
    stage_default: int | None = None  # the probability the stage defaults gave it (percent)


@dataclass(frozen=True, slots=True)
class FactorPart:
    """One factor's share of a prediction."""

    factor: str
    value: str
    log_odds: float  # added to the typical deal's log-odds
    points: int  # percentage points it moves the running total


@dataclass(frozen=True, slots=True)
class Explanation:
    """A prediction and why: ``base`` plus every factor's points is ``probability``."""

    probability: int
    base: int
    base_log_odds: float
    parts: tuple[FactorPart, ...]


DEFAULT = "default"  # the factor holding the stage's default probability (percent, as text)


def offset(factors: Mapping[str, str]) -> float:
    """The log-odds of the stage default the model starts from (0 without one)."""
    text = factors.get(DEFAULT)
    if not text:
        return 0.0
    p = min(0.99, max(0.01, int(text) / 100))
    return math.log(p / (1 - p))


@dataclass(frozen=True, slots=True)
class WinModel:
    """A fitted model: the stage default's log-odds as a starting point, an intercept, one
    weight per (factor, value), and the average of each over the training deals."""

    factors: tuple[str, ...]
    intercept: float
    weights: Mapping[tuple[str, str], float]
    averages: Mapping[str, float]  # the mean weight of each factor over the training deals
    trained_on: int
    won: int
    lost: int
    mean_offset: float = 0.0

    def log_odds(self, factors: Mapping[str, str]) -> float:
        """The deal's log-odds of being won."""
        return (
            offset(factors)
            + self.intercept
            + sum(self.weights.get((f, factors.get(f, "")), 0.0) for f in self.factors)
        )

    def probability(self, factors: Mapping[str, str]) -> float:
        """The chance (0–1) the deal is won."""
        return sigmoid(self.log_odds(factors))

    def explain(self, factors: Mapping[str, str]) -> Explanation:
        """The prediction in whole percent, with the base and each factor's points."""
        base = self.mean_offset + self.intercept + sum(self.averages.values())
        parts = [
            (
                f,
                factors.get(f, ""),
                self.weights.get((f, factors.get(f, "")), 0.0) - self.averages[f],
            )
            for f in self.factors
        ]
        if DEFAULT in factors:
            parts.append((DEFAULT, factors[DEFAULT], offset(factors) - self.mean_offset))
        parts.sort(key=lambda p: (-abs(p[2]), p[0]))
        final = percent(self.probability(factors))
        running, shown = base, percent(sigmoid(base))
        out = []
        for i, (factor, value, contribution) in enumerate(parts):
            running += contribution
            # The last factor lands on the prediction itself, whatever the float sums did.
            now = final if i == len(parts) - 1 else percent(sigmoid(running))
            out.append(FactorPart(factor, value, contribution, now - shown))
            shown = now
        return Explanation(final, percent(sigmoid(base)), base, tuple(out))


def sigmoid(z: float) -> float:
    """The logistic function, safe for large ``z``."""
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    e = math.exp(z)
    return e / (1 + e)


def percent(p: float) -> int:
    """A probability in whole percent, halves up."""
    return math.floor(p * 100 + 0.5)


def enough(won: int, lost: int) -> bool:
    """Whether the history holds enough closed opportunities to learn from."""
    return won >= MIN_EACH and lost >= MIN_EACH


def fit(examples: Sequence[Example], factors: Sequence[str]) -> WinModel:
    """Fit the logistic regression to ``examples`` (at least one won and one lost)."""
    import numpy as np

    columns = sorted({(f, e.factors.get(f, "")) for e in examples for f in factors})
    index = {c: i for i, c in enumerate(columns)}
    x = np.zeros((len(examples), len(columns) + 1))
    x[:, 0] = 1.0
    for row, example in enumerate(examples):
        for f in factors:
            x[row, 1 + index[(f, example.factors.get(f, ""))]] = 1.0
    y = np.array([1.0 if e.won else 0.0 for e in examples])
    start = np.array([offset(e.factors) for e in examples])  # the stage defaults' log-odds
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[0] = 1e-6  # the intercept is (almost) free
    for _ in range(ITERATIONS):
        p = 1 / (1 + np.exp(-np.clip(start + x @ beta, -30, 30)))
        gradient = x.T @ (y - p) - penalty * beta
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    weights = {c: float(beta[1 + i]) for c, i in index.items()}
    averages = {
        f: float(np.mean([weights[(f, e.factors.get(f, ""))] for e in examples])) for f in factors
    }
    won = int(y.sum())
    return WinModel(tuple(factors), float(beta[0]), weights, averages, len(examples), won,
                    len(examples) - won, float(np.mean(start)))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Bin:
    """Deals whose predicted chance fell in ``[low, high)`` percent, and how many were won."""

    low: int
    high: int
    deals: int
    predicted: float  # their mean predicted chance (0–1)
    won: float  # the share of them that was won (0–1)


@dataclass(frozen=True, slots=True)
class Calibration:
    """How well a model fitted on older deals predicted newer ones it had not seen."""

    trained_on: int
    held_out: tuple[int, ...]  # the deal ids it was judged on
    brier: float  # mean squared error of the predicted chances (0 perfect, 0.25 a coin)
    stage_default_brier: float | None  # the same for the stage defaults, on the same deals
    mean_error_points: float  # the mean distance between chance and outcome, in points
    bins: tuple[Bin, ...]


def split_by_time(
    examples: Sequence[Example], share: float = 0.25
) -> tuple[list[Example], list[Example]]:
    """Older and newer examples (``examples`` newest first): the newer ``share`` is held out."""
    held = max(1, round(len(examples) * share))
    newer, older = list(examples[:held]), list(examples[held:])
    return older, newer


def calibrate(model: WinModel, held_out: Sequence[Example], training: int) -> Calibration:
    """Judge ``model`` on ``held_out`` only: Brier score and predicted against actual by tenth."""
    predictions = [(model.probability(e.factors), e) for e in held_out]
    n = len(predictions)
    brier = sum((p - (1.0 if e.won else 0.0)) ** 2 for p, e in predictions) / n
    error = sum(abs(p - (1.0 if e.won else 0.0)) for p, e in predictions) / n * 100
    defaults = [e for _, e in predictions if e.stage_default is not None]
    default_brier = None
    if defaults:
        default_brier = sum(
            ((e.stage_default or 0) / 100 - (1.0 if e.won else 0.0)) ** 2 for e in defaults
        ) / len(defaults)
    bins = []
    for low in range(0, 100, 10):
        high = low + 10
        inside = [
            (p, e) for p, e in predictions if low <= p * 100 < high or (high == 100 and p == 1)
        ]
        if inside:
            bins.append(
                Bin(
                    low,
                    high,
                    len(inside),
                    sum(p for p, _ in inside) / len(inside),
                    sum(1 for _, e in inside if e.won) / len(inside),
                )
            )
    return Calibration(training, tuple(e.deal_id for e in held_out), brier, default_brier,
                       error, tuple(bins))  # fmt: skip


def describe(values: Mapping[str, Any]) -> dict[str, Any]:
    """Plain values for JSON (floats rounded)."""
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in values.items()}
