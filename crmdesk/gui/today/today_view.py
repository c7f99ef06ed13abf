"""The Today view: overdue, today and the days ahead, each done, rescheduled or opened at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.agenda import REMINDER_CHOICES, Agenda, Reschedule
from crmdesk.gui.formatting import plural
from crmdesk.gui.notices import NoticeRelay
from crmdesk.gui.operations import agenda as ops
from crmdesk.gui.operations.feedback import Feedback
from crmdesk.gui.today.agenda_tree import AgendaTree
from crmdesk.gui.today.calendar_file import ask_calendar_path
from crmdesk.gui.today.calendar_job import CalendarJob
from crmdesk.gui.today.names import reminder_name
from crmdesk.gui.today.reschedule_dialog import RescheduleDialog
from crmdesk.services import Change, OpChanges, Services

DAY_CHOICES = (1, 3, 7, 14, 30)
DAYS_KEY = "today/days"
SHOWN = 200  # at most this many lines per section (the heading counts them all)
_REFRESH_ON = (Change.ACTIVITIES, Change.DEALS, Change.PEOPLE, Change.NURTURE, Change.PLANS)


class TodayView(QWidget):
    """The day's work, refreshed from the change notices; every change is undoable."""

    def __init__(
        self,
        services: Services,
        feedback: Feedback,
        notices: NoticeRelay,
        open_deal: Callable[[int], None],
        calendar_name: str = "CRM Desk",
    ) -> None:
        super().__init__()
        self.setObjectName("todayView")
        self._services, self._feedback = services, feedback
        self._open_deal, self._calendar_name = open_deal, calendar_name
        self.agenda: Agenda | None = None
        self._stale = False
        self.tree = AgendaTree()
        self.tree.open_requested.connect(self._open)
        self.tree.currentItemChanged.connect(lambda *_: self._update_actions())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.days = QComboBox()
        self.days.setObjectName("todayDays")
        for n in DAY_CHOICES:
            self.days.addItem(
                plural(n, self.tr("Today and the next day"), self.tr("Today and the next %1 days")),
                n,
            )
        self.days.setCurrentIndex(DAY_CHOICES.index(7))
        self.days.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.empty = QLabel(
            self.tr(
                "Nothing due. Follow-ups scheduled on a deal, and the touches of nurturing "
                "plans, appear here."
            )
        )
        self.empty.setStyleSheet("color: #667085;")
        self.empty.setWordWrap(True)
        self.calendar_job = CalendarJob(self)
        self.calendar_job.finished.connect(self._exported)
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        top = QHBoxLayout()
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.days)
        top.addWidget(show)
        top.addWidget(self.days)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        self.export_all = QPushButton(self.tr("E&xport to calendar…"))
        self.export_all.setToolTip(self.tr("The agenda shown, as an .ics file with reminders"))
        self.export_all.clicked.connect(lambda: self.export_calendar())
        top.addWidget(self.export_all)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._buttons())
        notices.changed.connect(self._on_change)
        self.refresh()

    # -- actions -------------------------------------------------------------------------------

    def _action(self, text: str, keys: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '')} ({keys})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.done = self._action(self.tr("&Done"), "Ctrl+D", self.mark_done)
        self.later = self._action(
            self.tr("&Later today"), None, lambda: self.reschedule(Reschedule.LATER_TODAY)
        )
        self.tomorrow = self._action(
            self.tr("&Tomorrow"), "Ctrl+T", lambda: self.reschedule(Reschedule.TOMORROW)
        )
        self.next_week = self._action(
            self.tr("Next &week"), None, lambda: self.reschedule(Reschedule.NEXT_WEEK)
        )
        self.pick = self._action(self.tr("&Pick a date…"), None, self.pick_date)
        self.snooze = self._action(self.tr("&Snooze 1 hour"), "Ctrl+H", self.snooze_current)
        self.open_deal = self._action(self.tr("&Open deal"), "Ctrl+O", self.open_current)
        self.export_one = self._action(
            self.tr("&Add to calendar…"), "Ctrl+Shift+E", self.export_current
        )
        self.reschedule_menu = QMenu(self.tr("&Reschedule"), self)
        self.reschedule_menu.addActions([self.later, self.tomorrow, self.next_week, self.pick])
        self.reminder_menu = QMenu(self.tr("Re&minder"), self)
        self.reminder_actions: dict[int | None, QAction] = {}
        for minutes in REMINDER_CHOICES:
            action = self.reminder_menu.addAction(reminder_name(minutes))
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, m=minutes: self.set_reminder(m))
            self.reminder_actions[minutes] = action
        self.open_reschedule = self._action(self.tr("Reschedule…"), "Ctrl+R", self._pop_reschedule)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for action in (self.done, self.snooze, self.open_deal):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        self.reschedule_button = QToolButton()
        self.reschedule_button.setText(self.tr("&Reschedule"))
        self.reschedule_button.setToolTip(self.tr("Reschedule (Ctrl+R)"))
        self.reschedule_button.setMenu(self.reschedule_menu)
        self.reschedule_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        row.insertWidget(1, self.reschedule_button)
        self.reminder_button = QToolButton()
        self.reminder_button.setText(self.tr("Re&minder"))
        self.reminder_button.setMenu(self.reminder_menu)
        self.reminder_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        row.addWidget(self.reminder_button)
        export = QToolButton()
        export.setDefaultAction(self.export_one)
        row.addWidget(export)
        keys = QLabel(
            self.tr("Enter opens · Ctrl+D done · Ctrl+R reschedule · Ctrl+H snooze · Ctrl+Z undo")
        )
        keys.setStyleSheet("color: #667085;")
        keys.setWordWrap(True)  # never wider than the window: it wraps on a small screen
        keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(keys, 1)
        return row

    def _update_actions(self) -> None:
        item = self.tree.current()
        acting = (self.done, self.later, self.tomorrow, self.next_week, self.pick, self.snooze,
                  self.open_deal, self.export_one, self.open_reschedule)  # fmt: skip
        for action in acting:
            action.setEnabled(item is not None)
        self.reschedule_button.setEnabled(item is not None)
        self.reminder_button.setEnabled(item is not None)
        for minutes, action in self.reminder_actions.items():
            action.setChecked(item is not None and item.remind_before == minutes)

    def _pop_reschedule(self) -> None:
        line = self.tree.currentItem()
        if self.tree.current() is None or line is None:
            return
        rect = self.tree.visualItemRect(line)
        self.reschedule_menu.popup(self.tree.viewport().mapToGlobal(rect.bottomLeft()))

    @Slot(QPoint)
    def _context_menu(self, point: QPoint) -> None:
        line = self.tree.itemAt(point)
        if line is None or not self.tree.is_follow_up(line):
            return
        self.tree.setCurrentItem(line)
        menu = QMenu(self)
        menu.addActions([self.done, self.open_deal])
        menu.addMenu(self.reschedule_menu)
        menu.addAction(self.snooze)
        menu.addMenu(self.reminder_menu)
        menu.addSeparator()
        menu.addAction(self.export_one)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    # -- what it shows -------------------------------------------------------------------------

    def chosen_days(self) -> int:
        """How many days after today the agenda shows."""
        return int(self.days.currentData())

    @Slot()
    def refresh(self) -> None:
        """Read the agenda again (the window calls this as time passes, too)."""
        days = self.chosen_days()
        self.agenda = self._services.agenda.agenda(days, SHOWN)
        self.tree.fill(self.agenda, days)
        a = self.agenda
        self.summary.setText(
            " · ".join(
                [
                    plural(a.overdue_total, self.tr("%1 overdue"), self.tr("%1 overdue")),
                    plural(a.today_total, self.tr("%1 due today"), self.tr("%1 due today")),
                    plural(a.upcoming_total, self.tr("%1 coming up"), self.tr("%1 coming up")),
                ]
            )
        )
        nothing = not a.items()
        self.empty.setVisible(nothing)
        self.export_all.setEnabled(not nothing)
        self._update_actions()

    def view_activated(self) -> None:
        """Shown again: bring it up to date and take the keyboard."""
        self._stale = False
        self.refresh()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_view(self, settings: QSettings) -> None:
        """Remember how many days it shows."""
        settings.setValue(DAYS_KEY, self.chosen_days())

    def restore_view(self, settings: QSettings) -> None:
        """Show as many days as last time."""
        try:
            days = int(str(settings.value(DAYS_KEY, 7)))
        except (TypeError, ValueError):
            days = 7
        if days in DAY_CHOICES:
            self.days.setCurrentIndex(DAY_CHOICES.index(days))

    @Slot(object)
    def _on_change(self, notice: OpChanges) -> None:
        if not notice.touches(*_REFRESH_ON):
            return
        if self.isVisible():
            self.refresh()
        else:  # behind another view: read again when it comes to the front
            self._stale = True

    # -- what it does --------------------------------------------------------------------------

    def _run(self, change: Callable[[int], bool]) -> bool:
        item = self.tree.current()
        if item is None:
            return False
        before = self.tree.ids()
        done = change(item.activity_id)
        if done and not self.tree.select_activity(item.activity_id):
            self.tree.select_after(before, item.activity_id)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return done

    def mark_done(self) -> bool:
        """The current follow-up is done."""
        return self._run(lambda i: ops.complete(self._services, self._feedback, i))

    def reschedule(self, choice: Reschedule) -> bool:
        """Later today, tomorrow or next week."""
        return self._run(lambda i: ops.reschedule_to(self._services, self._feedback, i, choice))

    def pick_date(self) -> bool:
        """Ask for the new time."""
        item = self.tree.current()
        if item is None:
            return False
        dialog = RescheduleDialog(item.subject, item.due_at, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        due = dialog.due()
        return self._run(lambda i: ops.reschedule(self._services, self._feedback, i, due))

    def snooze_current(self) -> bool:
        """An hour later."""
        return self._run(lambda i: ops.snooze(self._services, self._feedback, i))

    def set_reminder(self, minutes: int | None) -> bool:
        """When the current follow-up reminds."""
        return self._run(lambda i: ops.set_reminder(self._services, self._feedback, i, minutes))

    def open_current(self) -> None:
        """Open the deal of the current follow-up."""
        item = self.tree.current()
        if item is not None:
            self._open(item.deal_id)

    @Slot(int)
    def _open(self, deal_id: int) -> None:
        self._open_deal(deal_id)

    def export_current(self, path: Path | None = None) -> bool:
        """The current follow-up to an .ics file (written in the background)."""
        item = self.tree.current()
        if item is None:
            return False
        path = path or ask_calendar_path(self, f"{item.subject[:40]}.ics")
        if path is not None:
            self.calendar_job.start(
                self._services, path, self._calendar_name, 0, [item.activity_id]
            )
        return path is not None

    def export_calendar(self, path: Path | None = None) -> bool:
        """The agenda shown to an .ics file (written in the background)."""
        path = path or ask_calendar_path(self, "crmdesk-agenda.ics")
        if path is not None:
            self.calendar_job.start(self._services, path, self._calendar_name, self.chosen_days())
        return path is not None

    @Slot(bool, str)
    def _exported(self, written: bool, sentence: str) -> None:
        if written:
            self._feedback.show_status(sentence, 10000)
        else:
            self._feedback.show_error(sentence)
