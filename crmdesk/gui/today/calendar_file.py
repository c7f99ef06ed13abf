"""Where to write a calendar file: the save dialog, always ending in .ics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate


def ask_calendar_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save an .ics file (None: cancelled)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("TodayView", "Export to calendar"),
        str(Path.home() / suggested.replace("/", "-")),
        translate("TodayView", "Calendar files (*.ics)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".ics" else path.with_suffix(".ics")
