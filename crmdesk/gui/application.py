"""Starting the window: the Qt application, the single-open check, and the main loop."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from crmdesk.gui.crash import install_crash_handler
from crmdesk.gui.desktop import Desktop, Opener, OpenFile, Target, shown_name
from crmdesk.gui.icon import app_icon
from crmdesk.gui.language import (
    current_language,
    install_language,
    saved_language,
    user_settings,
)
from crmdesk.gui.style import apply_style
from crmdesk.locations import APP_NAME, ORG_NAME

translate = QCoreApplication.translate


def qt_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created once with the program's names and style."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(argv or [sys.argv[0]])
        apply_style(app)
        app.setWindowIcon(app_icon())
        app.setDesktopFileName("crmdesk")  # Wayland and X11 match the window to crmdesk.desktop
        install_language(current_language())  # translators loaded before the app existed
    assert isinstance(app, QApplication)
    return app


def has_display() -> bool:
    """Whether a window can be shown (always on Windows and macOS)."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_window(
    open_services: Opener,
    path: Target,
    sample_path: Path | None,
    prepare_sample: Callable[[Path], None] | None = None,
) -> int:
    """Open the window on ``path`` and run until it closes; returns the exit code."""
    from crmdesk.gui.main_window import MainWindow

    app = qt_app()
    install_crash_handler()
    install_language(saved_language(user_settings()))
    settings = user_settings()

    def make_window(desktop: Desktop, opened: OpenFile) -> MainWindow:
        return MainWindow(opened.services, shown_name(opened.path), settings, desktop=desktop)

    desktop = Desktop(open_services, settings, path, sample_path, prepare_sample, make_window)
    if not desktop.open(path):
        return 1
    code = app.exec()
    quit_cleanly(app)
    desktop.close()
    return code


def quit_cleanly(app: QApplication) -> None:
    """Delete every window while the application is still alive (a Python wrapper outliving
    QApplication at the interpreter's exit is how programs crash while quitting)."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
