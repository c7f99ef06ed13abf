"""Reminders from the desktop: a tray icon whose menu lists what is due, and its messages."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from crmdesk.domain.agenda import AgendaItem
from crmdesk.gui.icon import app_icon
from crmdesk.gui.today.names import local_time

MENU_ITEMS = 10
MESSAGE_MSECS = 15000


class TrayNotifier(QObject):
    """The tray icon; clicking a message or a menu line opens the deal (or Today)."""

    open_deal_requested = Signal(int)
    show_today_requested = Signal()

    def __init__(
        self, parent: QWidget, due_now: Callable[[], Sequence[AgendaItem]] = tuple
    ) -> None:
        super().__init__(parent)
        self._due_now = due_now
        self.icon = QSystemTrayIcon(app_icon(), parent)
        self.icon.setToolTip(self.tr("CRM Desk — Today"))
        self.menu = QMenu(parent)
        self.icon.setContextMenu(self.menu)
        self.menu.aboutToShow.connect(lambda: self.set_due(self._due_now()))  # read when opened
        self.icon.messageClicked.connect(self._clicked)
        self.icon.activated.connect(self._activated)
        self._deal_id: int | None = None
        self.set_due(())
        self.icon.show()

    def notify(self, title: str, body: str, deal_id: int | None) -> None:
        """A desktop notification; a click on it opens ``deal_id`` (or Today)."""
        self._deal_id = deal_id
        self.icon.showMessage(title, body, app_icon(), MESSAGE_MSECS)

    def set_due(self, items: Sequence[AgendaItem]) -> None:
        """The menu: what is due (overdue and today), then Show Today."""
        self.menu.clear()
        heading = self.menu.addAction(self.tr("Due now"))
        heading.setEnabled(False)
        for item in items[:MENU_ITEMS]:
            text = f"{local_time(item.due_at)}  {item.subject} — {item.deal_title}"
            action = self.menu.addAction(text.replace("&", "&&"))
            action.triggered.connect(
                lambda _c=False, deal=item.deal_id: self.open_deal_requested.emit(deal)
            )
        if not items:
            self.menu.addAction(self.tr("Nothing due")).setEnabled(False)
        elif len(items) > MENU_ITEMS:
            more = self.menu.addAction(self.tr("More in Today…"))
            more.triggered.connect(self.show_today_requested)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Show Today")).triggered.connect(self.show_today_requested)

    def hide(self) -> None:
        """Take the icon away (the window is closing)."""
        self.icon.hide()

    @Slot()
    def _clicked(self) -> None:
        if self._deal_id is not None:
            self.open_deal_requested.emit(self._deal_id)
        else:
            self.show_today_requested.emit()

    @Slot(object)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_today_requested.emit()
