"""Help → Keyboard shortcuts and About."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def shortcut_rows() -> list[tuple[str, str]]:
    """Every keyboard shortcut of the window and what it does."""
    return [
        (
            translate("MainWindow", "Arrows"),
            translate("MainWindow", "Move between cards and columns"),
        ),
        ("Enter", translate("MainWindow", "Open the deal")),
        ("Ctrl+Right / Ctrl+Left", translate("MainWindow", "Move the card one stage (same gates)")),
        ("Delete", translate("MainWindow", "Archive the card")),
        ("Ctrl+Z / Ctrl+Shift+Z", translate("MainWindow", "Undo / redo")),
        ("Ctrl+F", translate("MainWindow", "Search")),
        ("Ctrl+N", translate("MainWindow", "New lead")),
        ("Ctrl+Shift+Q", translate("Help", "New quote for the selected deal")),
        ("Ctrl+I", translate("Help", "Import a file")),
        ("Ctrl+E", translate("Help", "Export to a file")),
        ("F5", translate("Help", "Refresh the board")),
        (
            "Ctrl+D · Ctrl+R · Ctrl+T · Ctrl+H",
            translate("Help", "Today: done · reschedule · tomorrow · snooze an hour"),
        ),
    ]


def show_keys(parent: QWidget) -> None:
    """List the keyboard shortcuts."""
    text = (
        "<table cellspacing=6>"
        + "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in shortcut_rows()
        )
        + "</table>"
    )
    QMessageBox.information(parent, translate("MainWindow", "Keyboard shortcuts"), text)


def show_about(parent: QWidget, database: str) -> None:
    """Name, version, what the program is and which file is open."""
    from crmdesk import __version__

    text = translate(
        "MainWindow",
        "<b>CRM Desk %1</b><p>Your leads, prospects and opportunities in one local "
        "file, for small businesses.</p>",
    ).replace("%1", __version__)
    where = translate("Help", "Database: %1").replace("%1", html.escape(database))
    QMessageBox.about(parent, translate("MainWindow", "About CRM Desk"), f"{text}<p>{where}</p>")
