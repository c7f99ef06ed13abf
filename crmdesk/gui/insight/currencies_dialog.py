"""Settings → Currencies: the reporting currency, the monthly target, the commit threshold and
the dated exchange rates the report converts with."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import DomainError
from crmdesk.domain.money import CURRENCY_EXPONENTS, parse_amount
from crmdesk.gui.date_typing import picked_date
from crmdesk.gui.formatting import date_format, format_amount, local_date
from crmdesk.gui.messages import error_text
from crmdesk.services import Services


class CurrenciesDialog(QDialog):
    """Edits the report's currency settings; rates are added and removed as they are typed."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Currencies"))
        settings = services.insight.settings()
        self.currency = QComboBox()
        self.currency.addItems(sorted(CURRENCY_EXPONENTS))
        self.currency.setCurrentText(settings.currency)
        self.target = QLineEdit(format_amount(settings.monthly_target_minor, settings.currency))
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(settings.commit_threshold)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Reporting currency"), self.currency)
        form.addRow(self.tr("Monthly target"), self.target)
        form.addRow(self.tr("Commit from"), self.threshold)
        self.rates = QTableWidget(0, 3)
        self.rates.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("Rate"), self.tr("From")]
        )
        self.rates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rates.verticalHeader().hide()
        self.rates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.new_currency = QComboBox()
        self.new_currency.addItems(sorted(CURRENCY_EXPONENTS))
        self.new_currency.setCurrentText("USD")
        self.new_rate = QLineEdit()
        self.new_rate.setPlaceholderText(self.tr("e.g. 25400"))
        self.new_day = QDateEdit(QDate.currentDate())
        self.new_day.setDisplayFormat(date_format())
        self.new_day.setCalendarPopup(True)
        self.add = QPushButton(self.tr("Add rate"))
        self.remove = QPushButton(self.tr("Remove"))
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("1")))
        adding.addWidget(self.new_currency)
        adding.addWidget(QLabel("="))
        adding.addWidget(self.new_rate, 1)
        self.reporting_label = QLabel()
        adding.addWidget(self.reporting_label)
        adding.addWidget(QLabel(self.tr("from")))
        adding.addWidget(self.new_day)
        adding.addWidget(self.add)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.currency.currentTextChanged.connect(lambda _t: self._fill())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Exchange rates (one unit is worth, in the reporting currency)"))
        )
        layout.addWidget(self.rates)
        layout.addLayout(adding)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 460)
        self._fill()

    def _fill(self) -> None:
        reporting = self.currency.currentText()
        self.reporting_label.setText(reporting)
        rates = [r for r in self.services.insight.rates() if r.to_currency == reporting]
        self.rates.setRowCount(len(rates))
        self._shown = rates
        for row, r in enumerate(rates):
            for column, text in enumerate((r.currency, f"{r.rate:f}", local_date(r.valid_from))):
                self.rates.setItem(row, column, QTableWidgetItem(text))

    def _say(self, error: DomainError) -> None:
        self.error.setText(error_text(error))

    @Slot()
    def _add(self) -> None:
        day = picked_date(self.new_day)
        try:
            if self.currency.currentText() != self.services.insight.settings().currency:
                self.services.insight.set_reporting_currency(self.currency.currentText())
            self.services.insight.set_rate(self.new_currency.currentText(), self.new_rate.text(),
                                           day)  # fmt: skip
        except DomainError as error:
            self._say(error)
            return
        self.error.clear()
        self.new_rate.clear()
        self._fill()

    @Slot()
    def _remove(self) -> None:
        row = self.rates.currentRow()
        if 0 <= row < len(self._shown):
            rate = self._shown[row]
            self.services.insight.remove_rate(rate.currency, rate.valid_from)
            self._fill()

    @Slot()
    def accept(self) -> None:
        """Save the settings (nothing when one is wrong: the sentence says which)."""
        currency = self.currency.currentText()
        try:
            target = parse_amount(self.target.text() or "0", currency, "target")
            self.services.insight.configure(currency, target, self.threshold.value())
        except DomainError as error:
            self._say(error)
            return
        super().accept()


def open_currencies(parent: QWidget, services: Services) -> None:
    """Show the dialog."""
    CurrenciesDialog(services, parent).exec()
