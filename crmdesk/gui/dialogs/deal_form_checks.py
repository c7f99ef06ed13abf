"""What the deal form says while it is typed, before anything is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import parse_amount
from crmdesk.domain.text import nfc_or_none
from crmdesk.gui.date_typing import picked_date
from crmdesk.gui.messages import error_text

translate = QCoreApplication.translate
W = TypeVar("W", bound=QWidget)
WARNING_STYLE = "color: #a84300;"


class DealFormChecks(QObject):
    """Warns beside an expected close already past (it is saved all the same), and takes a
    title's or an amount's error away as soon as what is typed is right."""

    def __init__(self, form: QWidget, today: Callable[[], date]) -> None:
        super().__init__(form)
        self._form, self._today = form, today
        self.close_warning = QLabel()
        self.close_warning.setObjectName("closeWarning")
        self.close_warning.setStyleSheet(WARNING_STYLE)
        self.close_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.close_warning.setContentsMargins(6, 0, 0, 0)
        self.close_warning.setVisible(False)
        close_row = form.findChild(QHBoxLayout, "closeRow")
        assert close_row is not None
        close_row.insertWidget(2, self.close_warning)
        self._field("closeCheck", QCheckBox).toggled.connect(self.check_close_date)
        self._field("closeDate", QDateEdit).dateChanged.connect(self.check_close_date)
        self._field("titleEdit", QLineEdit).textEdited.connect(self._title_edited)
        self._field("valueEdit", QLineEdit).textEdited.connect(self._value_edited)
        self._field("currencyBox", QComboBox).currentIndexChanged.connect(self._value_edited)

    def _field(self, name: str, kind: type[W]) -> W:
        widget = self._form.findChild(kind, name)
        assert widget is not None, name
        return widget

    @Slot()
    def check_close_date(self) -> None:
        """Show the warning when the expected close is set and before today."""
        past = self._field("closeCheck", QCheckBox).isChecked() and (
            picked_date(self._field("closeDate", QDateEdit)) < self._today()
        )
        self.close_warning.setText(
            translate("DealDialog", "This date is in the past; it is saved as it is.")
            if past
            else ""
        )
        self.close_warning.setVisible(past)

    def warning_text(self) -> str:
        """The warning beside the expected close ("" when none)."""
        return self.close_warning.text() if self.close_warning.isVisibleTo(self._form) else ""

    @Slot()
    def _title_edited(self) -> None:
        if nfc_or_none(self._field("titleEdit", QLineEdit).text()):
            self.clear_error("titleError", "titleEdit")

    @Slot()
    def _value_edited(self) -> None:
        """Once an amount shown as wrong is typed right, its sentence goes away (while it is
        still wrong, the sentence follows what is typed)."""
        error = self._field("valueError", QLabel)
        if not error.isVisibleTo(self._form):
            return
        currency = self._field("currencyBox", QComboBox).currentText()
        try:
            parse_amount(self._field("valueEdit", QLineEdit).text() or "0", currency)
        except ValidationError as wrong:
            error.setText(error_text(wrong))
            return
        self.clear_error("valueError", "valueEdit")

    def clear_error(self, label: str, editor: str) -> None:
        """Hide an error label and unmark its field."""
        self._field(label, QLabel).setVisible(False)
        self._field(editor, QLineEdit).setStyleSheet("")
