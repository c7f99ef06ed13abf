"""Answering a modal message box the code under test opens (its exec() blocks until then)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_message_box(name: str, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """When the box named ``name`` opens, press ``button``; its text is added to ``seen``."""
    tries = [0]

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == name:
            seen.append(box.text())
            box.button(button).click()
        elif tries[0] < 200:  # up to 2 s for the box to open
            tries[0] += 1
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
