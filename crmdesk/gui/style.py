"""The look of the board: calm colours, clear columns, readable cards."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QMainWindow, QStackedWidget > QWidget { background: #eef1f5; }
QFrame#column { background: #f7f8fa; border: 1px solid #d8dde5; border-radius: 8px; }
QFrame#columnHeader { background: transparent; border: none;
                      border-bottom: 1px solid #d8dde5; }
QLabel#columnTitle { font-size: 12pt; font-weight: 600; color: #1d2939; }
QLabel#columnCount { color: #475467; padding-right: 4px; }
QLabel#columnTotal { color: #1d2939; font-weight: 600; }
QLabel#columnWeighted { color: #475467; }
QListView { background: #f7f8fa; border: none; outline: none; }
QFrame#dropZoneWon, QFrame#dropZoneLost { border: 2px dashed #c3cad5; border-radius: 8px;
                                          background: #f7f8fa; }
QFrame#dropZoneWon[hover="true"] { border-color: #2b8a3e; background: #ebfbee; }
QFrame#dropZoneLost[hover="true"] { border-color: #c92a2a; background: #fff5f5; }
QLabel#welcomeTitle { font-size: 18pt; font-weight: 600; color: #1d2939; }
QLabel#requiredTag { color: #c92a2a; }
QLabel#optionalTag { color: #667085; }
QToolBar { spacing: 6px; padding: 4px; border: none; }
QFrame#banner { background: #fff8db; border-bottom: 1px solid #f0d98c; }
"""


def apply_style(app: QApplication) -> None:
    """Use the Fusion style (the same on every platform) with the board's colours."""
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
