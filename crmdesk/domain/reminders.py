"""When a reminder is due, and when many are better said as one summary.

The tracker is told the time (an injectable clock drives it) and the reminders that may be due;
it answers what to show. Each reminder is shown once for its reminder time: a follow-up
rescheduled or snoozed has a new reminder time, so it reminds again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from crmdesk.domain.agenda import AgendaItem

# A check later than this after the one before means the program (or the laptop) slept: what
# fell due meanwhile is said as one summary, not one notification each.
ABSENCE = timedelta(minutes=10)
BURST = 3  # more reminders than this at once are a summary too


@dataclass(frozen=True, slots=True)
class Reminder:
    """What to tell the user now: the follow-ups falling due, or a summary."""

    due: tuple[AgendaItem, ...] = ()  # the follow-ups to name one by one
    summary: bool = False  # say the counts instead (at start, after an absence, many at once)
    missed: int = 0  # reminders folded into a summary


class ReminderTracker:
    """Decides which reminders to show, each once, and folds a storm into one summary."""

    def __init__(self, absence: timedelta = ABSENCE, burst: int = BURST) -> None:
        self._absence = absence
        self._burst = burst
        self._shown: set[tuple[int, datetime]] = set()
        self.last_check: datetime | None = None

    def start(self, now: datetime, candidates: Iterable[AgendaItem]) -> Reminder:
        """The first check: everything already due goes into the start summary."""
        self.last_check = now
        missed = self._take(now, candidates)
        return Reminder(summary=True, missed=len(missed))

    def check(self, now: datetime, candidates: Iterable[AgendaItem]) -> Reminder | None:
        """The reminders due by ``now`` not shown yet; a summary after an absence or a burst."""
        if self.last_check is None:
            return self.start(now, candidates)
        away = now - self.last_check > self._absence
        self.last_check = max(self.last_check, now)
        due = self._take(now, candidates)
        if not due:
            return None
        if away or len(due) > self._burst:
            return Reminder(summary=True, missed=len(due))
        return Reminder(due=tuple(due))

    def _take(self, now: datetime, candidates: Iterable[AgendaItem]) -> list[AgendaItem]:
        due = []
        for item in candidates:
            at = item.remind_at
            if at is None or at > now or (item.activity_id, at) in self._shown:
                continue
            self._shown.add((item.activity_id, at))
            due.append(item)
        return sorted(due, key=lambda i: (i.due_at, i.activity_id))
