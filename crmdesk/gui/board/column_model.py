"""One board column as a list model that fetches its cards from SQL a page at a time."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crmdesk.domain.board import BoardFilter
from crmdesk.domain.entities import CardRow, ColumnTotals
from crmdesk.domain.enums import BoardSort, Stage
from crmdesk.services import Services

DEAL_IDS_MIME = "application/x-crmdesk-deal-ids"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 30

Index = QModelIndex | QPersistentModelIndex


def encode_ids(ids: Sequence[int]) -> QMimeData:
    """Deal ids as the board's private drag payload."""
    mime = QMimeData()
    mime.setData(DEAL_IDS_MIME, QByteArray(json.dumps(list(ids)).encode()))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    """The deal ids a drag carries ([] when it is not ours or is malformed)."""
    if not mime.hasFormat(DEAL_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(DEAL_IDS_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
        return []
    return ids


class ColumnModel(QAbstractListModel):
    """Cards of one stage under the board's filter and the column's sort, loaded on demand."""

    totals_changed = Signal()

    def __init__(self, services: Services, stage: Stage, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._services = services
        self.stage = stage
        self.page_size = page_size
        self._filter = BoardFilter()
        self._sort = BoardSort.MANUAL
        self._cards: list[CardRow] = []
        self._totals = ColumnTotals(stage, 0, (), ())

    # -- what the column shows -----------------------------------------------------------------

    @property
    def totals(self) -> ColumnTotals:
        """Count and sums of the whole column under the current filter."""
        return self._totals

    @property
    def board_sort(self) -> BoardSort:
        """The column's order."""
        return self._sort

    @property
    def board_filter(self) -> BoardFilter:
        """The filter the column shows."""
        return self._filter

    def cards(self) -> list[CardRow]:
        """The cards loaded so far, in order."""
        return list(self._cards)

    def card(self, row: int) -> CardRow:
        """The card at ``row``."""
        return self._cards[row]

    def row_of(self, deal_id: int) -> int:
        """The row of a deal, or -1 when it is not loaded."""
        for row, card in enumerate(self._cards):
            if card.id == deal_id:
                return row
        return -1

    def set_view(self, board_filter: BoardFilter, sort: BoardSort, totals: ColumnTotals) -> None:
        """Show another filter or order: start again from the first page."""
        self._filter, self._sort = board_filter, BoardSort(sort)
        self.reload(totals, keep_loaded=False)

    def reload(self, totals: ColumnTotals, *, keep_loaded: bool = True) -> None:
        """Re-read the cards (as many as were loaded, to keep the scroll position)."""
        wanted = max(self.page_size, len(self._cards)) if keep_loaded else self.page_size
        wanted = min(wanted, totals.count)
        cards = self._fetch(0, wanted) if wanted else []
        self.beginResetModel()
        self._cards = cards
        self._totals = totals
        self.endResetModel()
        self.totals_changed.emit()

    def _fetch(self, offset: int, limit: int) -> list[CardRow]:
        cards: list[CardRow] = []
        while limit > 0:
            page = self._services.board.column(
                self.stage, self._filter, self._sort, offset, min(limit, 1000)
            )
            cards.extend(page)
            if len(page) < min(limit, 1000):
                break
            offset, limit = offset + len(page), limit - len(page)
        return cards

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Cards loaded so far."""
        return 0 if parent.isValid() else len(self._cards)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Whether the column holds more cards than are loaded."""
        return not parent.isValid() and len(self._cards) < self._totals.count

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Load the next page."""
        if parent.isValid():
            return
        page = self._fetch(len(self._cards), self.page_size)
        known = {c.id for c in self._cards}
        page = [c for c in page if c.id not in known]
        if not page:
            # The database has fewer cards than the totals said: stop asking.
            self._totals = ColumnTotals(
                self.stage,
                len(self._cards),
                self._totals.value_by_currency,
                self._totals.weighted_by_currency,
            )
            return
        first = len(self._cards)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._cards.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The card, its id, or its title."""
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cards can be selected and dragged; the column accepts drops between them."""
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        """Cards move; they are never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Cards move; they are never copied."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """The board's private type only."""
        return [DEAL_IDS_MIME]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        """The dragged cards' deal ids, in column order."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self._cards[r].id for r in rows])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Accept the board's own drags."""
        return bool(decode_ids(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Drops are handled by the view through the move controller, never by the model."""
        return False
