"""Stale copies refused: who changed a record, and when, in one sentence.

A service that changes a record the user saw (a deal in its dialog, a card on the board, a deal
given with ``--if-version``) takes the version the user saw and compares it with the row it has
just read under the write lock (``SELECT … FOR UPDATE`` on PostgreSQL); when another client
changed the row since, nothing is written and :class:`ConflictError` says who and when:
"minh moved this deal to Opportunity at 10:42; your change was not saved."
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import StageHistoryRow
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ConflictError, Label, Message
from crmdesk.domain.names import phrase
from crmdesk.services import local_zone

WHAT: dict[str, Label] = {
    "deals": Label(QT_TRANSLATE_NOOP("Messages", "deal")),
    "organizations": Label(QT_TRANSLATE_NOOP("Messages", "organization")),
    "contacts": Label(QT_TRANSLATE_NOOP("Messages", "contact")),
    "activities": Label(QT_TRANSLATE_NOOP("Messages", "activity")),
    "quotes": Label(QT_TRANSLATE_NOOP("Messages", "quote")),
    "quote_lines": Label(QT_TRANSLATE_NOOP("Messages", "quote line")),
    "settings": Label(QT_TRANSLATE_NOOP("Messages", "setting")),
}
SOMEONE = Label(QT_TRANSLATE_NOOP("Messages", "Someone"))


def _when(at: datetime, now: datetime) -> str:
    """``10:42`` today, ``2026-12-01 10:42`` another day (local time)."""
    zone = local_zone.local_zone()
    local = at.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def _field(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, Mapping) else getattr(row, name, None)


def describe(session: Session, table: str, row: Any, now: datetime) -> Message:
    """What the last change to ``row`` (an ORM row or a mapping of its columns) was, who made
    it and when: "minh moved this deal to Opportunity at 10:42"."""
    what = WHAT.get(table, Label(QT_TRANSLATE_NOOP("Messages", "record")))
    by, at = _field(row, "changed_by"), _field(row, "changed_at")
    who: str = by if by else SOMEONE
    if at is None:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "{who} changed this {what} since you opened it"),
            who=who,
            what=what,
        )
    when = _when(at, now)
    if table == "deals" and (_field(row, "version") or 0) > 1:
        entered = _field(row, "stage_entered_at")
        if entered is not None and entered == at and _moved_at(session, _field(row, "id"), at):
            stage = Stage(_field(row, "stage"))
            return Message(
                QT_TRANSLATE_NOOP("Messages", "{who} moved this deal to {stage} at {time}"),
                who=who,
                stage=phrase(stage),
                time=when,
            )
    return Message(
        QT_TRANSLATE_NOOP("Messages", "{who} changed this {what} at {time}"),
        who=who,
        what=what,
        time=when,
    )


def _moved_at(session: Session, deal_id: int, at: datetime) -> bool:
    last = session.scalar(
        select(StageHistoryRow.at)
        .where(StageHistoryRow.deal_id == deal_id)
        .order_by(StageHistoryRow.id.desc())
        .limit(1)
    )
    return last == at


def conflict(session: Session, table: str, row: Any, now: datetime) -> ConflictError:
    """The refusal of a change made on a stale copy of ``row``."""
    return ConflictError(
        QT_TRANSLATE_NOOP("Messages", "{change}; your change was not saved."),
        version=_field(row, "version"),
        change=describe(session, table, row, now),
    )


def check_version(
    session: Session, row: Any, seen: int | None, clock: Callable[[], datetime]
) -> None:
    """Refuse (:class:`ConflictError`) when ``row`` is no longer at the version ``seen``
    (``None``: the caller saw no particular version)."""
    if seen is None or row.version == seen:
        return
    raise conflict(session, row.__table__.name, row, clock())


def stale() -> ConflictError:
    """The refusal when a row changed between reading and writing it (a flush that found the
    version it read gone)."""
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Another user changed this record at the same moment; your change was not saved. "
            "Reload it and try again.",
        )
    )
