"""The Today feature in the window: its view, the reminders, the badge, plans and enrolment.

The window makes one :class:`TodayPart` after its views, actions and board exist; everything
Today adds to the window is wired here, so the window itself only names it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QBoxLayout, QDialog, QMainWindow, QSystemTrayIcon, QWidget

from crmdesk.domain.agenda import AgendaItem
from crmdesk.gui.board.board import Board
from crmdesk.gui.notices import NoticeRelay
from crmdesk.gui.operations import nurture as ops
from crmdesk.gui.today.banner import ReminderBanner
from crmdesk.gui.today.enrol_dialog import EnrolDialog
from crmdesk.gui.today.enrol_offer import EnrolOffer
from crmdesk.gui.today.offer_banner import OfferBanner
from crmdesk.gui.today.plans_dialog import NurturePlansDialog
from crmdesk.gui.today.reminders import ReminderController
from crmdesk.gui.today.today_view import TodayView
from crmdesk.gui.today.tray import TrayNotifier
from crmdesk.gui.views.view_stack import ViewStack
from crmdesk.gui.window.actions import WindowActions
from crmdesk.services import Change, OpChanges, Services
from crmdesk.services.agenda import AgendaCounts
from crmdesk.services.context import Clock

translate = QCoreApplication.translate
_COUNTED = (Change.ACTIVITIES, Change.DEALS, Change.NURTURE)
TRAY_LISTED = 11  # the menu lists 10, and says when there are more


class TodayHost(Protocol):
    """What Today needs of the main window."""

    views: ViewStack
    notices: NoticeRelay
    board: Board
    actions_: WindowActions

    def show_status(self, message: str, msecs: int = 8000) -> None:
        """A passing note."""

    def show_error(self, message: str) -> None:
        """Why something did not happen."""


class TodayPart(QObject):
    """Adds the Today view and keeps the overdue badge, the reminders and the offers going."""

    def __init__(
        self,
        window: QMainWindow,
        host: TodayHost,
        services: Services,
        open_deal: Callable[[int | None], None],
        clock: Clock | None = None,
        tray: bool | None = None,
    ) -> None:
        super().__init__(window)
        self._window, self._host, self._services = window, host, services
        self._open_deal = open_deal
        self._base_title = window.windowTitle()
        host.views.add("today", lambda: translate("Today", "Today"), self._make_view)
        use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.banner: ReminderBanner | None = None
        self.tray: TrayNotifier | None = None
        if use_tray:
            self.tray = TrayNotifier(window, self.due_now)
            notifier: TrayNotifier | ReminderBanner = self.tray
        else:
            self.banner = ReminderBanner(host.views)
            self._views_layout().insertWidget(1, self.banner)
            notifier = self.banner
        notifier.open_deal_requested.connect(self._open)
        notifier.show_today_requested.connect(self.show_today)
        self.reminders = ReminderController(services, notifier, clock, self)
        self.reminders.checked.connect(self._time_passed)
        self.offer_banner = OfferBanner(host.views)
        self._views_layout().insertWidget(1, self.offer_banner)
        self.offer = EnrolOffer(services, host, self.offer_banner, window)
        host.board.moves.on_moved = self.offer.after_move
        a = host.actions_
        WindowActions.connect(a.nurture_plans, self.open_plans)
        WindowActions.connect(a.enrol, self.enrol_selected)
        WindowActions.connect(a.stop_nurture, self.stop_selected)
        host.notices.changed.connect(self._on_change)
        window.installEventFilter(self)
        self._badge_timer = QTimer(self)
        self._badge_timer.setSingleShot(True)
        self._badge_timer.setInterval(0)
        self._badge_timer.timeout.connect(self.update_badge)
        # After the first paint: the badge and the start summary (a few counts) never delay it.
        QTimer.singleShot(0, self.start)

    def _views_layout(self) -> QBoxLayout:
        layout = self._host.views.layout()
        assert isinstance(layout, QBoxLayout)  # the view stack lays its parts in a column
        return layout

    def start(self) -> None:
        """The overdue badge and the start summary, then the reminder checks (once)."""
        if self.reminders.tracker.last_check is None:
            counts = self.update_badge()
            self.reminders.start(counts)

    def due_now(self) -> tuple[AgendaItem, ...]:
        """What the tray's menu lists: overdue and due today, the first ones of each."""
        agenda = self._services.agenda.agenda(0, TRAY_LISTED)
        return agenda.overdue + agenda.today

    def _make_view(self) -> QWidget:
        name = f"CRM Desk — {self._base_title}"  # the calendar's name: names, not words
        return TodayView(self._services, self._host, self._host.notices, self._open, name)

    def view(self) -> TodayView:
        """The Today view (built now if it was not yet)."""
        widget = self._host.views.widget("today")
        assert isinstance(widget, TodayView)
        return widget

    @Slot()
    def show_today(self) -> None:
        """Bring the Today view to the front."""
        self._window.raise_()
        self._window.activateWindow()
        self._host.views.show_view("today")

    @Slot(int)
    def _open(self, deal_id: int) -> None:
        self._open_deal(deal_id)

    # -- the badge -----------------------------------------------------------------------------

    @Slot()
    def update_badge(self) -> AgendaCounts:
        """The overdue count on the Today tab and in the window title."""
        counts = self._services.agenda.counts()
        overdue = counts.overdue
        self._host.views.set_badge("today", str(overdue) if overdue else "")
        title = f"({overdue}) {self._base_title}" if overdue else self._base_title
        self._window.setWindowTitle(title)
        return counts

    @Slot(object)
    def _on_change(self, notice: OpChanges) -> None:
        if notice.touches(*_COUNTED):
            self._badge_timer.start()  # once, after the change's own refresh

    @Slot()
    def _time_passed(self) -> None:
        self.update_badge()
        if self._host.views.current_key() == "today":
            self.view().refresh()

    # -- nurturing -----------------------------------------------------------------------------

    def plans_dialog(self) -> NurturePlansDialog:
        """Settings → Nurturing plans."""
        return NurturePlansDialog(self._services, self._window)

    def open_plans(self) -> None:
        """Show the plans dialog (what it saves is undoable)."""
        self.plans_dialog().exec()

    def enrol_selected(self, ids: list[int] | None = None) -> bool:
        """Enrol the selected cards (or ``ids``: the Deals list's selection) in a plan."""
        ids = ids if ids is not None else self._host.board.selected_ids()
        plans = self._services.nurture.plans()
        if not ids or not plans:
            return False
        titles = [self._services.deals.get(i).title for i in ids]
        dialog = EnrolDialog(titles, plans, None, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice() is None:
            return False
        return ops.enrol(self._services, self._host, ids, str(dialog.choice()))

    def stop_selected(self) -> bool:
        """Stop the plan of the selected card."""
        ids = self._host.board.selected_ids()
        return bool(ids) and ops.stop(self._services, self._host, ids[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window closing: no more reminders, and the tray icon goes with it."""
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.reminders.stop()
            if self.tray is not None:
                self.tray.hide()
        return False
