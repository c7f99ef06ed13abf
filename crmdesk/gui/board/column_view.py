"""A board column: its header (name, count, totals, sort) over a list of cards."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
)

from crmdesk.domain.enums import BoardSort, Stage
from crmdesk.gui.board.card_delegate import CardDelegate
from crmdesk.gui.board.column_model import CARD_ROLE, ColumnModel, decode_ids
from crmdesk.gui.formatting import format_totals, plural
from crmdesk.gui.names import name
from crmdesk.gui.widgets import ElidedCombo
from crmdesk.services.context import Clock

translate = QCoreApplication.translate


def stage_name(stage: Stage) -> str:
    """A stage as the user reads it."""
    return name(Stage(stage))


def sort_names() -> dict[BoardSort, str]:
    """The column orders as the user reads them."""
    return {sort: name(sort) for sort in BoardSort}


class CardList(QListView):
    """The cards of a column; dropping cards on it asks for a move."""

    drop_requested = Signal(list, str, object, object)  # ids, stage, before_id, after_id
    open_requested = Signal(int)
    tooltip_requested = Signal(int)
    neighbour_requested = Signal(int)  # -1 left, +1 right

    def __init__(self, model: ColumnModel, clock: Clock | None = None) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self, clock))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.doubleClicked.connect(self._open)
        self.setAccessibleName(stage_name(model.stage))

    def column_model(self) -> ColumnModel:
        """The model of this column."""
        model = self.model()
        assert isinstance(model, ColumnModel)
        return model

    def selected_ids(self) -> list[int]:
        """The selected cards' deal ids, in column order."""
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        return [self.column_model().card(r).id for r in rows]

    def current_id(self) -> int | None:
        """The focused card's deal id."""
        index = self.currentIndex()
        return index.data(CARD_ROLE).id if index.isValid() else None

    def select_ids(self, ids: list[int]) -> None:
        """Select these deals where they are loaded; focus the first."""
        model = self.column_model()
        selection = self.selectionModel()
        selection.clearSelection()
        first = None
        for deal_id in ids:
            row = model.row_of(deal_id)
            if row >= 0:
                index = model.index(row)
                selection.select(index, selection.SelectionFlag.Select)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            self.scrollTo(first)

    # -- dragging out --------------------------------------------------------------------------

    def startDrag(self, supported: Qt.DropAction) -> None:
        """Drag the selected cards; what happens is decided where they are dropped."""
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.column_model().mimeData(indexes))
        current = self.currentIndex() if self.currentIndex().isValid() else indexes[0]
        pixmap = self.viewport().grab(self.visualRect(current))
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(pixmap.width() // 2, 12))
        drag.exec(Qt.DropAction.MoveAction)

    # -- dropping in ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept only the board's own cards, as a move whatever the drag proposed (the view's
        own handling runs first: it refuses an event accepted before it)."""
        if decode_ids(event.mimeData()):
            super().dragEnterEvent(event)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Show where the cards would land."""
        if decode_ids(event.mimeData()):
            super().dragMoveEvent(event)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask for the move; the column redraws from the change notice, not from a guess."""
        row = self.drop_row(event.position().toPoint())
        mime = event.mimeData()
        event.setDropAction(Qt.DropAction.CopyAction)  # the source must never remove rows
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        self.drop_mime(mime, row)

    def drop_row(self, point: QPoint) -> int:
        """The row the cards would be inserted before, for a drop at ``point``."""
        index = self.indexAt(point)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if point.y() > rect.center().y() else 0)

    def drop_mime(self, mime: QMimeData, row: int) -> None:
        """The drop seam: cards carried by ``mime`` land before ``row`` of this column."""
        ids = decode_ids(mime)
        if not ids:
            return
        model = self.column_model()
        cards = model.cards()
        # Anchor on the nearest card that is not itself being moved.
        before = next((c.id for c in cards[row:] if c.id not in ids), None)
        after = None
        if before is None:
            after = next((c.id for c in reversed(cards[:row]) if c.id not in ids), None)
        self.drop_requested.emit(ids, model.stage.value, before, after)

    # -- keyboard and tooltips -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the focused deal; the rest is the list's own navigation."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(CARD_ROLE).id)

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips ask the board for the score explanation of the card under the mouse."""
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            index = self.indexAt(event.pos())
            if index.isValid():
                self._tooltip_pos = event.globalPos()
                self.tooltip_requested.emit(index.data(CARD_ROLE).id)
                return True
            QToolTip.hideText()
        return super().viewportEvent(event)

    def show_tooltip(self, text: str) -> None:
        """Show ``text`` where the mouse asked for a tooltip."""
        QToolTip.showText(getattr(self, "_tooltip_pos", self.mapToGlobal(QPoint())), text, self)


