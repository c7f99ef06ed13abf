"""Editing the qualification criteria of each gate; every change is undoable."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import AnswerRow, CriterionRow
from crmdesk.domain import validation as v
from crmdesk.domain.entities import Criterion
from crmdesk.domain.enums import Gate
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, Message, NotFoundError, ValidationError
from crmdesk.domain.text import fold
from crmdesk.services.context import ServiceContext
from crmdesk.services.settings import to_criterion


def _label(text: str) -> str:
    return v.required_text(text, Label(QT_TRANSLATE_NOOP("Messages", "A criterion")), "label", 300)


def _row(session: Session, criterion_id: int) -> CriterionRow:
    row = session.get(CriterionRow, criterion_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "There is no criterion {id}."), id=criterion_id
        )
    return row


def _new_key(session: Session, label: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:40] or "criterion"
    taken = set(session.scalars(select(CriterionRow.key)))
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class CriteriaService:
    """Add, rename, require, retire, remove and reorder a gate's criteria.

    Changes apply to the next gate crossing. Retiring keeps the answers already given; a
    criterion that has answers cannot be removed, only retired.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add(self, gate: Gate | str, label: str, *, required: bool = False) -> Criterion:
        """A new criterion at the end of the gate's list."""
        gate, text = Gate(gate), _label(label)

        def apply(session: Session) -> Criterion:
            last = session.scalar(
                select(func.max(CriterionRow.position)).where(CriterionRow.gate == gate)
            )
            row = CriterionRow(
                gate=gate,
                key=_new_key(session, text),
                label=text,
                required=required,
                active=True,
                position=(last or 0) + 1,
            )
            session.add(row)
            session.flush()
            return to_criterion(row)

        return self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Add criterion “{label}”"), label=text), apply
        )

    def rename(self, criterion_id: int, label: str) -> Criterion:
        """Change a criterion's wording."""
        text = _label(label)
        return self._edit(
            criterion_id,
            Message(QT_TRANSLATE_NOOP("Messages", "Rename criterion to “{label}”"), label=text),
            label=text,
        )

    def set_required(self, criterion_id: int, required: bool) -> Criterion:
        """Make a criterion required to pass its gate, or optional."""
        what = (
            Message(QT_TRANSLATE_NOOP("Messages", "Make criterion required"))
            if required
            else Message(QT_TRANSLATE_NOOP("Messages", "Make criterion optional"))
        )
        return self._edit(criterion_id, what, required=required)

    def set_active(self, criterion_id: int, active: bool) -> Criterion:
        """Retire a criterion (its answers stay) or bring it back."""
        what = (
            Message(QT_TRANSLATE_NOOP("Messages", "Restore criterion"))
            if active
            else Message(QT_TRANSLATE_NOOP("Messages", "Retire criterion"))
        )
        return self._edit(criterion_id, what, active=active)

    def _edit(self, criterion_id: int, what: Message, **values: object) -> Criterion:
        def apply(session: Session) -> Criterion:
            row = _row(session, criterion_id)
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
            return to_criterion(row)

        return self._ctx.change(what, apply)

    def remove(self, criterion_id: int) -> None:
        """Delete a criterion nobody has answered yet."""

        def apply(session: Session) -> None:
            row = _row(session, criterion_id)
            answered = session.scalar(
                select(func.count())
                .select_from(AnswerRow)
                .where(AnswerRow.criterion_id == criterion_id)
            )
            if answered:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{label}” has been answered for {count} deal(s): retire it instead, so those answers stay in the deals' history.",  # noqa: E501
                    ),
                    "criterion",
                    label=row.label,
                    count=answered,
                )
            session.delete(row)

        self._ctx.change(Message(QT_TRANSLATE_NOOP("Messages", "Remove criterion")), apply)

    def reorder(self, gate: Gate | str, ids: Sequence[int]) -> None:
        """Put a gate's criteria in the order of ``ids`` (all of them, each once)."""
        gate = Gate(gate)

        def apply(session: Session) -> None:
            rows = {r.id: r for r in session.scalars(
                select(CriterionRow).where(CriterionRow.gate == gate))}  # fmt: skip
            if sorted(ids) != sorted(rows):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Reorder every criterion of the gate, each once."
                    ),
                    "ids",
                )
            for position, criterion_id in enumerate(ids, start=1):
                if rows[criterion_id].position != position:
                    rows[criterion_id].position = position

        self._ctx.change(Message(QT_TRANSLATE_NOOP("Messages", "Reorder criteria")), apply)
