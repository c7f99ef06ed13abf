"""One window per file: a lock file beside the database, and the warning when another holds it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.gui.message_boxes import plain_box

translate = QCoreApplication.translate


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
    """Take the database's lock. Only a lock that a running CRM Desk holds counts as taken: a
    lock left by a process that is gone is taken over, and a lock that cannot be written at
    all (a read-only folder) does not stop the file from opening."""
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone (QLockFile checks the pid)
    if lock.tryLock(0):
        return DatabaseLock(lock, "")
    if lock.error() != QLockFile.LockError.LockFailedError:
        return DatabaseLock(lock, "")  # no lock could be made: nobody else holds one either
    info = lock.getLockInfo()  # (pid, host, application) when the lock file is readable
    if isinstance(info, tuple) and len(info) >= 2 and info[0]:
        holder = translate("Startup", "process %1 on %2").replace("%1", str(info[0]))
        return DatabaseLock(lock, holder.replace("%2", str(info[1])))
    return DatabaseLock(lock, translate("Startup", "another program"))


def confirm_second_window(path: Path, holder: str, parent: QWidget | None = None) -> bool:
    """Warn that another CRM Desk has this file open; True only if the user opens it anyway."""
    box = plain_box(
        parent,
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
        QMessageBox.StandardButton.NoButton,  # only the two choices below
    )
    anyway = box.addButton(translate("Startup", "Open anyway"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is anyway
