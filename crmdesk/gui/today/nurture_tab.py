"""The deal dialog's Nurturing tab: the plan the deal is in, enrol or stop, and the history."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crmdesk.gui.dialogs.deal_tabs import fill, hint_label, local_date_time, read_only_table
from crmdesk.gui.messages import label_text
from crmdesk.gui.operations import nurture as ops
from crmdesk.gui.today.enrol_dialog import EnrolDialog
from crmdesk.gui.today.names import stop_text
from crmdesk.services import Services


class _InlineFeedback(QObject):
    """Sentences shown in the tab itself (the dialog is modal over the window)."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._label = label

    def show_status(self, message: str, msecs: int = 8000) -> None:
        """A passing note: nothing to show beside the history."""

    def show_error(self, message: str) -> None:
        """Why it did not happen, under the buttons."""
        self._label.setText(message)
        self._label.setVisible(True)


class NurtureTab(QWidget):
    """Enrol the deal in a plan or stop it; every enrolment with how and why it ended."""

    def __init__(self, services: Services, deal_id: int) -> None:
        super().__init__()
        self.services, self.deal_id = services, deal_id
        self.status = QLabel()
        self.status.setObjectName("nurtureStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.enrol_button = QPushButton(self.tr("&Enrol in a plan…"))
        self.enrol_button.clicked.connect(self.enrol)
        self.stop_button = QPushButton(self.tr("S&top the plan"))
        self.stop_button.clicked.connect(self.stop)
        self.error = QLabel()
        self.error.setObjectName("nurtureError")
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self._feedback = _InlineFeedback(self.error)
        self.table = read_only_table([self.tr("Since"), self.tr("Plan"), self.tr("How it went")])
        self.empty = hint_label(
            self.tr("Never enrolled. A plan sends newsletters and case studies to a lead not "
                    "ready yet, and stops by itself when the lead engages.")
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        """Show the deal's enrolments as stored."""
        history = self.services.nurture.history(self.deal_id)
        current = next((e for e in history if e.stopped_at is None), None)
        if current is None:
            self.status.setText(self.tr("Not in a nurturing plan."))
        else:
            self.status.setText(
                self.tr("Nurturing with “%1”: touch %2 of %3.")
                .replace("%1", label_text(current.plan_name))
                .replace("%2", str(current.step))
                .replace("%3", str(current.steps))
            )
        self.stop_button.setEnabled(current is not None)
        self.enrol_button.setEnabled(current is None)
        rows = []
        for e in history:
            when = local_date_time(e.started_at)
            if e.stopped_at is not None:
                when = f"{when} → {local_date_time(e.stopped_at)}"
            rows.append((when, label_text(e.plan_name), stop_text(e)))
        fill(self.table, rows, stretch=(2,))
        self.table.setVisible(bool(history))
        self.empty.setVisible(not history)

    @Slot()
    def enrol(self) -> None:
        """Choose a plan and enrol the deal."""
        self.error.setVisible(False)
        plans = self.services.nurture.plans()
        if not plans:
            self._feedback.show_error(
                self.tr("There is no plan yet: add one in Settings → Nurturing plans.")
            )
            return
        title = self.services.deals.get(self.deal_id).title
        dialog = EnrolDialog([title], plans, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.choice():
            ops.enrol(self.services, self._feedback, [self.deal_id], str(dialog.choice()))
        self.refresh()

    @Slot()
    def stop(self) -> None:
        """Stop the plan (its touches not done are cancelled; Undo brings them back)."""
        self.error.setVisible(False)
        ops.stop(self.services, self._feedback, self.deal_id)
        self.refresh()
