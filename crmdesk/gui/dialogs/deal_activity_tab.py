"""The deal dialog's activities: what happened, what is planned, and how to add to both."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.entities import Activity
from crmdesk.domain.enums import ActivityKind
from crmdesk.domain.errors import DomainError
from crmdesk.gui.date_typing import picked_datetime, typed_dates
from crmdesk.gui.formatting import local_date
from crmdesk.gui.messages import error_text
from crmdesk.gui.names import name
from crmdesk.gui.widgets import plain_tooltip
from crmdesk.services import Services
from crmdesk.services.context import Clock

translate = QCoreApplication.translate
K = ActivityKind
LOGGED = (K.CALL, K.EMAIL, K.MEETING, K.NOTE)
SIGNALS = tuple(k for k in ActivityKind if k.is_signal)
SCHEDULED = (K.CALL, K.MEETING, K.TASK, K.EMAIL)


def kind_name(kind: ActivityKind) -> str:
    """An activity kind as the user reads it."""
    return name(ActivityKind(kind))


class ActivitiesTab(QWidget):
    """Lists a deal's activities; logs, records signals, schedules and completes them."""

    changed = Signal()  # something was written (the score may have moved)

    def __init__(self, services: Services, deal_id: int, clock: Clock | None = None) -> None:
        super().__init__()
        self._services, self._deal_id = services, deal_id
        self._clock = clock
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Subject"), self.tr("When"), self.tr("Status")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.mode = QComboBox()
        self.mode.addItem(self.tr("Log what happened"), "log")
        self.mode.addItem(self.tr("Record a behaviour signal"), "signal")
        self.mode.addItem(self.tr("Schedule a follow-up"), "schedule")
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.kind = QComboBox()
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("Subject, e.g. Called about the quote"))
        self.due = typed_dates(QDateTimeEdit(), with_time=True)
        self.due.dateTimeChanged.connect(self._check_due)
        self.due_warning = QLabel()
        self.due_warning.setObjectName("dueWarning")
        self.due_warning.setStyleSheet("color: #a84300;")
        self.due_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.due_warning.setContentsMargins(6, 0, 0, 0)
        self.due_warning.setVisible(False)
        self.add = QPushButton(self.tr("&Add"))
        self.add.clicked.connect(self.add_activity)
        self.done = QPushButton(self.tr("Mark &done"))
        self.done.clicked.connect(self.mark_done)
        self.error = QLabel()
        self.error.setObjectName("activityError")
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Add:"), self.mode)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Subject:"), self.subject)
        self.due_label = QLabel(self.tr("&Due:"))
        self.due_label.setBuddy(self.due)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.due_warning, 1)
        form.addRow(self.due_label, due_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        buttons.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._mode_changed()
        self.reload()

    def _now(self) -> datetime:
        return self._clock() if self._clock is not None else datetime.now(UTC)

    def choose(self, mode: str, kind: ActivityKind, subject: str = "") -> None:
        """Set up the form (what a test or a shortcut does before Add)."""
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.kind.setCurrentIndex(self.kind.findData(ActivityKind(kind).value))
        self.subject.setText(subject)

    @Slot()
    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        kinds = {"log": LOGGED, "signal": SIGNALS, "schedule": SCHEDULED}[mode]
        self.kind.clear()
        for kind in kinds:
            self.kind.addItem(kind_name(kind), kind.value)
        scheduling = mode == "schedule"
        self.due.setVisible(scheduling)
        self.due_label.setVisible(scheduling)
        if scheduling:
            tomorrow = self._now().astimezone() + timedelta(days=1)
            self.due.setDateTime(QDateTime(tomorrow.replace(hour=9, minute=0, second=0)))
        self._check_due()

    def _due(self) -> datetime:
        return picked_datetime(self.due).astimezone(UTC)

    @Slot()
    def _check_due(self) -> None:
        """Warn (not refuse) when a follow-up is planned for a time already past."""
        past = self.mode.currentData() == "schedule" and self._due() < self._now()
        self.due_warning.setText(
            self.tr("This time is past: the follow-up will show as overdue.") if past else ""
        )
        self.due_warning.setVisible(past)

    @Slot()
    def add_activity(self) -> None:
        """Write what the form says, as its own undoable change."""
        mode, kind = self.mode.currentData(), ActivityKind(self.kind.currentData())
        subject = self.subject.text().strip() or kind_name(kind)
        try:
            if mode == "schedule":
                due = self._due()
                self._services.activities.schedule(self._deal_id, kind, subject, due)
            else:
                self._services.activities.log(self._deal_id, kind, subject)
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.subject.clear()
        self.reload()
        self.changed.emit()

    @Slot()
    def mark_done(self) -> None:
        """Complete the selected open activity."""
        activity = self.selected()
        if activity is None or activity.done_at is not None or activity.due_at is None:
            return
        self._services.activities.complete(activity.id)
        self.reload()
        self.changed.emit()

    def selected(self) -> Activity | None:
        """The activity of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self._activities[rows[0].row()] if rows else None

    def reload(self) -> None:
        """Show the deal's activities, planned ones first."""
        activities = self._services.activities.for_deal(self._deal_id)
        planned = [a for a in activities if a.due_at is not None and a.done_at is None]
        past = [a for a in activities if a not in planned]
        planned.sort(key=lambda a: a.due_at or datetime.max.replace(tzinfo=UTC))
        never = datetime.min.replace(tzinfo=UTC)  # a past activity always has one of the three
        past.sort(key=lambda a: a.done_at or a.occurred_at or a.due_at or never, reverse=True)
        self._activities = planned + past
        self.table.setRowCount(len(self._activities))
        for row, activity in enumerate(self._activities):
            open_ = activity in planned
            when = activity.due_at if open_ else activity.done_at or activity.occurred_at
            status = self.tr("planned") if open_ else self.tr("done")
            if activity.kind.is_signal:
                status = self.tr("signal")
            cells = (kind_name(activity.kind), activity.subject, local_date(when), status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if activity.note:
                    item.setToolTip(plain_tooltip(activity.note))
                if open_:
                    item.setForeground(Qt.GlobalColor.darkBlue)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        activity = self.selected()
        self.done.setEnabled(
            activity is not None and activity.due_at is not None and activity.done_at is None
        )
