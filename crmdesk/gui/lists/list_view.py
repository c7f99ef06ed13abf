"""A list view of the window: a search box, filters, a paged table; remembers its choices."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.gui.lists.paged_model import ListColumn, PagedModel
from crmdesk.gui.notices import NoticeRelay
from crmdesk.services import OpChanges

COUNT_CAP = 1000  # the counter says "1,000+" beyond: counting every match of a search is slow
Fetch = Callable[[dict[str, Any], str, bool, int, int], list[Any]]
Count = Callable[[dict[str, Any]], int]


class ListView(QWidget):
    """Rows of one noun, searched as the board is (each word starting a word, accents and case
    ignored), filtered by the combo boxes, sorted by a header click, columns chosen from the
    header's context menu; ``row_opened`` carries the id of a double-clicked row."""

    row_opened = Signal(int)

    def __init__(
        self,
        key: str,
        columns: Sequence[ListColumn],
        fetch: Fetch,
        count: Count,
        notices: NoticeRelay,
        filters: Sequence[tuple[str, QComboBox]] = (),
        default_sort: str = "name",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._fetch, self._count = fetch, count
        self._filters = list(filters)
        self._sort, self._descending = default_sort, False
        self.search = QLineEdit()
        self.search.setObjectName(f"{key}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)…"))
        self.counter = QLabel()
        self.model = PagedModel(columns, self._page, self._total)
        self.table = QTableView()
        self.table.setObjectName(f"{key}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        for n in range(len(columns)):
            header.resizeSection(n, 240 if n == 0 else 170 if n < 3 else 115)
        self.table.setWordWrap(False)
        header.sectionClicked.connect(self._sort_by)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        self.table.doubleClicked.connect(self._open)
        for enter_key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(enter_key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._open(self.table.currentIndex()))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for label, combo in self._filters:
            combo.setToolTip(label)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
            bar.addWidget(combo, 1)
        bar.addWidget(self.counter)
        self.toolbar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        notices.changed.connect(self._on_change)
        self._stale = True

    # -- reading -------------------------------------------------------------------------------

    def choices(self) -> dict[str, Any]:
        """The search and every filter's current value."""
        values: dict[str, Any] = {"search": self.search.text()}
        for _label, combo in self._filters:
            values[combo.objectName()] = combo.currentData()
        return values

    def _page(self, offset: int, limit: int) -> list[Any]:
        return self._fetch(self.choices(), self._sort, self._descending, offset, limit)

    def _total(self) -> int:
        return self._count(self.choices())

    @Slot()
    def reload(self) -> None:
        """Read the first page again and say how many rows match."""
        self.model.reload()
        self._stale = False
        total = self.model.total()
        if total > COUNT_CAP:
            self.counter.setText(self.tr("%1+ rows").replace("%1", QLocale().toString(COUNT_CAP)))
        else:
            self.counter.setText(self.tr("%n row(s)", "", total))

    def view_activated(self) -> None:
        """Brought to the front: refresh if something changed meanwhile."""
        if self._stale:
            self.reload()

    @Slot(object)
    def _on_change(self, _notice: OpChanges) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # -- choices -------------------------------------------------------------------------------

    @Slot(int)
    def _sort_by(self, section: int) -> None:
        column = self.model.columns[section]
        if column.sort is None:
            return
        if column.sort == self._sort:
            self._descending = not self._descending
        else:
            self._sort, self._descending = column.sort, False
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(section, order)
        self.reload()

    @Slot(object)
    def _choose_columns(self, point: Any) -> None:
        menu = QMenu(self)
        for n, column in enumerate(self.model.columns):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(n))
            action.toggled.connect(lambda on, n=n: self.table.setColumnHidden(n, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(point))

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_opened.emit(self.model.row_at(index.row()).id)

    def selected_ids(self) -> list[int]:
        """The ids of the selected rows."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    # -- remembered between sessions -----------------------------------------------------------

    def save_view(self, settings: QSettings) -> None:
        """Remember the sort, the filters, the hidden columns."""
        prefix = f"lists/{self.key}"
        settings.setValue(f"{prefix}/sort", self._sort)
        settings.setValue(f"{prefix}/descending", self._descending)
        settings.setValue(f"{prefix}/search", self.search.text())
        for _label, combo in self._filters:
            settings.setValue(f"{prefix}/filter/{combo.objectName()}", combo.currentIndex())
        hidden = [c.key for n, c in enumerate(self.model.columns) if self.table.isColumnHidden(n)]
        settings.setValue(f"{prefix}/hidden", ",".join(hidden))

    def restore_view(self, settings: QSettings) -> None:
        """Bring back what :meth:`save_view` remembered."""
        prefix = f"lists/{self.key}"
        self._sort = str(settings.value(f"{prefix}/sort", self._sort))
        self._descending = str(settings.value(f"{prefix}/descending", "false")) == "true"
        for _label, combo in self._filters:
            index = int(str(settings.value(f"{prefix}/filter/{combo.objectName()}", 0) or 0))
            if 0 <= index < combo.count():
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(str(settings.value(f"{prefix}/search", "") or ""))
        self.search.blockSignals(False)
        hidden = set(str(settings.value(f"{prefix}/hidden", "") or "").split(","))
        for n, column in enumerate(self.model.columns):
            self.table.setColumnHidden(n, column.key in hidden)
        self.reload()
