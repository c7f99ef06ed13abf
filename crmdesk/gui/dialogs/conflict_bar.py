"""The sentence beside a dialog's buttons when its copy of a record went stale, with Reload."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ConflictBar(QWidget):
    """Says who changed the record meanwhile ("minh moved this deal to Opportunity at 10:42;
    your change was not saved.") and offers Reload; hidden until :meth:`show_conflict`."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.label = QLabel()
        self.label.setObjectName("conflictText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names are user text
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #b35c00;")
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.setToolTip(
            self.tr("Show the newer copy; what you typed stays in the form until you save.")
        )
        self.reload_button.clicked.connect(self.reload_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        self.setVisible(False)

    def show_conflict(self, sentence: str) -> None:
        """Show ``sentence`` and the Reload button."""
        self.label.setText(sentence)
        self.reload_button.setVisible(True)
        self.setVisible(True)

    def show_reloaded(self) -> None:
        """Say the newer copy is shown and the user's edits are kept (no Reload any more)."""
        self.label.setText(
            self.tr(
                "Reloaded: the form shows the newer copy with your edits on top; Save applies them."
            )
        )
        self.reload_button.setVisible(False)
        self.setVisible(True)
