"""Settings → Pipeline: sub-stage probabilities, stale limits and the lost reasons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.entities import LostReason
from crmdesk.domain.enums import OPEN_STAGES, SubStage
from crmdesk.domain.errors import DomainError
from crmdesk.gui.board.card_delegate import sub_stage_name
from crmdesk.gui.board.column_view import stage_name
from crmdesk.gui.messages import error_text, label_text
from crmdesk.services import Services

ID_ROLE = Qt.ItemDataRole.UserRole


class PipelineSettings(QDialog):
    """Each change is saved (and undoable) as soon as it is made."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Pipeline"))
        self.error = QLabel()
        self.error.setObjectName("pipelineError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self._probability_box())
        row.addWidget(self._stale_box())
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self._lost_box(), 1)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # No default button: Enter in a wording saves the wording and leaves the dialog open.
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _run(self, action: Callable[[], object]) -> bool:
        self.error.clear()
        try:
            action()
        except DomainError as error:
            self.error.setText(error_text(error))
            return False
        return True

    def _probability_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Win probability by sub-stage"))
        form = QFormLayout(box)
        self.probabilities: dict[SubStage, QSpinBox] = {}
        for sub, value in self.services.settings.probabilities().items():
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setKeyboardTracking(False)
            spin.setValue(value)
            spin.valueChanged.connect(lambda v, s=sub: self._probability_changed(s, v))
            form.addRow(sub_stage_name(sub) + ":", spin)
            self.probabilities[sub] = spin
        self.order_warning = QLabel()
        self.order_warning.setObjectName("probabilityOrderWarning")
        self.order_warning.setStyleSheet("color: #a84300;")
        self.order_warning.setWordWrap(True)
        self.order_warning.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.order_warning)
        self._check_order()
        return box

    def _probability_changed(self, sub_stage: SubStage, value: int) -> None:
        self._run(lambda: self.services.settings.set_probability(sub_stage, value))
        self._check_order()

    def _check_order(self) -> None:
        """Warn (the values are saved all the same) when a later sub-stage wins less often than
        an earlier one: the chances are meant to rise as a deal moves along."""
        sentences = []
        highest: tuple[SubStage, int] | None = None
        for sub in SubStage:  # in pipeline order
            value = self.probabilities[sub].value()
            if highest is not None and value < highest[1]:
                sentences.append(
                    self.tr("%1 (%2 %) is below %3 (%4 %), which comes before it.")
                    .replace("%1", sub_stage_name(sub))
                    .replace("%2", str(value))
                    .replace("%3", sub_stage_name(highest[0]))
                    .replace("%4", str(highest[1]))
                )
            if highest is None or value > highest[1]:
                highest = (sub, value)
        if sentences:
            sentences.append(self.tr("Win chances usually rise stage by stage."))
        self.order_warning.setText(" ".join(sentences))
        self.order_warning.setVisible(bool(sentences))

    def _stale_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stale after, without activity"))
        form = QFormLayout(box)
        self.stale = {}
        for stage, days in self.services.settings.stale_limits().items():
            spin = QSpinBox()
            spin.setRange(1, 3650)
            spin.setSuffix(self.tr(" days"))
            spin.setKeyboardTracking(False)
            spin.setValue(days)
            spin.valueChanged.connect(lambda _v: self._stale_changed())
            form.addRow(stage_name(stage) + ":", spin)
            self.stale[stage] = spin
        return box

    def _stale_changed(self) -> None:
        limits = {stage: self.stale[stage].value() for stage in OPEN_STAGES}
        self._run(lambda: self.services.settings.set_stale_limits(limits))

    def _lost_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lost reasons"))
        self.reasons = QListWidget()
        self.reasons.currentItemChanged.connect(lambda *_: self._show_reason())
        self.reason_label = QLineEdit()
        self.reason_label.editingFinished.connect(self._renamed)
        self.needs_note = QCheckBox(self.tr("Needs a note"))
        self.needs_note.toggled.connect(lambda on: self._edit_reason(needs_note=on))
        self.reason_active = QCheckBox(self.tr("Offered (untick to retire)"))
        self.reason_active.toggled.connect(lambda on: self._edit_reason(active=on))
        add = QPushButton(self.tr("&Add reason"))
        add.clicked.connect(self.add_reason)
        add.setAutoDefault(False)  # Enter in the wording saves it, it adds nothing
        form = QFormLayout()
        form.addRow(self.tr("Wording:"), self.reason_label)
        form.addRow("", self.needs_note)
        form.addRow("", self.reason_active)
        form.addRow("", add)
        layout = QHBoxLayout(box)
        layout.addWidget(self.reasons, 1)
        layout.addLayout(form, 1)
        self._reload_reasons()
        return box

    def _reload_reasons(self, select: int | None = None) -> None:
        current = select if select is not None else self._reason_id()
        self._reasons: list[LostReason] = self.services.settings.lost_reasons(active_only=False)
        self.reasons.blockSignals(True)
        self.reasons.clear()
        for reason in self._reasons:
            text = label_text(reason.label) + ("" if reason.active else self.tr("  (retired)"))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, reason.id)
            self.reasons.addItem(item)
            if reason.id == current:
                self.reasons.setCurrentItem(item)
        self.reasons.blockSignals(False)
        if self.reasons.currentItem() is None and self.reasons.count():
            self.reasons.setCurrentRow(0)
        self._show_reason()

    def _reason_id(self) -> int | None:
        item = self.reasons.currentItem() if hasattr(self, "reasons") else None
        return item.data(ID_ROLE) if item is not None else None

    def _show_reason(self) -> None:
        reason = next((r for r in self._reasons if r.id == self._reason_id()), None)
        for box in (self.needs_note, self.reason_active):
            box.blockSignals(True)
        self.reason_label.setText(label_text(reason.label) if reason else "")
        self.needs_note.setChecked(bool(reason and reason.needs_note))
        self.reason_active.setChecked(bool(reason and reason.active))
        for box in (self.needs_note, self.reason_active):
            box.blockSignals(False)

    def _edit_reason(
        self,
        *,
        label: str | None = None,
        needs_note: bool | None = None,
        active: bool | None = None,
    ) -> None:
        reason_id = self._reason_id()
        if reason_id is not None and self._run(
            lambda: self.services.settings.edit_lost_reason(
                reason_id, label=label, needs_note=needs_note, active=active
            )
        ):
            self._reload_reasons()

    @Slot()
    def _renamed(self) -> None:
        reason = next((r for r in self._reasons if r.id == self._reason_id()), None)
        if reason is not None and self.reason_label.text().strip() != label_text(reason.label):
            self._edit_reason(label=self.reason_label.text())

    @Slot()
    def add_reason(self) -> None:
        """Add a reason to the list and start editing its wording."""
        if self._run(lambda: self.services.settings.add_lost_reason(self.tr("New reason"))):
            self._reload_reasons(
                select=self.services.settings.lost_reasons(active_only=False)[-1].id
            )
            self.reason_label.setFocus()
            self.reason_label.selectAll()
