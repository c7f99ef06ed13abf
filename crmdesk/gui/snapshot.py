"""The main window rendered offscreen: for screenshots, the benchmark and tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from crmdesk.gui.application import qt_app
from crmdesk.gui.language import install_language
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import Services


def scratch_settings() -> QSettings:
    """Window settings in a throwaway file, so a render never changes the user's own."""
    folder = Path(tempfile.mkdtemp(prefix="crmdesk-view-"))
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)


def show_window(
    services: Services, title: str, width: int, height: int, language: str = "en"
) -> MainWindow:
    """Build and show the main window at a size and in a language, everything painted once."""
    qt_app()
    install_language(language)
    window = MainWindow(services, title, scratch_settings(), background=False)
    window.resize(width, height)
    window.show()
    QApplication.processEvents()
    return window


def render_window(
    services: Services,
    title: str,
    width: int,
    height: int,
    language: str = "en",
    view: str | None = None,
) -> QImage:
    """The main window as an image (showing ``view``; a ``KeyError`` carrying the views' keys
    when there is no such view)."""
    window = show_window(services, title, width, height, language)
    if view is not None:
        keys = window.views.keys()
        if view not in keys:
            window.close()
            window.deleteLater()
            raise KeyError(keys)
        window.views.show_view(view)
        QApplication.processEvents()
    image = window.grab().toImage()
    window.close()
    window.deleteLater()
    return image
