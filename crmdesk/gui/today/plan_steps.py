"""The touches of a plan as a table: day (a spin box), kind (a list), subject (typed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from crmdesk.domain.enums import ActivityKind
from crmdesk.domain.nurture import MAX_OFFSET_DAYS, TOUCH_KINDS, PlanStep
from crmdesk.gui.messages import label_text
from crmdesk.gui.today.names import touch_name


def shown(stored: str) -> str:
    """A stored word as the user reads it (a seeded one translated)."""
    return label_text(stored)


def kept(typed: str, stored: str | None) -> str:
    """A seeded word left as shown stays the seeded English (still translated at display)."""
    return stored if stored is not None and typed == shown(stored) else typed


class PlanStepsTable(QTableWidget):
    """The touches being edited; seeded subjects left alone stay seeded."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setObjectName("planSteps")
        self.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Touch"), self.tr("Subject")])
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def set_steps(self, steps: list[PlanStep], *, seeded: bool) -> None:
        """Show these touches (``seeded``: as stored, their seeded words translated)."""
        self.setRowCount(0)
        for step in steps:
            self.add_row(step, seeded=seeded)

    def add_row(self, step: PlanStep, *, seeded: bool) -> None:
        """One more touch at the end (``seeded``: its subject is a stored one, translated)."""
        row = self.rowCount()
        self.insertRow(row)
        day = QSpinBox()
        day.setRange(0, MAX_OFFSET_DAYS)
        day.setValue(step.day_offset)
        day.setAccessibleName(self.tr("Day"))
        kind = QComboBox()
        for k in TOUCH_KINDS:
            kind.addItem(touch_name(k), k.value)
        kind.setCurrentIndex(max(0, kind.findData(ActivityKind(step.kind).value)))
        self.setCellWidget(row, 0, day)
        self.setCellWidget(row, 1, kind)
        subject = QTableWidgetItem(shown(step.subject) if seeded else step.subject)
        subject.setData(Qt.ItemDataRole.UserRole, step.subject if seeded else "")  # never None
        self.setItem(row, 2, subject)

    def typed_steps(self) -> list[PlanStep]:
        """The touches as the table shows them (seeded subjects left alone stay seeded)."""
        steps = []
        for row in range(self.rowCount()):
            day = self.cellWidget(row, 0)
            kind = self.cellWidget(row, 1)
            item = self.item(row, 2)
            assert isinstance(day, QSpinBox) and isinstance(kind, QComboBox)
            text = item.text().strip() if item else ""
            stored = (item.data(Qt.ItemDataRole.UserRole) or None) if item else None
            steps.append(
                PlanStep(ActivityKind(kind.currentData()), day.value(), kept(text, stored))
            )
        return steps

    def add_step(self) -> None:
        """A touch a week after the last one."""
        steps = self.typed_steps()
        last = steps[-1].day_offset if steps else -7
        self.add_row(
            PlanStep(ActivityKind.NEWSLETTER, min(MAX_OFFSET_DAYS, last + 7), ""), seeded=False
        )
        self.setCurrentCell(self.rowCount() - 1, 2)
        self.editItem(self._note_item(self.rowCount() - 1))

    def _note_item(self, row: int) -> QTableWidgetItem:
        item = self.item(row, 2)
        assert item is not None  # add_row() fills every cell
        return item

    def remove_step(self) -> None:
        """Take the selected touch out."""
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)

    def move_step(self, direction: int) -> None:
        """Move the selected touch up (-1) or down (+1)."""
        row = self.currentRow()
        target = row + direction
        if row < 0 or not 0 <= target < self.rowCount():
            return
        rows = [self._row_state(r) for r in range(self.rowCount())]
        rows[row], rows[target] = rows[target], rows[row]
        self.setRowCount(0)
        for step, stored in rows:
            self.add_row(step, seeded=False)
            self._note_item(self.rowCount() - 1).setData(Qt.ItemDataRole.UserRole, stored or "")
        self.setCurrentCell(target, 2)

    def _row_state(self, row: int) -> tuple[PlanStep, str | None]:
        item = self.item(row, 2)
        step = self.typed_steps()[row]
        stored = (item.data(Qt.ItemDataRole.UserRole) or None) if item else None
        return PlanStep(step.kind, step.day_offset, item.text() if item else ""), stored
