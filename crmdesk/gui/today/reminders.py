"""Reminders while the program runs: a timer, an injectable clock, and the tracker's decisions.

The check runs every half minute (and once at start, for the summary); tests call
:meth:`ReminderController.check` themselves with a moved clock, so nothing waits on real time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from crmdesk.domain.reminders import Reminder, ReminderTracker
from crmdesk.gui.formatting import plural
from crmdesk.gui.today.names import local_time
from crmdesk.services import Services
from crmdesk.services.agenda import AgendaCounts
from crmdesk.services.context import utc_now

CHECK_MSECS = 30_000
translate = QCoreApplication.translate


class Notifier(Protocol):
    """Where reminders are shown: the tray, or a banner in the window."""

    def notify(self, title: str, body: str, deal_id: int | None) -> None:
        """Show one reminder; a click on it opens ``deal_id`` (None: the Today view)."""


def counts_text(counts: AgendaCounts) -> str:
    """``3 overdue, 5 due today``."""
    return ", ".join(
        [
            plural(
                counts.overdue, translate("Today", "%1 overdue"), translate("Today", "%1 overdue")
            ),
            plural(
                counts.today, translate("Today", "%1 due today"), translate("Today", "%1 due today")
            ),
        ]
    )


class ReminderController(QObject):
    """Asks the tracker what to show each time it checks, and shows it once."""

    checked = Signal()  # a check ran (time passed: the badge and the view may change)
    notified = Signal(str, str)  # title, body of what was just shown

    def __init__(
        self,
        services: Services,
        notifier: Notifier,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.notifier = notifier
        self._clock = clock or utc_now
        self.tracker = ReminderTracker()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MSECS)
        self.timer.timeout.connect(self.check)

    def start(self, counts: AgendaCounts | None = None) -> Reminder | None:
        """The first check: one summary of what is overdue and due today (``counts``, if
        known); then a check every 30 s. Once only."""
        if self.tracker.last_check is not None:
            return None
        now = self._clock()
        reminder = self.tracker.start(now, self._services.agenda.reminder_candidates(now, now))
        self._say(reminder, at_start=True, counts=counts)
        self.timer.start()
        return reminder

    def stop(self) -> None:
        """No more checks (the window is closing)."""
        self.timer.stop()

    @Slot()
    def check(self) -> Reminder | None:
        """What fell due since the last check, shown once (a summary after an absence)."""
        now = self._clock()
        after = self.tracker.last_check or now
        candidates = self._services.agenda.reminder_candidates(min(after, now), now)
        reminder = self.tracker.check(now, candidates)
        if reminder is not None:
            self._say(reminder, at_start=False)
        self.checked.emit()
        return reminder

    def _say(
        self, reminder: Reminder, *, at_start: bool, counts: AgendaCounts | None = None
    ) -> None:
        if reminder.summary:
            counts = counts or self._services.agenda.counts()
            if at_start and not (counts.overdue or counts.today):
                return
            title = (
                translate("Today", "CRM Desk — today")
                if at_start
                else plural(
                    reminder.missed,
                    translate("Today", "%1 reminder while you were away"),
                    translate("Today", "%1 reminders while you were away"),
                )
            )
            self._notify(title, counts_text(counts), None)
            return
        due = reminder.due
        if len(due) == 1:
            item = due[0]
            title = f"{local_time(item.due_at)} · {item.subject}"
            parties = " · ".join(p for p in (item.organization, item.contact) if p)
            body = f"{item.deal_title} — {parties}" if parties else item.deal_title
            self._notify(title, body, item.deal_id)
            return
        title = plural(
            len(due),
            translate("Today", "%1 follow-up due"),
            translate("Today", "%1 follow-ups due"),
        )
        body = "\n".join(f"{local_time(i.due_at)} · {i.subject} — {i.deal_title}" for i in due)
        self._notify(title, body, None)

    def _notify(self, title: str, body: str, deal_id: int | None) -> None:
        self.notifier.notify(title, body, deal_id)
        self.notified.emit(title, body)
