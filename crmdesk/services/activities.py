"""Activities: log what happened, record behaviour signals, schedule and complete follow-ups."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import ActivityRow
from crmdesk.domain import validation as v
from crmdesk.domain.entities import Activity
from crmdesk.domain.enums import ActivityKind
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, Message, ValidationError
from crmdesk.domain.names import label, phrase
from crmdesk.services.context import ServiceContext
from crmdesk.services.derived import refresh_deal
from crmdesk.services.nurture_rules import after_activity
from crmdesk.services.rows import ACTIVITY, get_or_raise, live_deal, to_activity
from crmdesk.services.settings import read_scoring_config


def _kind(value: ActivityKind | str) -> ActivityKind:
    try:
        return ActivityKind(value)
    except ValueError as exc:
        kinds = ", ".join(k.value for k in ActivityKind)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{value}” is not a kind of activity; use one of {kinds}."
            ),
            "kind",
            value=str(value),
            kinds=kinds,
        ) from exc


def _aware(value: datetime | None, field: str) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A time must say its time zone."), field
        )
    return value


class ActivityService:
    """Everything that happens around a deal."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def log(
        self,
        deal_id: int,
        kind: ActivityKind | str,
        subject: str = "",
        *,
        occurred_at: datetime | None = None,
        note: str | None = None,
    ) -> Activity:
        """Record something that happened (a call, an email, a behaviour signal…)."""
        kind = _kind(kind)
        subject = v.optional_text(
            subject, Label(QT_TRANSLATE_NOOP("Messages", "The subject")), "subject", 300
        ) or label(kind)
        note = v.optional_text(
            note, Label(QT_TRANSLATE_NOOP("Messages", "The note")), "note", 10_000
        )
        when = _aware(occurred_at, "occurred_at")

        def apply(session: Session) -> Activity:
            deal = live_deal(session, deal_id)
            now = self._ctx.clock()
            row = ActivityRow(
                deal_id=deal_id,
                kind=kind,
                subject=subject,
                occurred_at=when or now,
                due_at=None,
                done_at=None,
                note=note,
            )
            session.add(row)
            after_activity(session, row, now)  # a reply or a call stops a nurturing plan
            refresh_deal(session, deal, read_scoring_config(session), now)
            return to_activity(row)

        return self._ctx.change(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Log {kind} on deal {id}"),
                kind=phrase(kind),
                id=deal_id,
            ),
            apply,
        )

    def schedule(
        self,
        deal_id: int,
        kind: ActivityKind | str,
        subject: str,
        due_at: datetime,
        *,
        note: str | None = None,
    ) -> Activity:
        """Plan a follow-up (call, meeting, task, email) due at ``due_at``."""
        kind = _kind(kind)
        if not kind.is_schedulable:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A {kind} cannot be scheduled."),
                "kind",
                kind=phrase(kind),
            )
        subject = v.required_text(
            subject, Label(QT_TRANSLATE_NOOP("Messages", "The subject")), "subject"
        )
        note = v.optional_text(
            note, Label(QT_TRANSLATE_NOOP("Messages", "The note")), "note", 10_000
        )
        if due_at is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A follow-up needs a due date."), "due_at"
            )
        _aware(due_at, "due_at")

        def apply(session: Session) -> Activity:
            deal = live_deal(session, deal_id)
            row = ActivityRow(
                deal_id=deal_id,
                kind=kind,
                subject=subject,
                occurred_at=None,
                due_at=due_at,
                done_at=None,
                note=note,
            )
            session.add(row)
            refresh_deal(session, deal, read_scoring_config(session), self._ctx.clock())
            return to_activity(row)

        return self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Schedule “{subject}”"), subject=subject), apply
        )

    def complete(self, activity_id: int, done_at: datetime | None = None) -> Activity:
        """Mark a scheduled activity done; a done call or meeting counts as having happened."""
        _aware(done_at, "done_at")

        def apply(session: Session) -> Activity:
            row = get_or_raise(session, ActivityRow, activity_id, ACTIVITY, lock=True)
            if row.done_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "“{subject}” is already done."),
                    None,
                    subject=row.subject,
                )
            now = self._ctx.clock()
            row.done_at = done_at or now
            if row.occurred_at is None:
                row.occurred_at = row.done_at
            after_activity(session, row, now)
            refresh_deal(
                session, live_deal(session, row.deal_id), read_scoring_config(session), now
            )
            return to_activity(row)

        return self._ctx.change(Message(QT_TRANSLATE_NOOP("Messages", "Mark activity done")), apply)

    def for_deal(self, deal_id: int) -> list[Activity]:
        """A deal's activities, newest first."""
        query = (
            select(ActivityRow)
            .where(ActivityRow.deal_id == deal_id)
            .order_by(ActivityRow.id.desc())
        )
        return self._ctx.read(lambda s: [to_activity(r) for r in s.scalars(query)])
