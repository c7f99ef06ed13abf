"""Reschedule to a date: a date and time field, typed as read, and OK."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crmdesk.gui.date_typing import typed_dates
from crmdesk.services import local_zone


class RescheduleDialog(QDialog):
    """Choose the new due time of one follow-up (local time)."""

    def __init__(self, subject: str, due: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule"))
        what = QLabel(subject)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        self.when = typed_dates(QDateTimeEdit(), with_time=True)
        local = due.astimezone(local_zone.local_zone())
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        form = QFormLayout()
        form.addRow(self.tr("&New due time:"), self.when)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.when.setFocus()

    def due(self) -> datetime:
        """The chosen time, in the user's zone."""
        chosen = self.when.dateTime()
        d, t = chosen.date(), chosen.time()
        return datetime(
            d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=local_zone.local_zone()
        )
