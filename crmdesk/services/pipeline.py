"""Moving deals through the pipeline: gates, reasons, positions and stage history."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import AnswerRow, CriterionRow, DealRow, LostReasonRow, StageHistoryRow
from crmdesk.domain import pipeline as rules
from crmdesk.domain import validation as v
from crmdesk.domain.entities import Criterion, Deal
from crmdesk.domain.enums import Gate, Stage, SubStage
from crmdesk.domain.errors import (
    QT_TRANSLATE_NOOP,
    GateRefusedError,
    Label,
    Message,
    ValidationError,
)
from crmdesk.domain.names import phrase
from crmdesk.domain.text import nfc_or_none
from crmdesk.services.context import ServiceContext
from crmdesk.services.deals import top_position
from crmdesk.services.evidence import DealFacts, deal_facts
from crmdesk.services.nurture_rules import after_move
from crmdesk.services.rows import live_deal, to_deal
from crmdesk.services.settings import read_criteria
from crmdesk.services.versions import check_version

MIN_GAP = 1e-6
_OVERRIDE = Label(QT_TRANSLATE_NOOP("Messages", "The override reason"))
_NOTE = Label(QT_TRANSLATE_NOOP("Messages", "The reason"))
_LOST_NOTE = Label(QT_TRANSLATE_NOOP("Messages", "The note on the lost reason"))
_EVIDENCE = Label(QT_TRANSLATE_NOOP("Messages", "The evidence"))


@dataclass(frozen=True, slots=True)
class AnswerInput:
    """An answer to a criterion given while crossing a gate."""

    met: bool
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class GateView:
    """A gate a move would cross, with its criteria and the deal's latest answers."""

    gate: Gate
    criteria: tuple[Criterion, ...]
    latest_met: frozenset[int]


def latest_answers(session: Session, deal_id: int) -> dict[int, bool]:
    """The most recent answer per criterion of a deal."""
    newest = (
        select(AnswerRow.criterion_id, func.max(AnswerRow.id).label("id"))
        .where(AnswerRow.deal_id == deal_id)
        .group_by(AnswerRow.criterion_id)
        .subquery()
    )
    rows = session.execute(
        select(AnswerRow.criterion_id, AnswerRow.met).join(newest, AnswerRow.id == newest.c.id)
    )
    return {criterion_id: met for criterion_id, met in rows}


@dataclass(frozen=True, slots=True)
class MovePreview:
    """The deals a move would take and the gates it would cross."""

    deals: tuple[Deal, ...]
    gates: tuple[GateView, ...]
    facts: DealFacts | None = None  # for one deal: what the gate dialog shows as evidence


def _gate_views(session: Session, deal: DealRow, target: Stage) -> list[GateView]:
    met = frozenset(cid for cid, ok in latest_answers(session, deal.id).items() if ok)
    views = []
    for gate in rules.gates_crossed(deal.stage, Stage(target)):
        criteria = tuple(read_criteria(session, gate))
        views.append(GateView(gate, criteria, met & {c.id for c in criteria}))
    return views


def _criteria_by_key(session: Session) -> dict[str, CriterionRow]:
    return {r.key: r for r in session.scalars(select(CriterionRow))}


