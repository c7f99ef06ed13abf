"""The calendar export as a background job: thousands of events never freeze the window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from crmdesk.domain.errors import DomainError
from crmdesk.gui.language import translate as translate_for_services
from crmdesk.gui.messages import error_text
from crmdesk.services import Services
from crmdesk.services.agenda import write_calendar
from crmdesk.services.background import Progress

translate = QCoreApplication.translate


class CalendarJob(QObject):
    """Writes an .ics on the services' background runner; ``finished`` says how it went
    (delivered in the window's thread: the signal crosses threads queued)."""

    finished = Signal(bool, str)  # written, the sentence for the user

    def start(
        self,
        services: Services,
        path: Path,
        name: str,
        days: int,
        activity_ids: Sequence[int] | None = None,
    ) -> None:
        """Queue the export (on the command line and in tests it runs at once)."""
        ids = list(activity_ids) if activity_ids is not None else None

        def job(_progress: Progress) -> None:
            try:
                data = services.agenda.calendar(days, ids, name, translate_for_services)
                write_calendar(path, data)
            except DomainError as error:
                self.finished.emit(False, error_text(error))
                return
            except OSError as exc:
                sentence = translate("Today", "The calendar file could not be written: %1")
                self.finished.emit(False, sentence.replace("%1", exc.strerror or str(exc)))
                return
            done = translate("Today", "Saved %1 — import it in your calendar.")
            self.finished.emit(True, done.replace("%1", str(path)))

        services.context.background.submit(job, "calendar")