class ColumnHeader(QFrame):
    """Name, count and totals of a column, and its sort order."""

    sort_chosen = Signal(str)

    def __init__(self, stage: Stage) -> None:
        super().__init__()
        self.stage = stage
        self.setObjectName("columnHeader")
        self.title = QLabel(stage_name(stage))
        self.title.setObjectName("columnTitle")
        self.count = QLabel("0")
        self.count.setObjectName("columnCount")
        self.total = QLabel()
        self.total.setObjectName("columnTotal")
        self.weighted = QLabel()
        self.weighted.setObjectName("columnWeighted")
        self.weighted.setText(" ")  # every header as tall as the Opportunity one
        self.sort = ElidedCombo(7)
        self.sort.setAccessibleName(
            translate("Board", "Order of the %1 column").replace("%1", stage_name(stage))
        )
        for key, shown in sort_names().items():
            self.sort.addItem(shown, key.value)
        self.sort.currentIndexChanged.connect(
            lambda _i: self.sort_chosen.emit(self.sort.currentData())
        )
        self.title.setMinimumWidth(0)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()  # the name takes what the order menu leaves
        top.addWidget(self.title, 1)
        top.addWidget(self.sort)
        sums = QHBoxLayout()
        sums.addWidget(self.count)
        sums.addWidget(self.total, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(sums)
        layout.addWidget(self.weighted)

    def set_sort(self, sort: BoardSort) -> None:
        """Show ``sort`` as chosen without announcing it."""
        self.sort.blockSignals(True)
        self.sort.setCurrentIndex(max(0, self.sort.findData(BoardSort(sort).value)))
        self.sort.blockSignals(False)

    def show_totals(self, model: ColumnModel) -> None:
        """Count and totals of the whole column (not only the loaded cards)."""
        totals = model.totals
        self.count.setText(
            plural(totals.count, translate("Board", "%1 deal"), translate("Board", "%1 deals"))
        )
        # Three significant digits in the header, every đồng in the tooltip.
        self.total.setText(format_totals(totals.value_by_currency))
        self.total.setToolTip(
            translate("Board", "Total, exactly: %1").replace(
                "%1", format_totals(totals.value_by_currency, compact=False)
            )
        )
        if self.stage == Stage.OPPORTUNITY:
            self.weighted.setText(
                translate("Board", "Weighted: %1").replace(
                    "%1", format_totals(totals.weighted_by_currency)
                )
            )
            self.weighted.setToolTip(
                translate("Board", "Weighted, exactly: %1").replace(
                    "%1", format_totals(totals.weighted_by_currency, compact=False)
                )
            )


class Column(QFrame):
    """Header and card list of one stage."""

    def __init__(self, model: ColumnModel, clock: Clock | None = None) -> None:
        super().__init__()
        self.setObjectName("column")
        self.model = model
        self.header = ColumnHeader(model.stage)
        self.cards = CardList(model, clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.cards, 1)
        model.totals_changed.connect(lambda: self.header.show_totals(model))


class DropZone(QFrame):
    """Won or Lost: a target for cards, showing how many deals ended there."""

    drop_requested = Signal(list, str, object, object)
    clicked = Signal()  # opens the Deals list filtered to this outcome

    def __init__(self, stage: Stage) -> None:
        super().__init__()
        self.stage = stage
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName("dropZone" + stage.value.title())
        self.setAcceptDrops(True)
        self.setAccessibleName(stage_name(stage))
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.setMinimumHeight(64)
        self.set_hover(False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click lists the deals that ended here."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def set_hover(self, hover: bool) -> None:
        """Highlight while cards are dragged over the zone."""
        self.setProperty("hover", hover)
        self.style().unpolish(self)
        self.style().polish(self)

    def show_summary(self, count: int, total: str) -> None:
        """The zone's name, how many deals ended here and their value."""
        hint = translate("Board", "Drop cards here")
        self.label.setText(
            f"<b>{stage_name(self.stage)}</b><br>"
            + plural(count, translate("Board", "%1 deal"), translate("Board", "%1 deals"))
            + f" · {total}<br><span style='color:#667085'>{hint}</span>"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept the board's cards."""
        if decode_ids(event.mimeData()):
            event.acceptProposedAction()
            self.set_hover(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:
        """Stop highlighting."""
        self.set_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask for the move to this outcome."""
        self.set_hover(False)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.drop_mime(event.mimeData())

    def drop_mime(self, mime: QMimeData) -> None:
        """The drop seam of the zone."""
        ids = decode_ids(mime)
        if ids:
            self.drop_requested.emit(ids, self.stage.value, None, None)