class PipelineService:
    """The one way a deal changes stage or position."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def gates_for(self, deal_id: int, target: Stage) -> list[GateView]:
        """The gates moving ``deal_id`` to ``target`` would cross, for the qualification dialog."""
        return self._ctx.read(
            lambda session: _gate_views(session, live_deal(session, deal_id), target)
        )

    def preview(self, deal_ids: Sequence[int], target: Stage | str) -> MovePreview:
        """What a move would ask for: the deals as they are, and each gate crossed (once)."""
        stage = Stage(target)

        def query(session: Session) -> MovePreview:
            rows = [live_deal(session, i) for i in dict.fromkeys(deal_ids)]
            gates: dict[Gate, GateView] = {}
            for row in rows:
                if any(g not in gates for g in rules.gates_crossed(row.stage, stage)):
                    for view in _gate_views(session, row, stage):
                        gates.setdefault(view.gate, view)
            facts = deal_facts(session, rows[0], self._ctx.clock()) if len(rows) == 1 else None
            return MovePreview(tuple(to_deal(r) for r in rows), tuple(gates.values()), facts)

        return self._ctx.read(query)

    def move(
        self,
        deal_ids: Sequence[int],
        target: Stage | str,
        *,
        before_id: int | None = None,
        after_id: int | None = None,
        answers: Mapping[str, AnswerInput] | None = None,
        override_reason: str | None = None,
        note: str | None = None,
        lost_reason: str | None = None,
        lost_note: str | None = None,
        seen: Mapping[int, int] | None = None,
    ) -> list[Deal]:
        """Move deals to ``target`` (above ``before_id``, below ``after_id``, or at the top).

        All of the deals move, or none. The deals are read ``FOR UPDATE``, so two clients
        moving one deal at once take turns and its stage history never forks; ``seen`` (deal
        id → the version the user saw) refuses the move with
        :class:`~crmdesk.domain.errors.ConflictError` if any of them changed since.

        Forward moves must pass every gate crossed (answers given here count, with the deal's
        earlier ones) unless an override reason is given; backward moves need ``note``;
        Lost needs ``lost_reason`` (and ``lost_note`` when that reason asks for one).
        """
        ids = list(dict.fromkeys(deal_ids))
        if not ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Choose at least one deal to move."), "deal_ids"
            )
        try:
            stage = Stage(target)
        except ValueError as exc:
            names = ", ".join(s.value for s in Stage)
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "“{value}” is not a stage; use one of {names}."),
                "stage",
                value=str(target),
                names=names,
            ) from exc
        override = v.optional_text(override_reason, _OVERRIDE, "override_reason", v.TEXT_MAX)
        note = v.optional_text(note, _NOTE, "note", v.TEXT_MAX)
        lost_note = v.optional_text(lost_note, _LOST_NOTE, "lost_note", v.TEXT_MAX)
        given = dict(answers or {})
        for answer in given.values():
            v.optional_text(answer.evidence, _EVIDENCE, "evidence", v.TEXT_MAX)

        def apply(session: Session) -> list[Deal]:
            deals = [live_deal(session, i, lock=True) for i in sorted(ids)]  # one lock order
            for deal in deals:
                check_version(session, deal, (seen or {}).get(deal.id), self._ctx.clock)
            deals.sort(key=lambda d: ids.index(d.id))
            by_key = _criteria_by_key(session)
            unknown = sorted(set(given) - set(by_key))
            if unknown:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "There is no criterion called {keys}."),
                    "criteria",
                    keys=", ".join(unknown),
                )
            reason_row = self._check_lost(session, stage, lost_reason, lost_note)
            now = self._ctx.clock()
            for deal in deals:
                self._check_gates(session, deal, stage, given, by_key, override)
                if rules.needs_reason(deal.stage, stage) and not note:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Moving “{title}” back to {stage} needs a short reason."
                        ),
                        "note",
                        title=deal.title,
                        stage=phrase(stage),
                    )
            positions = self._positions(session, stage, before_id, ids, after_id)
            for deal, position in zip(deals, positions, strict=True):
                self._record_answers(session, deal, stage, given, by_key, now)
                if deal.stage != stage:
                    source = deal.stage
                    change_stage(session, deal, stage, now, note, override, reason_row, lost_note)
                    after_move(session, deal, source, now)  # moving on ends nurturing
                deal.position = position
                deal.updated_at = now
            return [to_deal(d) for d in deals]

        def label(moved: list[Deal]) -> Message:
            to = phrase(stage)
            if len(moved) == 1:
                return Message(
                    QT_TRANSLATE_NOOP("Messages", "Move “{title}” to {stage}"),
                    title=moved[0].title,
                    stage=to,
                )
            return Message(
                QT_TRANSLATE_NOOP("Messages", "Move {count} deals to {stage}"),
                count=len(moved),
                stage=to,
            )

        return self._ctx.change(label, apply)

    @staticmethod
    def _check_lost(
        session: Session, stage: Stage, key: str | None, note: str | None
    ) -> LostReasonRow | None:
        if stage != Stage.LOST:
            return None
        if not key:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Marking a deal lost needs a reason from the list."),
                "lost_reason",
            )
        row = session.scalar(select(LostReasonRow).where(LostReasonRow.key == key))
        if row is None or not row.active:
            names = ", ".join(
                session.scalars(select(LostReasonRow.key).where(LostReasonRow.active.is_(True)))
            )
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "“{key}” is not a lost reason; use one of {names}."),
                "lost_reason",
                key=key,
                names=names,
            )
        if row.needs_note and not note:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The lost reason “{label}” needs a note."),
                "lost_note",
                label=row.label,
            )
        return row

    @staticmethod
    def _check_gates(
        session: Session,
        deal: DealRow,
        stage: Stage,
        given: Mapping[str, AnswerInput],
        by_key: Mapping[str, CriterionRow],
        override: str | None,
    ) -> None:
        gates = rules.gates_crossed(deal.stage, stage)
        if not gates:
            return
        met = {cid for cid, ok in latest_answers(session, deal.id).items() if ok}
        for key, answer in given.items():
            (met.add if answer.met else met.discard)(by_key[key].id)
        for gate in gates:
            criteria = [
                rules.CriterionRule(c.id, c.key, c.label, c.required)
                for c in read_criteria(session, gate)
            ]
            unmet = rules.unmet_required(criteria, met)
            if unmet and not override:
                refusal = rules.refusal_message(deal.title, gate, unmet)
                keys = tuple(c.key for c in unmet)
                raise GateRefusedError(refusal.template, keys, **refusal.values)

    @staticmethod
    def _record_answers(
        session: Session,
        deal: DealRow,
        stage: Stage,
        given: Mapping[str, AnswerInput],
        by_key: Mapping[str, CriterionRow],
        now: datetime,
    ) -> None:
        gates = set(rules.gates_crossed(deal.stage, stage))
        for key, answer in given.items():
            criterion = by_key[key]
            if criterion.gate in gates or not gates:
                session.add(
                    AnswerRow(
                        deal_id=deal.id,
                        criterion_id=criterion.id,
                        met=answer.met,
                        evidence=nfc_or_none(answer.evidence),
                        answered_at=now,
                    )
                )

    @staticmethod
    def _positions(
        session: Session,
        stage: Stage,
        before_id: int | None,
        moving: list[int],
        after_id: int | None = None,
    ) -> list[float]:
        """Evenly spaced positions for the moving cards: above ``before_id``, below ``after_id``,
        or at the top."""
        count = len(moving)
        if after_id is not None and before_id is None:
            anchor = _anchor(session, stage, after_id, moving)
            below = session.scalar(
                select(DealRow.id)
                .where(
                    DealRow.stage == stage,
                    DealRow.archived.is_(False),
                    DealRow.position > anchor.position,
                    DealRow.id.not_in(moving),
                )
                .order_by(DealRow.position, DealRow.id)
                .limit(1)
            )
            if below is None:
                return [anchor.position + 1 + i for i in range(count)]
            before_id = below
        if before_id is None:
            top = top_position(session, stage)
            return [top - count + 1 + i for i in range(count)]
        anchor = _anchor(session, stage, before_id, moving)
        upper = session.scalar(
            select(func.max(DealRow.position)).where(
                DealRow.stage == stage,
                DealRow.archived.is_(False),
                DealRow.position < anchor.position,
                DealRow.id.not_in(moving),
            )
        )
        low = upper if upper is not None else anchor.position - count - 1
        step = (anchor.position - low) / (count + 1)
        if step < MIN_GAP:
            _renumber(session, stage, moving)
            return PipelineService._positions(session, stage, before_id, moving, after_id)
        return [low + step * (i + 1) for i in range(count)]


def change_stage(
    session: Session,
    deal: DealRow,
    stage: Stage,
    now: datetime,
    note: str | None,
    override: str | None,
    reason: LostReasonRow | None,
    lost_note: str | None,
) -> None:
    """Put ``deal`` in ``stage`` now, recording the move in its stage history."""
    crossed = rules.gates_crossed(deal.stage, stage)
    session.add(
        StageHistoryRow(
            deal_id=deal.id,
            from_stage=deal.stage,
            to_stage=stage,
            at=now,
            note=note,
            override_reason=override if crossed else None,
        )
    )
    if deal.stage == Stage.LOST:
        deal.lost_reason = None
        deal.lost_note = None
    if stage == Stage.LOST and reason is not None:
        deal.lost_reason = reason.key
        deal.lost_note = lost_note
    if stage == Stage.OPPORTUNITY and deal.sub_stage is None:
        deal.sub_stage = SubStage.NEEDS_IDENTIFIED
    if stage in (Stage.LEAD, Stage.PROSPECT):
        deal.sub_stage = None
        deal.probability_override = None
    deal.stage = stage
    deal.stage_entered_at = now
    if deal.last_touched_at < now:
        deal.last_touched_at = now


def _anchor(session: Session, stage: Stage, anchor_id: int, moving: list[int]) -> DealRow:
    anchor = live_deal(session, anchor_id)
    if anchor.stage != stage:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "A card can only be placed next to a card of the same column."
            ),
            "before_id",
        )
    if anchor_id in moving:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A card cannot be placed next to itself."), "before_id"
        )
    return anchor


def _renumber(session: Session, stage: Stage, skip: Iterable[int]) -> None:
    """Spread a column's positions out again when repeated inserts crowded them."""
    rows = session.scalars(
        select(DealRow)
        .where(DealRow.stage == stage, DealRow.archived.is_(False), DealRow.id.not_in(list(skip)))
        .order_by(DealRow.position, DealRow.id)
    )
    for index, row in enumerate(rows):
        row.position = float(index * 1024)
