"""Starting the window: the Qt application, the single-open check, and the main loop."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from crmdesk.domain.errors import DomainError
from crmdesk.gui.crash import install_crash_handler
from crmdesk.gui.language import (
    current_language,
    install_language,
    saved_language,
    user_settings,
)
from crmdesk.gui.messages import error_text
from crmdesk.gui.style import apply_style
from crmdesk.locations import APP_NAME, ORG_NAME
from crmdesk.resources import resource_path

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


def app_icon() -> QIcon:
    """CRM Desk's icon, sharp at every size (drawn from its SVG, with PNG fallbacks)."""
    folder = resource_path("icon")
    icon = QIcon()
    for name in ("crmdesk.svg", "crmdesk-48.png", "crmdesk-256.png"):
        if (folder / name).exists():
            icon.addFile(str(folder / name))
    return icon


def has_display() -> bool:
    """Whether a window can be shown (always on Windows and macOS)."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


@dataclass
class DatabaseLock:
    """A lock file beside the database, held while a window has it open."""

    lock: QLockFile
    holder: str  # who holds it when we could not take it ("" when we hold it)

    @property
    def acquired(self) -> bool:
        """Whether this process holds the lock."""
        return not self.holder

    def release(self) -> None:
        """Let another window open the file."""
        if self.acquired:
            self.lock.unlock()


def lock_database(path: Path) -> DatabaseLock:
    """Try to take the database's lock; says who holds it when another CRM Desk does."""
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    if lock.tryLock(0):
        return DatabaseLock(lock, "")
    info = lock.getLockInfo()  # (pid, host, application) when the lock file is readable
    if isinstance(info, tuple) and len(info) >= 2 and info[0]:
        holder = translate("Startup", "process %1 on %2").replace("%1", str(info[0]))
        return DatabaseLock(lock, holder.replace("%2", str(info[1])))
    return DatabaseLock(lock, translate("Startup", "another program"))


def confirm_second_window(path: Path, holder: str) -> bool:
    """Warn that another CRM Desk has this file open; True only if the user opens it anyway."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Startup", "Database already open"),
        translate(
            "Startup",
            "“%1” is already open in another CRM Desk window (%2).\n\nWork in that window, "
            "or close it first. Opening the file twice is safe for your data, but each window "
            "keeps its own undo history and shows the other's changes only after a refresh.",
        )
        .replace("%1", str(path))
        .replace("%2", holder),
    )
    anyway = box.addButton(translate("Startup", "Open anyway"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is anyway


def run_window(
    open_services: Callable[[Path], object],
    path: Path,
    sample_path: Path | None,
    prepare_sample: Callable[[Path], None] | None = None,
) -> int:
    """Open the window on ``path`` and run until it closes; returns the exit code."""
    from crmdesk.gui.main_window import MainWindow

    app = qt_app()
    install_crash_handler()
    install_language(saved_language(user_settings()))
    locks: list[DatabaseLock] = []
    windows: list[MainWindow] = []

    def open_window(target: Path) -> bool:
        try:  # first: a file CRM Desk refuses gets no lock file beside it
            services = open_services(target)
        except DomainError as error:  # a refused, busy or damaged file: one sentence, no traceback
            QMessageBox.critical(None, translate("Startup", "CRM Desk"), error_text(error))
            return False
        lock = lock_database(target)
        if not lock.acquired and not confirm_second_window(target, lock.holder):
            return False
        sample = None
        if sample_path is not None and target != sample_path:
            sample = lambda: open_sample()  # noqa: E731
        window = MainWindow(services, target.name, user_settings(), open_sample=sample)  # type: ignore[arg-type]
        window.show()
        window.replaced.connect(keep)
        locks.append(lock)
        windows.append(window)
        return True

    def keep(replacement: MainWindow) -> None:
        """A window rebuilt in another language takes the old one's place."""
        replacement.replaced.connect(keep)
        windows.append(replacement)

    def open_sample() -> None:
        assert sample_path is not None
        if prepare_sample is not None:
            prepare_sample(sample_path)
        open_window(sample_path)

    if not open_window(path):
        return 1
    code = app.exec()
    for lock in locks:
        lock.release()
    return code
