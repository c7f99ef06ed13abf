"""Settings → Nurturing plans: each plan's name and touches (day, kind, subject), saved undoably."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import ActivityKind
from crmdesk.domain.nurture import Plan, PlanStep
from crmdesk.gui.operations import nurture as ops
from crmdesk.gui.today.plan_steps import PlanStepsTable, kept, shown
from crmdesk.services import Services


class NurturePlansDialog(QDialog):
    """Plans on the left; the chosen plan's name and touches on the right."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Nurturing plans"))
        self.list = QListWidget()
        self.list.setObjectName("planList")
        self.list.currentRowChanged.connect(self._chosen)
        self.add_plan_button = QPushButton(self.tr("&Add plan"))
        self.add_plan_button.clicked.connect(self.add_plan)
        self.remove_plan_button = QPushButton(self.tr("Re&move plan"))
        self.remove_plan_button.clicked.connect(self.remove_plan)
        self.name = QLineEdit()
        self.name.setObjectName("planName")
        self.steps = PlanStepsTable()
        self.error = QLabel()
        self.error.setObjectName("plansError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        hint = QLabel(
            self.tr("A subject may name {contact} and {organization}. The day counts from "
                    "enrolling. Changes apply to deals enrolled from now on.")
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #667085;")
        self.save_button = QPushButton(self.tr("&Save plan"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setDefault(True)  # Enter in the name saves the plan
        for button in (self.add_plan_button, self.remove_plan_button):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        close = QPushButton(self.tr("&Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.setLayout(self._layout(hint, close))
        self._plans: list[Plan | None] = []  # None: a new plan not saved yet
        self._loaded: Plan | None = None
        self._current = -1
        self.reload()
        self.resize(900, 520)

    def _layout(self, hint: QLabel, close: QPushButton) -> QVBoxLayout:
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        plan_buttons = QHBoxLayout()
        plan_buttons.addWidget(self.add_plan_button)
        plan_buttons.addWidget(self.remove_plan_button)
        left.addLayout(plan_buttons)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        step_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add &touch"), self.add_step),
            (self.tr("Remove t&ouch"), self.remove_step),
            (self.tr("Move &up"), lambda: self.move_step(-1)),
            (self.tr("Move do&wn"), lambda: self.move_step(1)),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.steps, 1)
        right.addLayout(step_buttons)
        right.addWidget(hint)
        right.addWidget(self.error)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout()
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        return layout

    # -- the list of plans ---------------------------------------------------------------------

    def reload(self, select_key: str | None = None) -> None:
        """Show the plans as stored."""
        self._plans = list(self.services.nurture.plans())
        self.list.blockSignals(True)
        self.list.clear()
        for plan in self._plans:
            self.list.addItem(shown(plan.name) if plan else "")
        self.list.blockSignals(False)
        keys = [p.key if p else None for p in self._plans]
        row = keys.index(select_key) if select_key in keys else (0 if self._plans else -1)
        self._current = -1
        self.list.setCurrentRow(row)
        if row < 0:
            self._show(None)

    @Slot(int)
    def _chosen(self, row: int) -> None:
        if row == self._current:
            return
        if self._current >= 0 and self._dirty():
            chosen = self._plans[row] if 0 <= row < len(self._plans) else None
            if not self.save():
                self.list.blockSignals(True)
                self.list.setCurrentRow(self._current)  # stay until it is valid
                self.list.blockSignals(False)
                return
            keys = [p.key if p else None for p in self._plans]  # saving read the list again
            row = keys.index(chosen.key) if chosen is not None and chosen.key in keys else row
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
        self._current = row
        self._show(self._plans[row] if 0 <= row < len(self._plans) else None)

    @Slot()
    def add_plan(self) -> None:
        """A new plan with one touch to start from."""
        if self._current >= 0 and self._dirty() and not self.save():
            return
        self._plans.append(None)
        self.list.addItem(self.tr("New plan"))
        self.list.setCurrentRow(len(self._plans) - 1)
        self.name.setText(self.tr("New plan"))
        self.name.selectAll()
        self.name.setFocus()
        self.steps.set_steps(
            [PlanStep(ActivityKind.EMAIL, 0, self.tr("Hello {contact}"))], seeded=False
        )

    @Slot()
    def remove_plan(self) -> None:
        """Retire the chosen plan (deals in it carry on; Undo brings it back)."""
        plan = self._plans[self._current] if 0 <= self._current < len(self._plans) else None
        if plan is None:
            self.reload()
            return
        if ops.remove_plan(self.services, self, plan.key):
            self.reload()

    # -- the chosen plan -----------------------------------------------------------------------

    def _show(self, plan: Plan | None) -> None:
        self._loaded = plan
        self.error.setVisible(False)
        self.name.setText(shown(plan.name) if plan else "")
        self.steps.set_steps(list(plan.steps) if plan else [], seeded=plan is not None)
        editable = plan is not None or (0 <= self._current < len(self._plans))
        for widget in (self.name, self.steps, self.save_button, self.remove_plan_button):
            widget.setEnabled(editable)

    def typed_name(self) -> str:
        """The name as typed (a seeded one left alone stays seeded)."""
        return kept(self.name.text().strip(), self._loaded.name if self._loaded else None)

    def _dirty(self) -> bool:
        plan = self._loaded
        if plan is None:
            return 0 <= self._current < len(self._plans) and self._plans[self._current] is None
        return self.typed_name() != plan.name or tuple(self.steps.typed_steps()) != plan.steps

    def add_step(self) -> None:
        """A touch a week after the last one."""
        self.steps.add_step()

    def remove_step(self) -> None:
        """Take the selected touch out."""
        self.steps.remove_step()

    def move_step(self, direction: int) -> None:
        """Move the selected touch up (-1) or down (+1)."""
        self.steps.move_step(direction)

    @Slot()
    def save(self) -> bool:
        """Write the chosen plan (one undoable change); False, with the reason, if refused."""
        if not 0 <= self._current < len(self._plans):
            return True
        self.error.setVisible(False)
        key = self._loaded.key if self._loaded else None
        saved = ops.save_plan(self.services, self, key, self.typed_name(), self.steps.typed_steps())
        if saved is None:
            return False
        self.reload(saved.key)
        return True

    # -- feedback (gui.operations.feedback.Feedback) -------------------------------------------

    def show_status(self, message: str, msecs: int = 8000) -> None:
        """Nothing to say once saved: the list shows it."""

    def show_error(self, message: str) -> None:
        """Why the plan was not saved, under the table."""
        self.error.setText(message)
        self.error.setVisible(True)

    @Slot()
    def reject(self) -> None:
        """Close (Escape, Close, the title bar): save what was edited first; stay open if it
        cannot be saved as it is."""
        if self._dirty() and not self.save():
            return
        super().reject()
