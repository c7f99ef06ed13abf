"""Forms drawn in Qt Designer (``crmdesk/resources/ui/*.ui``), loaded at run time."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from crmdesk.resources import resource


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget described by ``crmdesk/resources/ui/NAME.ui``."""
    form = resource("ui", f"{name}.ui")
    if not form.is_file():
        raise FileNotFoundError(f"The form {name}.ui is missing from this installation.")
    buffer = QBuffer()
    buffer.setData(QByteArray(form.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        widget = QUiLoader().load(buffer, parent)
    finally:
        buffer.close()
    if widget is None:
        raise RuntimeError(f"The form {name}.ui could not be read.")
    return widget
