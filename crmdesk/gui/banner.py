"""A bar across the top of the window for a standing note with one action ("Back to my file")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """Hidden until :meth:`show_note`; its button runs the note's action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # it may name a file
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self._act)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._action: Callable[[], object] | None = None
        self.hide()

    def show_note(
        self, text: str, action: str = "", run: Callable[[], object] | None = None
    ) -> None:
        """Show ``text`` with a button ``action`` that calls ``run`` (no button without one)."""
        self.text.setText(text)
        self.button.setText(action)
        self.button.setVisible(bool(action and run))
        self._action = run
        self.show()

    @Slot()
    def _act(self) -> None:
        if self._action is not None:
            self._action()
