"""A table model over SQL pages: it holds the rows fetched so far, never the whole file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE = 100
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ListColumn:
    """A column: its key (remembered in settings), title, text of a row, sort key or None."""

    key: str
    title: Callable[[], str]
    text: Callable[[Any], str]
    sort: str | None = None
    align_right: bool = False


class PagedModel(QAbstractTableModel):
    """Rows of ``fetch(offset, limit)``, a page more whenever the view scrolls to the end."""

    def __init__(
        self,
        columns: Sequence[ListColumn],
        fetch: Callable[[int, int], list[Any]],
        count: Callable[[], int],
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self._fetch, self._count = fetch, count
        self._rows: list[Any] = []
        self._total = 0
        self._more = True

    def reload(self) -> None:
        """Read the first page again (the filter, the sort or the data changed)."""
        self.beginResetModel()
        self._rows = self._fetch(0, PAGE)
        self._more = len(self._rows) == PAGE
        self._total = self._count() if self._more else len(self._rows)
        self.endResetModel()

    def total(self) -> int:
        """How many rows the filter shows in the whole file."""
        return self._total

    def row_at(self, row: int) -> Any:
        """The immutable row shown at ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._fetch(len(self._rows), PAGE)
        self._more = len(page) == PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None
