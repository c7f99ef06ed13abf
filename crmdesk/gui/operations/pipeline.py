"""Moving deals: a drop or a key press becomes a move, after asking what the gate or the
reason needs."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypedDict

from crmdesk.domain.entities import Deal
from crmdesk.domain.enums import Stage
from crmdesk.domain.pipeline import MoveKind, classify_move
from crmdesk.gui.board.moves import MovePrompts
from crmdesk.gui.operations.feedback import Failed, Feedback, attempt
from crmdesk.services import AnswerInput, GateView, Services
from crmdesk.services.evidence import DealFacts

WORKING_STAGES = (Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY)


class MoveAnswers(TypedDict, total=False):
    """What the prompts answered, as the move service takes it."""

    answers: Mapping[str, AnswerInput]
    override_reason: str | None
    note: str
    lost_reason: str
    lost_note: str | None


def neighbour_stage(stage: Stage, direction: int) -> Stage | None:
    """The working stage one step right (+1) or left (-1) of ``stage``, if there is one."""
    if stage not in WORKING_STAGES:
        return None
    index = WORKING_STAGES.index(stage) + direction
    return WORKING_STAGES[index] if 0 <= index < len(WORKING_STAGES) else None


class MoveController:
    """The one path from the board (a drop, a key, a menu) to the move service."""

    def __init__(self, services: Services, prompts: MovePrompts, feedback: Feedback) -> None:
        self._services = services
        self._feedback = feedback
        self.prompts = prompts
        # Called after a move went through: the ids, the stage and what the prompts answered.
        self.on_moved: Callable[[Sequence[int], Stage, Mapping[str, object]], None] | None = None

    def request(
        self,
        ids: Sequence[int],
        target: Stage | str,
        before_id: int | None = None,
        after_id: int | None = None,
    ) -> bool:
        """Move ``ids`` to ``target`` (at a position), asking what the move needs first.

        Returns whether anything moved; a cancelled prompt or a refusal changes nothing.
        """
        target = Stage(target)
        if not ids:
            return False
        try:
            preview = attempt(self._feedback, lambda: self._services.pipeline.preview(ids, target))
        except Failed:
            return False
        deals = list(preview.deals)
        kwargs = self._ask(deals, target, list(preview.gates), preview.facts)
        if kwargs is None:
            return False
        ids = [d.id for d in deals]
        try:
            attempt(
                self._feedback,
                lambda: self._services.pipeline.move(
                    ids,
                    target,
                    before_id=before_id,
                    after_id=after_id,
                    # Refused, naming who, if another client changed a deal while asked.
                    seen={d.id: d.version for d in deals},
                    **kwargs,
                ),
            )
        except Failed:
            return False
        if self.on_moved is not None:
            self.on_moved(ids, target, kwargs)
        return True

    def step(self, ids: Sequence[int], direction: int) -> bool:
        """Move the deals one stage right (+1) or left (-1) along Lead, Prospect, Opportunity."""
        if not ids:
            return False
        target = neighbour_stage(self._services.deals.get(ids[0]).stage, direction)
        return target is not None and self.request(ids, target)

    def _ask(
        self,
        deals: list[Deal],
        target: Stage,
        views: list[GateView],
        facts: DealFacts | None = None,
    ) -> MoveAnswers | None:
        titles = [d.title for d in deals]
        kinds = {classify_move(d.stage, target) for d in deals}
        kwargs: MoveAnswers = {}
        if MoveKind.LOSE in kinds:
            answer = self.prompts.lost(titles, self._services.settings.lost_reasons())
            if answer is None:
                return None
            kwargs["lost_reason"], kwargs["lost_note"] = answer
        if MoveKind.BACKWARD in kinds:
            note = self.prompts.backward(titles, target)
            if note is None:
                return None
            kwargs["note"] = note
        if kinds & {MoveKind.FORWARD, MoveKind.WIN} and views:
            decision = self.prompts.gate(titles, views, facts)
            if decision is None:
                return None
            kwargs["answers"] = decision.answers
            kwargs["override_reason"] = decision.override_reason
        return kwargs
