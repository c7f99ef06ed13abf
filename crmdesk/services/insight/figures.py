"""What the Insight report shows, as immutable rows: amounts in the reporting currency's minor
unit, with what could not be converted kept apart per currency."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from crmdesk.domain.enums import Stage
from crmdesk.domain.win_model import Calibration, Explanation

Unconverted = tuple[tuple[str, int], ...]  # (currency, minor units) without a rate


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """One expected-close month of the forecast."""

    month: str  # "YYYY-MM"
    weighted_minor: int
    best_case_minor: int
    commit_minor: int
    won_minor: int
    target_minor: int
    opportunities: int  # open opportunities due in the month (not slipped)
    committed: int  # of them, those at or above the commit threshold
    won_deals: int
    unconverted: dict[str, Unconverted] = field(default_factory=dict)  # per figure


@dataclass(frozen=True, slots=True)
class SlippedDeal:
    """An open opportunity whose close date has passed."""

    id: int
    title: str
    organization: str | None
    expected_close: date
    value_minor: int
    currency: str
    probability: int
    owner: str | None = None


@dataclass(frozen=True, slots=True)
class Apart:
    """Open opportunities counted apart (slipped, or without a close date)."""

    count: int
    value_minor: int
    weighted_minor: int
    unconverted: Unconverted = ()
    deals: tuple[SlippedDeal, ...] = ()


@dataclass(frozen=True, slots=True)
class ModelStatus:
    """Whether the learnt probability is available, and how good it is."""

    ready: bool
    won: int  # closed opportunities it learns from
    lost: int
    needed: int  # of each, before it speaks
    calibration: Calibration | None = None
    pending: bool = False  # still to be fitted for the deals closed lately


@dataclass(frozen=True, slots=True)
class Forecast:
    """Expected revenue by expected-close month, in the reporting currency."""

    currency: str
    today: date
    months: tuple[MonthFigures, ...]
    slipped: Apart
    undated: Apart
    missing_rates: tuple[str, ...]
    probabilities: str  # "stage" (the sub-stage defaults) or "learnt"
    commit_threshold: int
    model: ModelStatus


@dataclass(frozen=True, slots=True)
class StageFigures:
    """One stage of the funnel."""

    stage: Stage
    entered: int  # deals of the period that reached it (or went further)
    conversion: float | None  # share of the previous stage's that reached it
    median_days: float | None  # time spent in it (completed stays), working stages only
    mean_days: float | None
    stays: int = 0


@dataclass(frozen=True, slots=True)
class LostFigures:
    """Deals lost after reaching ``stage``, for one reason."""

    stage: Stage
    reason: str  # the reason's key ('' when none was recorded)
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class WinRate:
    """Deals of the period with one value of a dimension (source, owner, industry, size)."""

    dimension: str
    value: str
    won: int
    lost: int
    open: int

    @property
    def win_rate(self) -> float | None:
        """Won among those closed."""
        closed = self.won + self.lost
        return round(self.won / closed, 4) if closed else None


@dataclass(frozen=True, slots=True)
class Velocity:
    """Open opportunities × average won value × win rate ÷ average days to close."""

    per_day_minor: int
    open_opportunities: int
    average_won_minor: int
    win_rate: float | None
    average_days: float | None
    unconverted: Unconverted = ()


@dataclass(frozen=True, slots=True)
class Funnel:
    """Deals created from ``first`` to ``last`` (months): how far they went, how long, and why
    the lost ones were lost."""

    currency: str
    first: str
    last: str
    stages: tuple[StageFigures, ...]
    lost: tuple[LostFigures, ...]
    win_rates: tuple[WinRate, ...]
    velocity: Velocity
    bottleneck: str  # a Message: the sentence, translated where shown
    missing_rates: tuple[str, ...] = ()

    def lost_by_reason(self) -> dict[str, int]:
        """Lost deals per reason key, whatever stage."""
        out: dict[str, int] = {}
        for row in self.lost:
            out[row.reason] = out.get(row.reason, 0) + row.count
        return out


@dataclass(frozen=True, slots=True)
class Prediction:
    """The learnt chance of one open opportunity, beside its stage default."""

    deal_id: int
    stage_default: int
    explanation: Explanation


@dataclass(frozen=True, slots=True)
class Figure:
    """Names a figure of the report, to open the deals behind it."""

    kind: str  # forecast, commit, won, slipped, undated, reached, lost, rate, stay
    month: str = ""  # forecast months
    first: str = ""  # funnel period
    last: str = ""
    stage: Stage | None = None
    reason: str | None = None
    dimension: str = ""
    value: str = ""
