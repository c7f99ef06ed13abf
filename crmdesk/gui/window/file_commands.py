"""File → New database…, Open…, Open recent, Back up now…, Show in folder, the sample data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from crmdesk.gui.desktop import Desktop, shown_name, target_key
from crmdesk.gui.operations.feedback import Failed, Feedback, attempt
from crmdesk.services import Services

translate = QCoreApplication.translate
FOLDER_KEY = "files/folder"


def _filters() -> str:
    return translate("Files", "CRM Desk databases (*.sqlite *.crmdesk *.db);;All files (*)")


class FileCommands:
    """What the File menu does with the desktop's files."""

    def __init__(
        self,
        window: QWidget,
        services: Services,
        desktop: Desktop,
        feedback: Feedback,
        settings: QSettings,
    ) -> None:
        self._window = window
        self._services = services
        self._desktop = desktop
        self._feedback = feedback
        self._settings = settings

    def _folder(self) -> str:
        current = self._services.storage.file()
        fallback = str(current.parent) if current else str(Path.home())
        return str(self._settings.value(FOLDER_KEY, fallback))

    def new_database(self) -> None:
        """Make an empty file and show it (an existing file is never overwritten)."""
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            translate("Files", "New database"),
            str(Path(self._folder()) / translate("Files", "my-pipeline.sqlite")),
            _filters(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if path.exists() and path.stat().st_size > 0:
            self._feedback.show_error(
                translate("Files", "%1 already exists: use File → Open… to open it.").replace(
                    "%1", str(path)
                )
            )
            return
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        self._desktop.open(path)

    def open_database(self) -> None:
        """Show another file in this window."""
        name, _ = QFileDialog.getOpenFileName(
            self._window, translate("Files", "Open a database"), self._folder(), _filters()
        )
        if name:
            self._settings.setValue(FOLDER_KEY, str(Path(name).parent))
            self._desktop.open(Path(name))

    def fill_recent(self, menu: QMenu) -> None:
        """The Open recent menu: the files opened lately (one no longer there is greyed)."""
        menu.clear()
        current = target_key(self._desktop.current.path) if self._desktop.current else None
        recent = [p for p in self._desktop.recent() if target_key(p) != current]
        for path in recent:
            action = menu.addAction(str(path) if isinstance(path, Path) else shown_name(path))
            action.setEnabled(not isinstance(path, Path) or path.exists())
            action.triggered.connect(lambda _c=False, p=path: self._desktop.open(p))
        if not recent:
            menu.addAction(translate("Files", "No other file yet")).setEnabled(False)

    def back_up_now(self) -> None:
        """A consistent copy of the file, made while it stays open."""
        current = self._services.storage.file()
        if current is None:
            return
        stamp = datetime.now().strftime("%Y-%m-%d %H%M")
        suggested = Path(self._folder()) / f"{current.stem} {stamp}{current.suffix}"
        name, _ = QFileDialog.getSaveFileName(
            self._window, translate("Files", "Back up now"), str(suggested), _filters()
        )
        if name:
            self.back_up_to(Path(name))

    def back_up_to(self, target: Path) -> Path | None:
        """Write the backup to ``target``; says where it went."""
        try:
            written = attempt(self._feedback, lambda: self._services.storage.backup(target))
        except Failed:
            return None
        self._feedback.show_status(
            translate("Files", "Backed up to %1").replace("%1", str(written)), 10000
        )
        return written

    def show_in_folder(self) -> None:
        """Open the folder that holds the file in the desktop's file manager."""
        current = self._services.storage.file()
        if current is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(current.parent)))
