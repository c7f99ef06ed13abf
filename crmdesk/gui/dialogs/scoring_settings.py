"""Settings → Scoring: rule points and caps, the ideal customer, decay and temperature."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import Temperature
from crmdesk.domain.errors import DomainError
from crmdesk.domain.scoring import ScoringConfig, ScoringRule
from crmdesk.gui.board.card_delegate import TEMPERATURE_COLORS, temperature_name
from crmdesk.gui.messages import error_text, label_text
from crmdesk.gui.widgets import plain_label
from crmdesk.services import Services

NO_CAP = 0  # the cap spin box's "none"
SETTLE_MS = 400  # a burst of spin-box clicks is stored once, this long after the last one


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = _SettlingSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)  # one change per value, not per keystroke
    return spin


class _SettlingSpinBox(QSpinBox):
    """A spin box whose typed value (Enter, or leaving the field) counts as settled."""


class ScoringSettings(QDialog):
    """Each change is saved (and undoable) as soon as it is made; the preview follows."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # Spin-box clicks come in bursts: each change waits here (one per rule or setting) until
        # the value settles, then is stored as one undo step and one background re-score.
        self._pending: dict[str, Callable[[], None]] = {}
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.commit_pending)
        self.setWindowTitle(self.tr("Scoring"))
        self.error = QLabel()
        self.error.setObjectName("scoringError")
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        config = services.scoring.config()
        layout = QVBoxLayout(self)
        layout.addWidget(self._rules_box(config), 1)
        row = QHBoxLayout()
        row.addWidget(self._fit_box(config), 3)
        row.addWidget(self._temperature_box(config), 2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 700)
        # A value typed and confirmed (Enter, Tab) is stored at once; only arrow bursts wait.
        for spin in self.findChildren(_SettlingSpinBox):
            spin.editingFinished.connect(self.commit_pending)
        self.show_preview()

    # -- rules -----------------------------------------------------------------------------------

    def _rules_box(self, config: ScoringConfig) -> QGroupBox:
        box = QGroupBox(self.tr("Rules: points each signal or fact adds"))
        self.rules = QTableWidget(len(config.rules), 4)
        self.rules.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Points"), self.tr("Cap"), self.tr("Counts")]
        )
        self.rules.verticalHeader().setVisible(False)
        self.rules.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rule_widgets: dict[str, tuple[QSpinBox, QSpinBox, QCheckBox]] = {}
        for row, rule in enumerate(config.rules):
            self.rules.setCellWidget(row, 0, plain_label(label_text(rule.label)))
            points = _spin(-100, 100)
            points.setValue(rule.points)
            cap = _spin(NO_CAP, 100)
            cap.setSpecialValueText(self.tr("none"))
            cap.setValue(rule.cap or NO_CAP)
            cap.setEnabled(rule.signal is not None)
            active = QCheckBox()
            active.setChecked(rule.active)
            for widget, column in ((points, 1), (cap, 2), (active, 3)):
                self.rules.setCellWidget(row, column, widget)
            points.valueChanged.connect(lambda _v, r=rule: self._rule_changed(r))
            cap.valueChanged.connect(lambda _v, r=rule: self._rule_changed(r))
            active.toggled.connect(lambda _v, r=rule: self._rule_changed(r))
            self.rule_widgets[rule.key] = (points, cap, active)
        self.rules.resizeColumnsToContents()
        self.rules.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(box)
        layout.addWidget(self.rules)
        return box

    def _rule_changed(self, rule: ScoringRule) -> None:
        points, cap, active = self.rule_widgets[rule.key]

        def store() -> None:
            new_cap = (cap.value() or None) if rule.signal is not None else rule.cap
            self.services.scoring.set_rule(
                rule.key, points=points.value(), cap=new_cap, active=active.isChecked()
            )

        self._later(f"rule:{rule.key}", store)

    def _later(self, key: str, store: Callable[[], None]) -> None:
        """Store ``store``'s change once the value has settled (the last one per key wins)."""
        self._pending[key] = store
        self._settle.start()

    @Slot()
    def commit_pending(self) -> None:
        """Store every change still waiting for its value to settle."""
        self._settle.stop()
        pending, self._pending = self._pending, {}
        for store in pending.values():
            self._run(store)

    def done(self, result: int) -> None:
        """Closing the dialog stores what is still waiting: nothing typed is lost."""
        self.commit_pending()
        super().done(result)

    # -- fit ---------------------------------------------------------------------------------------

    def _fit_box(self, config: ScoringConfig) -> QGroupBox:
        box = QGroupBox(self.tr("The ideal customer"))
        self.industries = QLineEdit(", ".join(sorted(config.target_industries)))
        self.industries.setPlaceholderText(self.tr("e.g. Retail, Restaurants, Software"))
        self.size_min = _spin(0, 1_000_000)
        self.size_min.setValue(config.size_min or 0)
        self.size_max = _spin(0, 1_000_000)
        self.size_max.setSpecialValueText(self.tr("no limit"))
        self.size_max.setValue(config.size_max or 0)
        self.free_mail = QLineEdit(", ".join(sorted(config.free_mail_domains)))
        save = QPushButton(self.tr("Apply"))
        save.clicked.connect(self.save_fit)
        sizes = QHBoxLayout()
        sizes.addWidget(self.size_min)
        sizes.addWidget(QLabel(self.tr("to")))
        sizes.addWidget(self.size_max)
        sizes.addWidget(QLabel(self.tr("people")))
        form = QFormLayout(box)
        form.addRow(self.tr("Target &industries:"), self.industries)
        form.addRow(self.tr("Company size:"), sizes)
        form.addRow(self.tr("&Free-mail domains:"), self.free_mail)
        form.addRow("", save)
        return box

    @Slot()
    def save_fit(self) -> None:
        """Store the ideal customer profile (one undoable change)."""

        def split(text: str) -> list[str]:
            return [part.strip() for part in text.split(",") if part.strip()]

        size_max = self.size_max.value() or None
        self._run(lambda: self.services.scoring.set_fit(
            split(self.industries.text()), self.size_min.value() or None, size_max,
            split(self.free_mail.text())))  # fmt: skip

    # -- decay, temperature and the preview ------------------------------------------------------

    def _temperature_box(self, config: ScoringConfig) -> QGroupBox:
        box = QGroupBox(self.tr("Decay and temperature"))
        self.half_life = _spin(1, 365, self.tr(" days"))
        self.half_life.setValue(round(config.half_life_days))
        self.half_life.valueChanged.connect(
            lambda _v: self._later(
                "half_life", lambda: self.services.scoring.set_half_life(self.half_life.value())
            )
        )
        self.warm_at = _spin(1, 100)
        self.warm_at.setValue(config.warm_at)
        self.hot_at = _spin(1, 100)
        self.hot_at.setValue(config.hot_at)
        for spin in (self.warm_at, self.hot_at):
            spin.valueChanged.connect(lambda _v: self._thresholds_edited())
        self.preview = QLabel()
        self.preview.setObjectName("temperaturePreview")
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout(box)
        form.addRow(self.tr("Signals count half after:"), self.half_life)
        form.addRow(self.tr("&Warm from score:"), self.warm_at)
        form.addRow(self.tr("&Hot from score:"), self.hot_at)
        self.threshold_error = QLabel()
        self.threshold_error.setObjectName("thresholdError")
        self.threshold_error.setStyleSheet("color: #c92a2a;")
        self.threshold_error.setWordWrap(True)
        self.threshold_error.setTextFormat(Qt.TextFormat.PlainText)
        self.threshold_error.setVisible(False)
        form.addRow(self.threshold_error)
        form.addRow(self.tr("Open deals now:"), self.preview)
        note = QLabel(self.tr("A lead with no two-way contact yet is never hot."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #667085;")
        form.addRow(note)
        return box

    def _thresholds_edited(self) -> None:
        """The preview follows at once; the thresholds are stored once they settle."""
        self.show_preview()
        self._later("thresholds", self._thresholds_changed)

    def _thresholds_changed(self) -> None:
        """Store the thresholds, or show beside them the sentence the service refuses them with
        (the fields keep what was typed, so either one can be fixed)."""
        warm, hot = self.warm_at.value(), self.hot_at.value()
        try:
            self.services.scoring.set_thresholds(warm, hot)
        except DomainError as error:
            self.threshold_error.setText(error_text(error))
            self.threshold_error.setVisible(True)
        else:
            self.threshold_error.clear()
            self.threshold_error.setVisible(False)
        self.show_preview()

    def preview_counts(self) -> dict[Temperature, int]:
        """Open deals per temperature with the thresholds shown."""
        return self.services.board.temperature_counts(self.warm_at.value(), self.hot_at.value())

    def show_preview(self) -> None:
        """How the open deals spread over cold, warm and hot."""
        counts = self.preview_counts()
        parts = [
            f"<span style='color:{TEMPERATURE_COLORS[t].name()}'>■</span> "
            f"{temperature_name(t)} <b>{counts[t]:,}</b>"
            for t in (Temperature.COLD, Temperature.WARM, Temperature.HOT)
        ]
        self.preview.setText("&nbsp;&nbsp;".join(parts))

    def _run(self, action: Callable[[], object]) -> None:
        self.error.clear()
        try:
            action()
        except DomainError as error:
            self.error.setText(error_text(error))
        self.show_preview()
