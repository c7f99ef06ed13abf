"""The window's views, one at a time, chosen from a tab bar or with Ctrl+1…9."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget


@dataclass
class _View:
    key: str
    title: Callable[[], str]
    make: Callable[[], QWidget]
    widget: QWidget | None = None


class ViewStack(QWidget):
    """A tab bar over a stack of views. A view is built the first time it is shown (start-up
    builds only the board); ``view_shown`` says which one is now in front.

    A view may define ``view_activated()`` (called each time it comes to the front, to refresh
    what it shows) and ``save_view(settings)`` / ``restore_view(settings)`` (its sort, filters
    and columns, remembered between sessions).
    """

    view_shown = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._views: list[_View] = []
        self.tabs = QTabBar()
        self.tabs.setObjectName("viewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.currentChanged.connect(self._show_index)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)

    def add(self, key: str, title: Callable[[], str], make: Callable[[], QWidget]) -> None:
        """A view called ``key``, shown as ``title()``; ``make`` builds it when first shown."""
        self._views.append(_View(key, title, make))
        number = len(self._views)
        self.tabs.addTab(title())
        self.tabs.setTabToolTip(number - 1, f"{title()} (Ctrl+{number})")
        if number <= 9:
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda key=key: self.show_view(key))
        if number == 1:
            self._show_index(0)

    def keys(self) -> list[str]:
        """Every view's key, in the order of the tabs."""
        return [v.key for v in self._views]

    def current_key(self) -> str:
        """The view in front."""
        return self._views[self.tabs.currentIndex()].key

    def widget(self, key: str) -> QWidget:
        """The view called ``key`` (built now if it was not yet)."""
        view = self._views[self.keys().index(key)]
        if view.widget is None:
            view.widget = view.make()
            restore = getattr(view.widget, "restore_view", None)
            if callable(restore):
                restore(self._settings)
            self.stack.addWidget(view.widget)
        return view.widget

    def show_view(self, key: str) -> QWidget:
        """Bring the view called ``key`` to the front."""
        index = self.keys().index(key)
        if self.tabs.currentIndex() != index:
            self.tabs.setCurrentIndex(index)  # shows it through _show_index
        return self.widget(key)

    def set_badge(self, key: str, badge: str) -> None:
        """A short note after the view's title on its tab (an overdue count, say)."""
        index = self.keys().index(key)
        title = self._views[index].title()
        self.tabs.setTabText(index, f"{title} ({badge})" if badge else title)

    @Slot(int)
    def _show_index(self, index: int) -> None:
        if not 0 <= index < len(self._views):
            return
        view = self._views[index]
        widget = self.widget(view.key)
        self.stack.setCurrentWidget(widget)
        activated = getattr(widget, "view_activated", None)
        if callable(activated):
            activated()
        self.view_shown.emit(view.key)

    def save_views(self) -> None:
        """Remember each built view's choices, and which view was in front."""
        for view in self._views:
            save = getattr(view.widget, "save_view", None)
            if callable(save):
                save(self._settings)
        if self._views:
            self._settings.setValue("window/view", self.current_key())

    def restore_current(self) -> None:
        """Bring back the view that was in front last time."""
        key = self._settings.value("window/view", "")
        if key in self.keys():
            self.show_view(str(key))
