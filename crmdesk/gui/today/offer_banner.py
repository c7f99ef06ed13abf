"""The offer after a deal goes back to Lead (or is lost for timing): enrol it, in one click."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STYLE = (
    "#offerBanner { background: #e7f1fb; border: 1px solid #4a7bb7; border-radius: 6px; }"
    " #offerBanner QLabel { color: #1f3b5c; }"
)


class OfferBanner(QFrame):
    """A sentence, the suggested plan's button, Choose a plan… and a close button."""

    accepted = Signal()  # enrol in the suggested plan
    choose_requested = Signal()  # pick another plan first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offerBanner")
        self.setStyleSheet(STYLE)
        self.text = QLabel()
        self.text.setObjectName("offerText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("offerEnrol")
        self.enrol_button.clicked.connect(self._accept)
        choose = QPushButton(self.tr("Choose a plan…"))
        choose.clicked.connect(self._choose)
        close = QPushButton("×")
        close.setFlat(True)
        close.setToolTip(self.tr("Not now"))
        close.setAccessibleName(self.tr("Not now"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.enrol_button)
        row.addWidget(choose)
        row.addWidget(close)
        self.hide()

    def offer(self, sentence: str, plan_name: str) -> None:
        """Show the offer."""
        self.text.setText(sentence)
        self.enrol_button.setText(self.tr("Enrol in “%1”").replace("%1", plan_name))
        self.show()

    @Slot()
    def _accept(self) -> None:
        self.hide()
        self.accepted.emit()

    @Slot()
    def _choose(self) -> None:
        self.hide()
        self.choose_requested.emit()
