"""Help → Keyboard shortcuts and About."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crmdesk.gui.language import current_language
from crmdesk.resources import resource_path

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
        ("F1", translate("Help", "The user guide")),
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


class GuideDialog(QDialog):
    """Help → User guide: the guide shipped with the program, in the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "CRM Desk — user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        folder = resource_path("guide")
        self.browser.setSearchPaths([str(folder)])
        page = folder / f"{current_language() if current_language() == 'vi' else 'en'}.html"
        self.browser.setSource(QUrl.fromLocalFile(str(page)))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(close)
        self.resize(760, 640)


def show_guide(parent: QWidget) -> None:
    """Open the user guide beside the window (not modal: one can follow it while working)."""
    dialog = GuideDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
