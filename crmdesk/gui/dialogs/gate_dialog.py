"""The qualification dialog shown when cards cross a gate: a checklist with evidence notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import Gate
from crmdesk.gui.dialogs.gate_evidence import evidence_text
from crmdesk.gui.formatting import plural
from crmdesk.gui.messages import label_text
from crmdesk.gui.names import name
from crmdesk.gui.widgets import plain_label
from crmdesk.services import AnswerInput, GateView
from crmdesk.services.evidence import DealFacts

translate = QCoreApplication.translate


def gate_name(gate: Gate) -> str:
    """A gate as the user reads it."""
    return name(Gate(gate))


@dataclass(frozen=True, slots=True)
class GateDecision:
    """What the user answered: every criterion shown, and an override reason if any."""

    answers: dict[str, AnswerInput]
    override_reason: str | None


@dataclass
class _Row:
    key: str
    required: bool
    check: QCheckBox
    evidence: QLineEdit


class GateDialog(QDialog):
    """Tick each criterion with evidence; OK once all required ones are met or overridden."""

    def __init__(
        self,
        titles: Sequence[str],
        views: Sequence[GateView],
        parent: QWidget | None = None,
        facts: DealFacts | None = None,
    ) -> None:
        super().__init__(parent)
        self._facts = facts
        self.setWindowTitle(self.tr("Qualify before moving"))
        self.setMinimumWidth(760)
        self._rows: dict[str, _Row] = {}
        intro = plain_label(self._intro(titles, views), wrap=True)
        intro.setObjectName("gateIntro")
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        for view in views:
            body_layout.addWidget(self._gate_box(view))
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        self.override = QLineEdit()
        self.override.setPlaceholderText(
            self.tr("Why move anyway? (recorded in the deal's history)")
        )
        self.override.setAccessibleName(self.tr("Override reason"))
        self.override.textChanged.connect(self._update)
        override_label = QLabel(self.tr("&Override reason:"))
        override_label.setBuddy(self.override)
        self.status = QLabel()
        self.status.setObjectName("gateStatus")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(override_label)
        layout.addWidget(self.override)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update()
        # The first Space ticks the first criterion.
        first = next(iter(self._rows.values()), None)
        if first is not None:
            first.check.setFocus(Qt.FocusReason.OtherFocusReason)
        rows = len(self._rows) * (2 if facts else 1)
        # Wide enough for the criteria's longest wording (Vietnamese runs longer), within reason.
        width = min(1200, max(900, body.sizeHint().width() + 48))
        self.resize(width, min(760, 190 + 28 * rows + 36 * len(views)))

    def _intro(self, titles: Sequence[str], views: Sequence[GateView]) -> str:
        gates = ", ".join(gate_name(v.gate) for v in views)
        if len(titles) == 1:
            return (
                self.tr("Moving “%1” crosses %2. Tick what is true, with evidence.")
                .replace("%1", titles[0])
                .replace("%2", gates)
            )
        return (
            self.tr("Moving %1 deals crosses %2. The answers apply to each of them.")
            .replace("%1", str(len(titles)))
            .replace("%2", gates)
        )

    def _gate_box(self, view: GateView) -> QGroupBox:
        box = QGroupBox(gate_name(view.gate))
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        for n, criterion in enumerate(view.criteria):
            row = 2 * n
            check = QCheckBox(label_text(criterion.label))
            check.setChecked(criterion.id in view.latest_met)
            check.setObjectName(f"criterion_{criterion.key}")
            check.toggled.connect(self._update)
            need = QLabel(self.tr("required") if criterion.required else self.tr("optional"))
            need.setObjectName("requiredTag" if criterion.required else "optionalTag")
            evidence = QLineEdit()
            evidence.setMinimumWidth(220)
            evidence.setPlaceholderText(self.tr("Evidence (optional)"))
            evidence.setAccessibleName(
                self.tr("Evidence for %1").replace("%1", label_text(criterion.label))
            )
            grid.addWidget(check, row, 0)
            grid.addWidget(need, row, 1)
            grid.addWidget(evidence, row, 2)
            self._rows[criterion.key] = _Row(criterion.key, criterion.required, check, evidence)
            known = evidence_text(criterion.key, self._facts) if self._facts else ""
            if known:
                fact = QLabel(known)
                fact.setObjectName(f"evidence_{criterion.key}")
                fact.setStyleSheet("color: #475467; font-size: 9pt; padding-left: 22px;")
                fact.setWordWrap(True)
                fact.setTextFormat(Qt.TextFormat.PlainText)
                grid.addWidget(fact, row + 1, 0, 1, 3)
        return box

    # -- what tests and the board drive -----------------------------------------------------------

    def evidence_shown(self, key: str) -> str:
        """The facts shown beside a criterion ("" when none)."""
        label = self.findChild(QLabel, f"evidence_{key}")
        return label.text() if label is not None else ""

    def criteria_keys(self) -> list[str]:
        """The keys of the criteria shown, in order."""
        return list(self._rows)

    def set_met(self, key: str, met: bool, evidence: str = "") -> None:
        """Tick (or untick) a criterion, with its evidence."""
        row = self._rows[key]
        row.check.setChecked(met)
        if evidence:
            row.evidence.setText(evidence)

    def unmet_required(self) -> list[str]:
        """Required criteria not ticked."""
        return [r.key for r in self._rows.values() if r.required and not r.check.isChecked()]

    def can_accept(self) -> bool:
        """All required criteria met, or an override reason given."""
        return not self.unmet_required() or bool(self.override.text().strip())

    def decision(self) -> GateDecision:
        """The answers as the move service takes them."""
        answers = {
            key: AnswerInput(row.check.isChecked(), row.evidence.text().strip() or None)
            for key, row in self._rows.items()
        }
        override = self.override.text().strip() or None
        return GateDecision(answers, override if self.unmet_required() else None)

    @Slot()
    def accept(self) -> None:
        """Close with OK only when the gate can be passed."""
        if self.can_accept():
            super().accept()

    @Slot()
    def _update(self) -> None:
        unmet = self.unmet_required()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.can_accept())
        if not unmet:
            self.status.setText(self.tr("All required criteria are met."))
            self.status.setStyleSheet("color: #2b8a3e;")
        elif self.override.text().strip():
            self.status.setText(self.tr("The move will be recorded as an override."))
            self.status.setStyleSheet("color: #a84300;")
        else:
            self.status.setText(
                plural(
                    len(unmet),
                    translate(
                        "GateDialog",
                        "%1 required criterion is not met: tick it, or give an override reason.",
                    ),
                    translate(
                        "GateDialog",
                        "%1 required criteria are not met: tick them, or give an override reason.",
                    ),
                )
            )
            self.status.setStyleSheet("color: #c92a2a;")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
