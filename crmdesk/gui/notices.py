"""The change notices of the services, as a Qt signal delivered in the window's thread."""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QObject, Signal

from crmdesk.services import OpChanges, Services


class NoticeRelay(QObject):
    """Hears every committed change of ``services`` and re-emits it as ``changed``.

    A notice from the window's own thread is delivered at once; one from a worker thread
    (a background re-score, say) is queued to the window's thread, so every view refreshes
    in the thread that owns it.
    """

    changed = Signal(object)  # OpChanges

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        services.context.subscribe(self._relay)

    def _relay(self, notice: OpChanges) -> None:
        if shiboken6.isValid(self):  # a notice after the window is gone reaches no one
            self.changed.emit(notice)
        else:
            self.stop()

    def stop(self) -> None:
        """Stop listening (the window is closing)."""
        with contextlib.suppress(ValueError):
            self._services.context.unsubscribe(self._relay)
