"""Today: the open follow-ups by section, their reminders, reschedules and the calendar file."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import RowMapping
from sqlalchemy.orm import Session

from crmdesk.db import agenda_queries as q
from crmdesk.db.models import ActivityRow, SettingRow
from crmdesk.db.nurture_seed import IDENTITY_KEY
from crmdesk.domain import agenda as rules
from crmdesk.domain.agenda import Agenda, AgendaItem, Reschedule
from crmdesk.domain.enums import ActivityKind
from crmdesk.domain.errors import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    ValidationError,
    untranslated,
)
from crmdesk.domain.names import label
from crmdesk.reports.calendar_ics import CalendarEvent, calendar_bytes
from crmdesk.services import local_zone
from crmdesk.services.context import ServiceContext
from crmdesk.services.derived import refresh_deal
from crmdesk.services.rows import ACTIVITY, get_or_raise, live_deal
from crmdesk.services.settings import read_scoring_config

# How long a follow-up lasts in the calendar, in minutes.
_MINUTES = {ActivityKind.MEETING: 60, ActivityKind.CALL: 30}


@dataclass(frozen=True, slots=True)
class AgendaCounts:
    """What the badge and the start summary say."""

    overdue: int
    today: int


def _item(r: RowMapping) -> AgendaItem:
    return AgendaItem(
        activity_id=r["activity_id"],
        deal_id=r["deal_id"],
        kind=r["kind"],
        subject=r["subject"],
        due_at=r["due_at"],
        deal_title=r["deal_title"],
        stage=r["stage"],
        organization=r["organization"],
        contact=r["contact"],
        remind_before=r["remind_before"],
        plan=r["plan"],
    )


def _check_days(days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= rules.MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Show from 0 to {max} days ahead."),
            "days",
            max=rules.MAX_DAYS,
        )
    return days


class AgendaService:
    """The day's follow-ups, and the one-gesture changes made to them (each undoable)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def agenda(self, days: int = rules.DEFAULT_DAYS, limit: int | None = None) -> Agenda:
        """Overdue, due today and the next ``days`` days, in the user's local days; each
        section lists at most ``limit`` follow-ups (its total counts them all)."""
        days = _check_days(days)

        def query(session: Session) -> Agenda:
            now, zone = self._ctx.clock(), local_zone.local_zone()
            bounds = [
                (None, now),
                (now, rules.start_of_day(now, zone, 1)),
                (rules.start_of_day(now, zone, 1), rules.horizon(now, zone, days)),
            ]
            lists: list[tuple[AgendaItem, ...]] = []
            totals: list[int] = []
            for low, high in bounds:
                rows = q.open_items(session, due_from=low, due_before=high, limit=limit)
                lists.append(tuple(_item(r) for r in rows))
                capped = limit is not None and len(rows) >= limit
                totals.append(q.count_open(session, low, high) if capped else len(rows))
            overdue, today, upcoming = lists
            return Agenda(overdue, today, upcoming, *totals)

        return self._ctx.read(query)

    def counts(self) -> AgendaCounts:
        """How many follow-ups are overdue, and how many more fall due before midnight."""

        def query(session: Session) -> AgendaCounts:
            now, zone = self._ctx.clock(), local_zone.local_zone()
            midnight = rules.start_of_day(now, zone, 1)
            overdue = q.count_open(session, None, now)
            return AgendaCounts(overdue, q.count_open(session, now, midnight))

        return self._ctx.read(query)

    def reminder_candidates(self, after: datetime, until: datetime) -> list[AgendaItem]:
        """Open follow-ups with a reminder due by ``until``, due from ``after`` on, for the
        reminder check to choose from (a short lead looks an hour ahead, a long one a day)."""
        return self._ctx.read(
            lambda s: [_item(r) for r in q.reminding(s, after, until, rules.MAX_REMINDER)]
        )

    def item(self, activity_id: int) -> AgendaItem:
        """One open follow-up as the agenda shows it."""

        def query(session: Session) -> AgendaItem:
            rows = q.open_items(session, activity_ids=[activity_id])
            if not rows:
                get_or_raise(session, ActivityRow, activity_id, ACTIVITY)
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Activity {id} is not an open follow-up."),
                    None,
                    id=activity_id,
                )
            return _item(rows[0])

        return self._ctx.read(query)

    def reschedule(self, activity_id: int, due_at: datetime) -> AgendaItem:
        """Move a follow-up to another time."""
        if due_at is None or due_at.tzinfo is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A time must say its time zone."), "due_at"
            )
        return self._update(
            activity_id,
            lambda _row: {"due_at": due_at},
            QT_TRANSLATE_NOOP("Messages", "Reschedule “{subject}”"),
        )

    def reschedule_to(self, activity_id: int, choice: Reschedule | str) -> AgendaItem:
        """Later today, tomorrow or next week (the same time of day)."""
        try:
            choice = Reschedule(choice)
        except ValueError as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "“{value}” is not a way to reschedule."),
                "choice",
                value=str(choice),
            ) from exc

        def new_due(row: ActivityRow) -> dict[str, object]:
            now = self._ctx.clock()
            assert row.due_at is not None
            return {"due_at": rules.rescheduled(row.due_at, choice, now, local_zone.local_zone())}

        return self._update(
            activity_id, new_due, QT_TRANSLATE_NOOP("Messages", "Reschedule “{subject}”")
        )

    def snooze(self, activity_id: int) -> AgendaItem:
        """Put a follow-up off for an hour: it reminds again then."""
        return self._update(
            activity_id,
            lambda _row: {"due_at": rules.snoozed(self._ctx.clock())},
            QT_TRANSLATE_NOOP("Messages", "Snooze “{subject}”"),
        )

    def set_reminder(self, activity_id: int, minutes: int | None) -> AgendaItem:
        """Remind this many minutes before the due time (0: at the time; None: never)."""
        if minutes is not None and (
            isinstance(minutes, bool)
            or not isinstance(minutes, int)
            or not 0 <= minutes <= rules.MAX_REMINDER
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A reminder comes from 0 to {max} minutes before the due time."
                ),
                "remind_before",
                max=rules.MAX_REMINDER,
            )
        return self._update(
            activity_id,
            lambda _row: {"remind_before": minutes},
            QT_TRANSLATE_NOOP("Messages", "Change the reminder of “{subject}”"),
        )

    def _update(
        self,
        activity_id: int,
        values: Callable[[ActivityRow], dict[str, object]],
        template: str,
    ) -> AgendaItem:
        def apply(session: Session) -> str:
            row = get_or_raise(session, ActivityRow, activity_id, ACTIVITY, lock=True)
            if row.done_at is not None or row.due_at is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "“{subject}” is not an open follow-up."),
                    None,
                    subject=row.subject,
                )
            deal = live_deal(session, row.deal_id)
            for attr, value in values(row).items():
                if getattr(row, attr) != value:
                    setattr(row, attr, value)
            refresh_deal(session, deal, read_scoring_config(session), self._ctx.clock())
            return row.subject

        self._ctx.change(lambda subject: Message(template, subject=subject), apply)
        return self.item(activity_id)

    # -- the calendar --------------------------------------------------------------------------

    def identity(self) -> str:
        """This file's stable name in exported event UIDs."""

        def query(session: Session) -> str:
            row = session.get(SettingRow, IDENTITY_KEY)
            return str(json.loads(row.value)) if row is not None else "crmdesk"

        return self._ctx.read(query)

    def calendar(
        self,
        days: int = rules.DEFAULT_DAYS,
        activity_ids: Sequence[int] | None = None,
        name: str = "CRM Desk",
        translate: Translate = untranslated,
    ) -> bytes:
        """The agenda (or the follow-ups ``activity_ids``) as ``.ics`` bytes with reminders."""
        if activity_ids is not None:
            items = [self.item(i) for i in dict.fromkeys(activity_ids)]
        else:
            items = list(self.agenda(days).items())
        domain = self.identity()
        zone = local_zone.local_zone()
        events = [
            CalendarEvent(
                uid=f"activity-{i.activity_id}@{domain}.crmdesk",
                start=i.due_at,
                minutes=_MINUTES.get(i.kind, 15),
                summary=i.subject,
                description=_description(i, translate),
                alarm_before=i.remind_before,
                categories=(translate("Defaults", label(i.kind)),),
            )
            for i in items
        ]
        zone_name = local_zone.zone_key(zone)
        return calendar_bytes(events, name, zone, zone_name, self._ctx.clock())


def write_calendar(path: Path, data: bytes) -> None:
    """Write ``data`` beside ``path`` and rename it there: a failed write leaves the old file."""
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _description(item: AgendaItem, translate: Translate) -> str:
    parties = " · ".join(p for p in (item.organization, item.contact) if p)
    lines = [f"{translate('Defaults', label(item.kind))} — {item.deal_title}"]
    if parties:
        lines.append(parties)
    if item.plan:
        lines.append(translate("Defaults", item.plan))
    return "\n".join(lines)
