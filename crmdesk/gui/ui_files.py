"""Forms drawn in Qt Designer (the repository's ``ui/`` folder), loaded at run time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from crmdesk.locations import program_folder


def ui_folder() -> Path:
    """Where the ``.ui`` files are: beside the package in a checkout, or in a frozen bundle."""
    return program_folder() / "ui"


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget described by ``ui/NAME.ui``."""
    path = ui_folder() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"The form {path} is missing from this installation.")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"The form {path} could not be read.")
    return widget
