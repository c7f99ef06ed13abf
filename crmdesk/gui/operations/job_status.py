"""The status bar tells how far a background re-score has gone (the window answers meanwhile)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QStatusBar

from crmdesk.gui.operations.background import ThreadPoolBackground

_SHOWN = {"rescore", "decay"}  # the jobs whose progress the user can wait for


class JobStatus(QObject):
    """Shows "Re-scoring deals… n %" while a re-score runs, and clears it at the end."""

    def __init__(self, background: ThreadPoolBackground, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._shown = False
        background.progressed.connect(self.progressed)
        background.finished.connect(self.finished)

    @Slot(str, int, int)
    def progressed(self, name: str, done: int, total: int) -> None:
        """Show the share of deals re-scored so far."""
        if name not in _SHOWN or total <= 0:
            return
        percent = min(100, done * 100 // total)
        text = QCoreApplication.translate("MainWindow", "Re-scoring deals… %1 %")
        self._bar.showMessage(text.replace("%1", str(percent)))
        self._shown = True

    @Slot(str)
    def finished(self, name: str) -> None:
        """Clear the message once the re-score is done."""
        if name in _SHOWN and self._shown:
            self._bar.clearMessage()
            self._shown = False
