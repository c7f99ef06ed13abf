"""Settings → Qualification: each gate's criteria, edited in place, every change undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.entities import Criterion
from crmdesk.domain.enums import Gate
from crmdesk.domain.errors import DomainError
from crmdesk.gui.dialogs.gate_dialog import gate_name
from crmdesk.gui.messages import error_text, label_text
from crmdesk.services import Services

ID_ROLE = Qt.ItemDataRole.UserRole


class GateCriteria(QWidget):
    """One gate's criteria: a list to reorder by dragging, and the selected one's details."""

    def __init__(self, services: Services, gate: Gate) -> None:
        super().__init__()
        self.services, self.gate = services, gate
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAccessibleName(self.tr("Criteria of %1").replace("%1", gate_name(gate)))
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.list.model().rowsMoved.connect(self._moved)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("What must be true, in a sentence"))
        self.label.editingFinished.connect(self._renamed)
        self.required = QCheckBox(self.tr("&Required to pass the gate"))
        self.required.toggled.connect(self._required_toggled)
        self.active = QCheckBox(self.tr("&Active (untick to retire: answers already given stay)"))
        self.active.toggled.connect(self._active_toggled)
        self.add = QPushButton(self.tr("&Add criterion"))
        self.add.clicked.connect(self.add_criterion)
        self.remove = QPushButton(self.tr("Re&move"))
        self.remove.clicked.connect(self.remove_selected)
        for button in (self.add, self.remove):
            button.setAutoDefault(False)  # Enter in the wording saves it, it adds nothing
        self.error = QLabel()
        self.error.setObjectName("criteriaError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Wording:"), self.label)
        form.addRow("", self.required)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Drag to reorder. Changes apply to the next gate crossing."))
        hint.setStyleSheet("color: #667085;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._criteria: list[Criterion] = []
        self.reload()

    # -- showing ---------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Show the gate's criteria as stored, keeping (or setting) the selection."""
        current = select if select is not None else self.selected_id()
        self._criteria = self.services.settings.criteria(self.gate, active_only=False)
        self.list.blockSignals(True)
        self.list.clear()
        for criterion in self._criteria:
            item = QListWidgetItem(self._item_text(criterion))
            item.setData(ID_ROLE, criterion.id)
            if not criterion.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            if criterion.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def _item_text(self, criterion: Criterion) -> str:
        tags = [self.tr("required") if criterion.required else self.tr("optional")]
        if not criterion.active:
            tags.append(self.tr("retired"))
        return f"{label_text(criterion.label)}   ({', '.join(tags)})"

    def selected_id(self) -> int | None:
        """The selected criterion's id."""
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def selected(self) -> Criterion | None:
        """The selected criterion."""
        chosen = self.selected_id()
        return next((c for c in self._criteria if c.id == chosen), None)

    def select(self, key: str) -> None:
        """Select a criterion by key."""
        criterion = next(c for c in self._criteria if c.key == key)
        self.reload(select=criterion.id)

    def _show_selected(self) -> None:
        criterion = self.selected()
        for widget in (self.label, self.required, self.active, self.remove):
            widget.setEnabled(criterion is not None)
        for box in (self.required, self.active):
            box.blockSignals(True)
        self.label.setText(label_text(criterion.label) if criterion else "")
        self.required.setChecked(bool(criterion and criterion.required))
        self.active.setChecked(bool(criterion and criterion.active))
        for box in (self.required, self.active):
            box.blockSignals(False)

    # -- changing --------------------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        self.error.clear()
        try:
            action()
        except DomainError as error:
            self.error.setText(error_text(error))
            self.reload()
            return False
        return True

    @Slot()
    def _renamed(self) -> None:
        criterion = self.selected()
        text = self.label.text()
        if criterion is None or text.strip() == label_text(criterion.label):
            return
        if self._run(lambda: self.services.criteria.rename(criterion.id, text)):
            self.reload()

    @Slot(bool)
    def _required_toggled(self, required: bool) -> None:
        criterion = self.selected()
        if criterion is not None and self._run(
            lambda: self.services.criteria.set_required(criterion.id, required)
        ):
            self.reload()

    @Slot(bool)
    def _active_toggled(self, active: bool) -> None:
        criterion = self.selected()
        if criterion is not None and self._run(
            lambda: self.services.criteria.set_active(criterion.id, active)
        ):
            self.reload()

    @Slot()
    def add_criterion(self) -> None:
        """Add a new optional criterion and put the cursor in its wording."""
        added: list[Criterion] = []
        if self._run(lambda: added.append(
                self.services.criteria.add(self.gate, self.tr("New criterion")))):  # fmt: skip
            self.reload(select=added[0].id)
            self.label.setFocus()
            self.label.selectAll()

    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected criterion (refused, with the reason, once it has answers)."""
        criterion = self.selected()
        if criterion is not None and self._run(lambda: self.services.criteria.remove(criterion.id)):
            self.reload()

    @Slot()
    def _moved(self, *_: QModelIndex | int) -> None:
        ids = [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]
        if self._run(lambda: self.services.criteria.reorder(self.gate, ids)):
            self.reload()


class QualificationSettings(QDialog):
    """The criteria of both gates, one tab each."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Qualification criteria"))
        self.gates = {gate: GateCriteria(services, gate) for gate in Gate}
        tabs = QTabWidget()
        for gate, page in self.gates.items():
            tabs.addTab(page, gate_name(gate))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # No default button: Enter in a wording saves the wording and leaves the dialog open.
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        intro = QLabel(
            self.tr(
                "A card passes a gate when every required criterion is ticked (or with an "
                "override reason). Every change here can be undone from the Edit menu."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)
