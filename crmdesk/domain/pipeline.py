"""Pipeline rules: which moves cross a gate, what a gate requires, probabilities."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from crmdesk.domain.enums import OPEN_STAGES, Gate, Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message
from crmdesk.domain.money import round_half_up
from crmdesk.domain.names import phrase

_RANK = {Stage.LEAD: 0, Stage.PROSPECT: 1, Stage.OPPORTUNITY: 2}
_GATE_INTO = {
    Stage.PROSPECT: Gate.LEAD_TO_PROSPECT,
    Stage.OPPORTUNITY: Gate.PROSPECT_TO_OPPORTUNITY,
}


class MoveKind(StrEnum):
    """What a stage change means, which decides what it asks of the user."""

    SAME = "same"  # reorder within a column
    FORWARD = "forward"  # crosses one or more gates
    BACKWARD = "backward"  # disqualifying or reopening: needs a reason
    WIN = "win"  # to Won: crosses any gates left before Opportunity
    LOSE = "lose"  # to Lost: needs a lost reason


def classify_move(source: Stage, target: Stage) -> MoveKind:
    """Classify a move from ``source`` to ``target``."""
    if source == target:
        return MoveKind.SAME
    if target == Stage.LOST:
        return MoveKind.LOSE
    if target == Stage.WON:
        return MoveKind.BACKWARD if source == Stage.LOST else MoveKind.WIN
    if not source.is_open:  # reopening a won or lost deal
        return MoveKind.BACKWARD
    return MoveKind.FORWARD if _RANK[target] > _RANK[source] else MoveKind.BACKWARD


def gates_crossed(source: Stage, target: Stage) -> tuple[Gate, ...]:
    """The gates a move passes through, in order (none for backward and lost moves)."""
    kind = classify_move(source, target)
    if kind not in (MoveKind.FORWARD, MoveKind.WIN):
        return ()
    top = Stage.OPPORTUNITY if target == Stage.WON else target
    return tuple(_GATE_INTO[s] for s in OPEN_STAGES if _RANK[source] < _RANK[s] <= _RANK[top])


def needs_reason(source: Stage, target: Stage) -> bool:
    """True when the move must carry a short reason (backward moves and reopening)."""
    return classify_move(source, target) == MoveKind.BACKWARD


@dataclass(frozen=True, slots=True)
class CriterionRule:
    """The part of a criterion that a gate check needs."""

    id: int
    key: str
    label: str
    required: bool


def unmet_required(
    criteria: Iterable[CriterionRule], met_ids: Iterable[int]
) -> list[CriterionRule]:
    """Required criteria that are not met, in the criteria's order."""
    met = set(met_ids)
    return [c for c in criteria if c.required and c.id not in met]


def refusal_message(title: str, gate: Gate, unmet: list[CriterionRule]) -> Message:
    """The sentence shown when a gate refuses a move (the criteria as the file names them)."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{title}” cannot pass the {gate} gate: these required criteria are not met: {criteria}. Tick them with evidence, or give an override reason.",  # noqa: E501
        ),
        title=title,
        gate=phrase(gate),
        criteria="; ".join(c.label for c in unmet),
    )


def effective_probability(
    stage: Stage,
    sub_stage: SubStage | None,
    override: int | None,
    defaults: Mapping[SubStage, int],
) -> int:
    """Win probability in percent: Won 100, Lost 0, an opportunity's override or sub-stage default.

    Leads and prospects have no probability yet (0): they do not count in a forecast.
    """
    if stage == Stage.WON:
        return 100
    if stage != Stage.OPPORTUNITY:
        return 0
    if override is not None:
        return override
    return defaults[sub_stage or SubStage.NEEDS_IDENTIFIED]


def weighted_value(value_minor: int, probability: int) -> int:
    """Expected value times probability, rounded half up to the minor unit."""
    return round_half_up(Decimal(value_minor) * probability / 100)
