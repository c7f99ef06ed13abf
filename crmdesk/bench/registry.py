"""What the bench measures: figures with their budgets, grouped by the function that measures
them beside their anchors."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Measured:
    """A figure and its anchor, measured in the same run on the same data."""

    value: float
    anchor: float


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of the report: its ``--json`` key, the design's budget, and which way is better.

    For a throughput (``rows/s``: bigger is better) the ratio is anchor ÷ value, so a ratio is
    always "times slower than the anchor".
    """

    key: str
    budget: float | None = None
    throughput: bool = False

    def ratio(self, measured: Measured) -> float | None:
        """Times slower than the anchor (None when a zero or a failed measurement leaves none)."""
        top, bottom = (
            (measured.anchor, measured.value)
            if self.throughput
            else (measured.value, measured.anchor)
        )
        if not (bottom > 0 and math.isfinite(top) and math.isfinite(bottom)):
            return None
        return round(top / bottom, 2)

    def within_budget(self, value: float) -> bool | None:
        """Whether ``value`` keeps the budget (None when the design sets none)."""
        if self.budget is None:
            return None
        return value >= self.budget if self.throughput else value <= self.budget


@dataclass(frozen=True, slots=True)
class Bench:
    """What a measure function is given: the file measured and how much it holds."""

    path: Path
    counts: Mapping[str, int] = field(default_factory=dict)


Measure = Callable[[Bench], Mapping[str, Measured]]


@dataclass(frozen=True, slots=True)
class Group:
    """Figures measured together (one window, one child process…) by one function, which
    returns a :class:`Measured` for each of them."""

    name: str
    figures: tuple[Figure, ...]
    measure: Measure

    def keys(self) -> tuple[str, ...]:
        """The figures' keys, in report order."""
        return tuple(f.key for f in self.figures)
