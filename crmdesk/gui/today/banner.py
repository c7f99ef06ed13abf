"""A reminder inside the window, for desktops without a tray (and the offscreen platform)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

STYLE = (
    "#reminderBanner { background: #fff4e0; border: 1px solid #e8a317; border-radius: 6px; }"
    " #reminderBanner QLabel { color: #5c3b00; }"
)


class ReminderBanner(QFrame):
    """One line of what fell due, with Open deal, Show Today and a close button."""

    open_deal_requested = Signal(int)
    show_today_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(STYLE)
        self.title = QLabel()
        self.title.setObjectName("reminderTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # a long subject wraps instead of widening the window
        self.body = QLabel()
        self.body.setObjectName("reminderBody")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open deal"))
        self.open_button.clicked.connect(self._open)
        self.today_button = QPushButton(self.tr("Show Today"))
        self.today_button.clicked.connect(self._today)
        close = QPushButton("×")
        close.setObjectName("reminderClose")
        close.setFlat(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.body)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addLayout(texts, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.today_button)
        row.addWidget(close)
        self._deal_id: int | None = None
        self.hide()

    def notify(self, title: str, body: str, deal_id: int | None) -> None:
        """Show this reminder (replacing the one shown)."""
        self._deal_id = deal_id
        self.title.setText(title)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.open_button.setVisible(deal_id is not None)
        self.show()

    @Slot()
    def _open(self) -> None:
        self.hide()
        if self._deal_id is not None:
            self.open_deal_requested.emit(self._deal_id)

    @Slot()
    def _today(self) -> None:
        self.hide()
        self.show_today_requested.emit()
