"""The deal dialog: details, activities, qualification history and the score, in tabs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.entities import Deal
from crmdesk.domain.enums import Stage, SubStage
from crmdesk.domain.errors import ConflictError, DomainError, ValidationError
from crmdesk.domain.money import CURRENCY_EXPONENTS, parse_amount
from crmdesk.domain.text import nfc_or_none
from crmdesk.gui.board.card_delegate import sub_stage_name
from crmdesk.gui.board.column_view import stage_name
from crmdesk.gui.date_typing import picked_date, typed_dates
from crmdesk.gui.dialogs.conflict_bar import ConflictBar
from crmdesk.gui.dialogs.deal_activity_tab import ActivitiesTab
from crmdesk.gui.dialogs.deal_contact_fields import add_contact_channels
from crmdesk.gui.dialogs.deal_form_checks import DealFormChecks
from crmdesk.gui.dialogs.deal_tabs import HistoryTab, QuotesTab, ScoreTab
from crmdesk.gui.dialogs.party_picker import PartyPicker
from crmdesk.gui.formatting import format_amount
from crmdesk.gui.messages import error_text
from crmdesk.gui.today.nurture_tab import NurtureTab
from crmdesk.gui.ui_files import load_form
from crmdesk.services import Services
from crmdesk.services.context import Clock

translate = QCoreApplication.translate
CURRENCIES = ("VND", "USD", *sorted(set(CURRENCY_EXPONENTS) - {"VND", "USD"}))
ERROR_STYLE = "color: #c92a2a;"
# Which error label shows a service's complaint about a field.
ERROR_LABELS = {
    "title": "titleError",
    "value_minor": "valueError",
    "currency": "valueError",
    "sub_stage": "probabilityError",
    "probability_override": "probabilityError",
    "probability": "probabilityError",  # the domain names the check after what it checks
    "value": "valueError",
    "email": "contactEmailError",
    "phone": "contactPhoneError",
    "new_contact": "contactEmailError",
}
ERROR_EDITORS = {
    "titleError": "titleEdit",
    "valueError": "valueEdit",
    "contactEmailError": "contactEmailEdit",
    "contactPhoneError": "contactPhoneEdit",
}
W = TypeVar("W", bound=QWidget)


class DealDialog(QDialog):
    """Create a lead (``deal_id`` None) or edit a deal; nothing is saved until all is valid."""

    def __init__(
        self,
        services: Services,
        deal_id: int | None,
        parent: QWidget | None,
        clock: Clock | None,
        settings: QSettings,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.services = services
        self.deal: Deal | None = services.deals.get(deal_id) if deal_id is not None else None
        self.saved_deal_id: int | None = None
        self._clock = clock
        self._reset_probability = False
        self.setWindowTitle(
            self.tr("New lead")
            if self.deal is None
            else self.tr("Deal — %1").replace("%1", self.deal.title)
        )
        self.form = load_form("deal_form", self)
        if self.deal is None:
            add_contact_channels(self.form, ERROR_STYLE)
        self._setup_form()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("&Details"))
        if self.deal is not None:
            self.activities = ActivitiesTab(services, self.deal.id, clock)
            self.tabs.addTab(self.activities, self.tr("&Activities"))
            history = HistoryTab(services, self.deal.id)
            self.answers_table, self.history_table = history.answers_table, history.history_table
            self.score = ScoreTab(services, self.deal.id)
            self.score_label = self.score.score_label
            self.activities.changed.connect(self.score.refresh)
            self.quotes = QuotesTab(services, self.deal, settings)
            self.tabs.addTab(history, self.tr("&Qualification"))
            self.tabs.addTab(self.score, self.tr("S&core"))
            self.tabs.addTab(self.quotes, self.tr("Q&uotes"))
            self.nurture = NurtureTab(services, self.deal.id)
            self.tabs.addTab(self.nurture, self.tr("&Nurturing"))
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        # Activities are written as they are added (each its own undoable change), so Cancel,
        # which only drops the details' edits, keeps them: the dialog says so once there are some.
        self.kept_note = QLabel(
            self.tr("Activities added here are saved already: Cancel keeps them (Edit → Undo "
                    "removes one).")
        )  # fmt: skip
        self.kept_note.setObjectName("keptNote")
        self.kept_note.setStyleSheet("color: #667085;")
        self.kept_note.setWordWrap(True)
        self.kept_note.setVisible(False)
        if self.deal is not None:
            self.activities.changed.connect(lambda: self.kept_note.setVisible(True))
        # Another client changed the deal since it was opened: who and when, and Reload.
        self.conflict = ConflictBar()
        self.conflict.reload_requested.connect(self.reload)
        bottom = QHBoxLayout()
        bottom.addWidget(self.kept_note, 1)
        bottom.addWidget(self.conflict, 2)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(bottom)
        self.resize(780, 600 if self.deal is not None else 440)
        self.field("titleEdit", QLineEdit).setFocus()
        self.checks.check_close_date()

    def _contact_changed(self) -> None:
        """An existing contact keeps their own email and phone: the fields say so."""
        existing = self.contact.chosen_id() is not None
        for key in ("Email", "Phone"):
            edit = self.field(f"contact{key}Edit", QLineEdit)
            edit.setEnabled(not existing)
            edit.setToolTip(
                self.tr("This contact's own emails and phones are edited in their dialog.")
                if existing
                else ""
            )

    def _today(self) -> date:
        now = self._clock() if self._clock is not None else datetime.now(UTC)
        return now.astimezone().date()

    def field(self, name: str, kind: type[W]) -> W:
        """A widget of the details form by its object name."""
        widget = self.form.findChild(kind, name)
        assert widget is not None, name
        return widget

    # -- details --------------------------------------------------------------------------------

    def _setup_form(self) -> None:
        f = self.field
        for name in ("titleError", "valueError", "probabilityError"):
            f(name, QLabel).setStyleSheet(ERROR_STYLE)
        # Sentences that quote what was typed, shown as typed.
        for name in ("titleError", "valueError", "probabilityError", "organizationHint",
                     "contactHint", "stageLabel"):  # fmt: skip
            f(name, QLabel).setTextFormat(Qt.TextFormat.PlainText)
        services = self.services
        self.organization = PartyPicker(
            f("organizationBox", QComboBox),
            f("organizationHint", QLabel),
            lambda text: [(o.id, o.name) for o in services.organizations.find(text, 20)],
            self.tr("New organization “%1” will be created when you save."),
        )
        self.contact = PartyPicker(
            f("contactBox", QComboBox),
            f("contactHint", QLabel),
            lambda text: [(c.id, c.full_name) for c in services.contacts.find(text, limit=20)],
            self.tr("New contact “%1” will be created when you save."),
        )
        if self.deal is None:
            f("contactBox", QComboBox).currentTextChanged.connect(
                lambda _t: self._contact_changed()
            )
        for name in ("organizationBox", "contactBox", "sourceBox", "ownerBox"):
            f(name, QComboBox).setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        currency = f("currencyBox", QComboBox)
        currency.addItems(list(CURRENCIES))
        choices = services.board.choices()
        for box, values in ((f("sourceBox", QComboBox), choices.sources),
                            (f("ownerBox", QComboBox), choices.owners)):  # fmt: skip
            box.addItems(["", *values])
        close_check, close_date = f("closeCheck", QCheckBox), f("closeDate", QDateEdit)
        close_check.toggled.connect(close_date.setEnabled)
        typed_dates(close_date)
        close_date.setDate(QDate(self._today()).addMonths(1))
        self.checks = DealFormChecks(self.form, self._today)
        self.close_warning = self.checks.close_warning
        sub = f("subStageBox", QComboBox)
        for s in SubStage:
            sub.addItem(sub_stage_name(s), s.value)
        sub.currentIndexChanged.connect(self._sub_stage_changed)
        f("resetButton", QPushButton).clicked.connect(self.reset_probability)
        f("probabilitySpin", QSpinBox).valueChanged.connect(self._probability_edited)
        self._show_deal()

    def _show_deal(self) -> None:
        f, deal = self.field, self.deal
        stage = deal.stage if deal else Stage.LEAD
        f("stageLabel", QLabel).setText(stage_name(stage))
        is_opportunity = stage == Stage.OPPORTUNITY
        has_sub = deal is not None and deal.sub_stage is not None
        for name in ("subStageBox", "subStageLabel", "probabilitySpin", "probabilityLabel",
                     "resetButton"):  # fmt: skip
            f(name, QWidget).setVisible(is_opportunity or has_sub)
            f(name, QWidget).setEnabled(is_opportunity)
        if deal is None:
            return
        f("titleEdit", QLineEdit).setText(deal.title)
        org = (
            self.services.organizations.get(deal.organization_id) if deal.organization_id else None
        )
        self.organization.set_party(deal.organization_id, org.name if org else None)
        person = self.services.contacts.get(deal.contact_id) if deal.contact_id else None
        self.contact.set_party(deal.contact_id, person.full_name if person else None)
        f("valueEdit", QLineEdit).setText(format_amount(deal.value_minor, deal.currency))
        f("currencyBox", QComboBox).setCurrentText(deal.currency)
        if deal.expected_close:
            f("closeCheck", QCheckBox).setChecked(True)
            d = deal.expected_close
            f("closeDate", QDateEdit).setDate(QDate(d.year, d.month, d.day))
        f("sourceBox", QComboBox).setCurrentText(deal.source or "")
        f("interestEdit", QLineEdit).setText(deal.interest or "")
        f("ownerBox", QComboBox).setCurrentText(deal.owner or "")
        if deal.sub_stage:
            sub = f("subStageBox", QComboBox)
            sub.blockSignals(True)
            sub.setCurrentIndex(sub.findData(deal.sub_stage.value))
            sub.blockSignals(False)
        spin = f("probabilitySpin", QSpinBox)
        spin.blockSignals(True)
        spin.setValue(self._effective_probability())
        spin.blockSignals(False)

    def _default_probability(self) -> int:
        sub = self.field("subStageBox", QComboBox).currentData()
        return self.services.settings.probabilities().get(SubStage(sub), 0) if sub else 0

    def _effective_probability(self) -> int:
        override = self.deal.probability_override if self.deal else None
        return override if override is not None else self._default_probability()

    @Slot()
    def _sub_stage_changed(self) -> None:
        override = self.deal.probability_override if self.deal else None
        if override is None or self._reset_probability:
            spin = self.field("probabilitySpin", QSpinBox)
            spin.blockSignals(True)
            spin.setValue(self._default_probability())
            spin.blockSignals(False)

    @Slot()
    def _probability_edited(self) -> None:
        self._reset_probability = False

    @Slot()
    def reset_probability(self) -> None:
        """Go back to the sub-stage's default probability (saved with the deal)."""
        spin = self.field("probabilitySpin", QSpinBox)
        spin.blockSignals(True)
        spin.setValue(self._default_probability())
        spin.blockSignals(False)
        self._reset_probability = True

    def close_warning_text(self) -> str:
        """The warning beside the expected close ("" when none)."""
        return self.checks.warning_text()

    # -- saving ---------------------------------------------------------------------------------

    def _collect(self) -> dict[str, Any] | None:
        """The form's values as the deal service takes them, or None after showing what is wrong
        with any of them that the form can tell alone."""
        f = self.field
        errors: list[ValidationError] = []
        title = nfc_or_none(f("titleEdit", QLineEdit).text())
        if not title:
            errors.append(ValidationError(self.tr("Give the deal a title."), "title"))
        currency = f("currencyBox", QComboBox).currentText()
        value = 0
        try:
            value = parse_amount(f("valueEdit", QLineEdit).text() or "0", currency)
        except ValidationError as error:
            errors.append(error)
        for n, problem in enumerate(errors):
            self.show_error(problem.field, error_text(problem), focus=n == 0)
        if errors:
            return None
        close: date | None = None
        if f("closeCheck", QCheckBox).isChecked():
            close = picked_date(f("closeDate", QDateEdit))
        values: dict[str, Any] = {
            "title": title,
            "value_minor": value,
            "currency": currency,
            "expected_close": close,
            "source": nfc_or_none(f("sourceBox", QComboBox).currentText()),
            "interest": nfc_or_none(f("interestEdit", QLineEdit).text()),
            "owner": nfc_or_none(f("ownerBox", QComboBox).currentText()),
            "organization_id": self.organization.chosen_id(),
            "contact_id": self.contact.chosen_id(),
        }
        if self.deal is not None and self.deal.stage == Stage.OPPORTUNITY:
            values["sub_stage"] = SubStage(f("subStageBox", QComboBox).currentData())
            probability = f("probabilitySpin", QSpinBox).value()
            if self._reset_probability and probability == self._default_probability():
                values["probability_override"] = None
            elif probability != self._effective_probability() or (
                self.deal.probability_override is not None
            ):
                values["probability_override"] = probability
        return values

    def save(self) -> bool:
        """Validate and write; on any error show it beside its field and write nothing."""
        self._clear_errors()
        values = self._collect()
        if values is None:
            return False
        try:
            new_organization = self.organization.new_name()
            new_contact = self.contact.new_name()
            if self.deal is None:
                title, value, currency = (values.pop(k) for k in ("title", "value_minor",
                                                                   "currency"))  # fmt: skip
                email = phone = None
                if new_contact is not None or self.contact.chosen_id() is None:
                    email = nfc_or_none(self.field("contactEmailEdit", QLineEdit).text())
                    phone = nfc_or_none(self.field("contactPhoneEdit", QLineEdit).text())
                deal = self.services.deals.create(
                    title, value, currency, new_organization=new_organization,
                    new_contact=new_contact, contact_email=email, contact_phone=phone, **values,
                )  # fmt: skip
            else:
                changed = {k: v for k, v in values.items() if getattr(self.deal, k) != v}
                if not changed and not (new_organization or new_contact):
                    self.saved_deal_id = self.deal.id
                    return True
                deal = self.services.deals.update(
                    self.deal.id, if_version=self.deal.version,
                    new_organization=new_organization, new_contact=new_contact, **changed,
                )  # fmt: skip
        except ConflictError as error:  # what the user typed stays in the form
            self.kept_note.setVisible(False)
            self.conflict.show_conflict(error_text(error))
            return False
        except ValidationError as error:
            self.show_error(error.field, error_text(error))
            return False
        except DomainError as error:
            self.show_error(None, error_text(error))
            return False
        self.saved_deal_id = deal.id
        return True

    @Slot()
    def reload(self) -> None:
        """Show the deal as it is now, with the user's unsaved edits on top (Save applies
        them to the newer copy)."""
        if self.deal is None:
            return
        self._clear_errors()
        values = self._collect()  # None: it says what is wrong, and nothing is reloaded
        if values is None:
            return
        edited = {k: v for k, v in values.items() if getattr(self.deal, k) != v}
        pickers = [(p, p.chosen_id(), p.text()) for p in (self.organization, self.contact)]
        try:
            current = self.services.deals.get(self.deal.id)
        except DomainError as error:
            self.show_error(None, error_text(error))
            return
        self.deal = replace(current, **edited)  # shown: the newer copy and the edits
        self._show_deal()
        self.deal = current  # compared with on save, and its version checked
        for picker, chosen, text in pickers:
            if (chosen, text) != (picker.chosen_id(), picker.text()):
                picker.set_party(chosen, text)
        self.conflict.show_reloaded()

    @Slot()
    def accept(self) -> None:
        """Save, and close only if it worked."""
        if self.save():
            super().accept()

    def show_error(self, field: str | None, message: str, focus: bool = True) -> None:
        """Put ``message`` next to the field it is about (or under the form)."""
        label_name = ERROR_LABELS.get(field or "")
        if label_name is None:
            self.form_error.setText(message)
            self.form_error.setVisible(True)
            return
        label = self.field(label_name, QLabel)
        label.setText(message)
        label.setVisible(True)
        self.tabs.setCurrentWidget(self.form)
        editor = ERROR_EDITORS.get(label_name)
        if editor:
            widget = self.field(editor, QLineEdit)
            widget.setStyleSheet("border: 1px solid #c92a2a;")
            if focus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, label_name: str) -> str:
        """The error shown by an error label ("" when hidden)."""
        label = self.field(label_name, QLabel)
        return label.text() if label.isVisibleTo(self) else ""

    def _clear_errors(self) -> None:
        self.field("probabilityError", QLabel).setVisible(False)
        for label, editor in ERROR_EDITORS.items():
            if self.form.findChild(QLabel, label) is not None:
                self.checks.clear_error(label, editor)
        self.form_error.setVisible(False)
