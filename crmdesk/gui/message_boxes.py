"""Questions and warnings that may quote what the user typed: always shown as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def plain_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> QMessageBox:
    """A message box whose text is never read as markup (QMessageBox guesses otherwise)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or No; True for Yes."""
    box = plain_box(parent, QMessageBox.Icon.Question, title, text, Button.Yes | Button.No)
    box.exec()
    return box.standardButton(box.clickedButton()) == Button.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong, in one sentence."""
    plain_box(parent, QMessageBox.Icon.Warning, title, text).exec()
