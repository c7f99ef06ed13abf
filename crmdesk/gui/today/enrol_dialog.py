"""Choose the nurturing plan for one or several deals, seeing its touches first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.nurture import Plan
from crmdesk.gui.formatting import plural
from crmdesk.gui.messages import label_text
from crmdesk.gui.today.names import touch_name


class EnrolDialog(QDialog):
    """The plans to choose from, the chosen one's touches, Enrol or Not now."""

    def __init__(
        self,
        titles: Sequence[str],
        plans: Sequence[Plan],
        suggested: str | None = None,
        parent: QWidget | None = None,
        question: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol in a nurturing plan"))
        self._plans = list(plans)
        if question is None:
            question = (
                self.tr("Enrol “%1” in a nurturing plan:").replace("%1", titles[0])
                if len(titles) == 1
                else plural(
                    len(titles),
                    self.tr("Enrol %1 deal in a nurturing plan:"),
                    self.tr("Enrol %1 deals in a nurturing plan:"),
                )
            )
        intro = QLabel(question)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.plan = QComboBox()
        self.plan.setObjectName("enrolPlan")
        for plan in self._plans:
            self.plan.addItem(label_text(plan.name), plan.key)
        keys = [p.key for p in self._plans]
        if suggested in keys:
            self.plan.setCurrentIndex(keys.index(suggested))
        self.touches = QListWidget()
        self.touches.setObjectName("enrolTouches")
        self.touches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plan.currentIndexChanged.connect(lambda _i: self._show_touches())
        hint = QLabel(
            self.tr(
                "Each touch becomes a follow-up in Today. The plan stops by itself when the "
                "lead replies, calls, meets, asks for a demo or a quote, or moves on."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #667085;")
        form = QFormLayout()
        form.addRow(self.tr("&Plan:"), self.plan)
        buttons = QDialogButtonBox()
        enrol = buttons.addButton(self.tr("&Enrol"), QDialogButtonBox.ButtonRole.AcceptRole)
        enrol.setDefault(True)
        buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.touches, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._show_touches()
        self.resize(520, 360)

    def _show_touches(self) -> None:
        self.touches.clear()
        index = self.plan.currentIndex()
        if index < 0:
            return
        day = self.tr("day %1")
        for step in self._plans[index].steps:
            when = day.replace("%1", QLocale().toString(step.day_offset))
            self.touches.addItem(f"{when} · {touch_name(step.kind)} · {label_text(step.subject)}")

    def choose(self, key: str) -> None:
        """Select a plan (what a test does before Enrol)."""
        self.plan.setCurrentIndex(self.plan.findData(key))

    def choice(self) -> str | None:
        """The chosen plan's key."""
        data = self.plan.currentData()
        return str(data) if data is not None else None
