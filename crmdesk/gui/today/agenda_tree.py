"""The agenda as a tree: a heading per section, a line per follow-up."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from crmdesk.domain.agenda import Agenda, AgendaItem, Section
from crmdesk.gui.messages import label_text
from crmdesk.gui.today.names import (
    local_day_time,
    local_time,
    reminder_short,
    section_name,
    touch_name,
)
from crmdesk.gui.widgets import plain_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole
NO_ID = -1  # headings and the "and N more" line: the role always holds an int
_FIT = QHeaderView.ResizeMode.ResizeToContents
COLORS = {Section.OVERDUE: QColor("#c92a2a"), Section.TODAY: QColor("#b7791f")}
COLUMNS = 7


class AgendaTree(QTreeWidget):
    """Overdue, today and the days ahead; Enter opens the deal of the current line."""

    open_requested = Signal(int)  # deal id

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("agendaTree")
        self.setColumnCount(COLUMNS)
        self.setHeaderLabels(
            [
                self.tr("Due"),
                self.tr("What"),
                self.tr("Follow-up"),
                self.tr("Deal"),
                self.tr("Organization"),
                self.tr("Contact"),
                self.tr("Reminder"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(False)
        # Due, kind, contact and reminder fit their text; the follow-up, the deal and the
        # organization share the rest (elided, whole in the tooltip): no sideways scrolling.
        for column in range(COLUMNS):
            mode = QHeaderView.ResizeMode.Stretch if column in (2, 3, 4) else _FIT
            header.setSectionResizeMode(column, mode)
        self._items: dict[int, AgendaItem] = {}
        self.itemDoubleClicked.connect(lambda item, _c: self._open(item))

    def fill(self, agenda: Agenda, days: int) -> None:
        """Show the agenda, keeping the current follow-up current if it is still there."""
        keep = self.current_id()
        self.clear()
        self._items = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for section in Section:
            items = agenda.section(section)
            count = agenda.total(section)
            heading = QTreeWidgetItem([f"{section_name(section, days)} ({count})"])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setData(0, ID_ROLE, NO_ID)
            if section in COLORS:
                heading.setForeground(0, QBrush(COLORS[section]))
            self.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for item in items:
                heading.addChild(self._line(item, section))
                self._items[item.activity_id] = item
            if count > len(items):
                more = QTreeWidgetItem(
                    [self.tr("… and %1 more").replace("%1", str(count - len(items)))]
                )
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                more.setData(0, ID_ROLE, NO_ID)
                heading.addChild(more)
                more.setFirstColumnSpanned(True)
            heading.setExpanded(True)
        if keep is None or not self.select_activity(keep):
            self.select_first()

    def _line(self, item: AgendaItem, section: Section) -> QTreeWidgetItem:
        due = local_day_time(item.due_at) if section != Section.TODAY else local_time(item.due_at)
        subject = item.subject
        if item.plan:
            subject = f"{subject}  ·  {label_text(item.plan)}"
        cells = [
            due,
            touch_name(item.kind),
            subject,
            item.deal_title,
            item.organization or "",
            item.contact or "",
            reminder_short(item.remind_before),
        ]
        line = QTreeWidgetItem(cells)
        line.setData(0, ID_ROLE, item.activity_id)
        for column, text in enumerate(cells):
            line.setToolTip(column, plain_tooltip(text))
        if section in COLORS:
            line.setForeground(0, QBrush(COLORS[section]))
        return line

    def is_follow_up(self, line: QTreeWidgetItem | None) -> bool:
        """Whether the line is a follow-up (not a heading)."""
        return self._id_of(line) is not None

    def item_of(self, activity_id: int) -> AgendaItem | None:
        """The follow-up shown with this id."""
        return self._items.get(activity_id)

    def current_id(self) -> int | None:
        """The activity of the current line (None on a heading)."""
        return self._id_of(self.currentItem())

    @staticmethod
    def _id_of(line: QTreeWidgetItem | None) -> int | None:
        value = line.data(0, ID_ROLE) if line is not None else NO_ID
        return int(value) if isinstance(value, int) and value != NO_ID else None

    def current(self) -> AgendaItem | None:
        """The follow-up of the current line."""
        activity_id = self.current_id()
        return self._items.get(activity_id) if activity_id is not None else None

    def ids(self) -> list[int]:
        """Every follow-up shown, top to bottom."""
        return list(self._items)

    def select_activity(self, activity_id: int) -> bool:
        """Make this follow-up's line current; False when it is not shown."""
        for top in range(self.topLevelItemCount()):
            heading = self.topLevelItem(top)
            assert heading is not None
            for row in range(heading.childCount()):
                line = heading.child(row)
                if line is not None and line.data(0, ID_ROLE) == activity_id:
                    self.setCurrentItem(line)
                    return True
        return False

    def select_first(self) -> None:
        """The first follow-up shown, if any."""
        ids = self.ids()
        if ids:
            self.select_activity(ids[0])

    def select_after(self, ids_before: list[int], gone: int) -> None:
        """After ``gone`` left the list, the line that followed it (or the one before)."""
        if gone not in ids_before:
            return
        index = ids_before.index(gone)
        for candidate in ids_before[index + 1 :] + list(reversed(ids_before[:index])):
            if self.select_activity(candidate):
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the deal; the rest is the tree's."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._open(self.currentItem())
            return
        super().keyPressEvent(event)

    def _open(self, line: QTreeWidgetItem | None) -> None:
        activity_id = self._id_of(line)
        item = self._items.get(activity_id) if activity_id is not None else None
        if item is not None:
            self.open_requested.emit(item.deal_id)
