"""The wizard's third page: how dates read, where unknown stages go, what duplicates do."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from crmdesk.domain.enums import Stage
from crmdesk.domain.money import CURRENCY_EXPONENTS
from crmdesk.gui.board.column_view import stage_name
from crmdesk.gui.transfer.session import ImportSession
from crmdesk.gui.widgets import plain_label
from crmdesk.services.imports.values import parse_date

MAX_STAGE_CHOICES = 30  # more unknown stages than this: the column is not a stage


class OptionsPage(QWizardPage):
    """Choices the file cannot make for the user."""

    def __init__(self, session: ImportSession) -> None:
        super().__init__()
        self._session = session
        self.setTitle(self.tr("Dates, stages and duplicates"))
        self.dates_box = QGroupBox(self.tr("Dates"))
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("Day first (31/12/2026)"), "dmy")
        self.date_order.addItem(self.tr("Month first (12/31/2026)"), "mdy")
        self.date_order.addItem(self.tr("Year first (2026/12/31)"), "ymd")
        self.date_order.setAccessibleName(self.tr("Date order"))
        self.date_hint = plain_label(wrap=True)
        self.date_hint.setObjectName("dateHint")
        self.date_order.currentIndexChanged.connect(self._show_date_hint)
        self._chosen_order: str | None = None  # the user's own choice, kept when going Back
        self.date_order.activated.connect(
            lambda _i: setattr(self, "_chosen_order", self.date_order.currentData())
        )
        dates = QFormLayout(self.dates_box)
        dates.addRow(self.tr("Dates in the file are written"), self.date_order)
        dates.addRow(self.date_hint)

        self.stages_box = QGroupBox(self.tr("Stages CRM Desk does not know"))
        self.stages_form = QFormLayout(self.stages_box)
        self.stage_combos: dict[str, QComboBox] = {}
        self.too_many = False

        duplicates = QGroupBox(self.tr("Rows that match an existing contact or organization"))
        self.merge = QRadioButton(self.tr("&Merge: link the row to the existing record"))
        self.skip = QRadioButton(self.tr("&Skip the row (it is listed in the report)"))
        self.merge.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.merge)
        group.addButton(self.skip)
        matching = QLabel(
            self.tr(
                "A row matches by email, by phone, or by the same name in the same "
                "organization. Nothing is written until the last step."
            )
        )
        matching.setWordWrap(True)
        box = QVBoxLayout(duplicates)
        box.addWidget(matching)
        box.addWidget(self.merge)
        box.addWidget(self.skip)

        self.amounts_box = QGroupBox(self.tr("Amounts"))
        self.currency = QComboBox()
        self.currency.setAccessibleName(self.tr("Currency of the file's amounts"))
        self.currency.addItem(self.tr("The company's currency"), None)
        for code in sorted(CURRENCY_EXPONENTS):
            self.currency.addItem(code, code)
        amounts = QFormLayout(self.amounts_box)
        amounts.addRow(self.tr("Amounts without a currency are in"), self.currency)

        again = QGroupBox(
            self.tr(
                "Deals CRM Desk already has (same record id, or same title, organization and value)"
            )
        )
        self.keep_existing = QRadioButton(self.tr("S&kip them (listed in the report)"))
        self.update_existing = QRadioButton(self.tr("&Update them from the file"))
        self.keep_existing.setChecked(True)
        existing = QButtonGroup(self)
        existing.addButton(self.keep_existing)
        existing.addButton(self.update_existing)
        again_box = QVBoxLayout(again)
        again_box.addWidget(self.keep_existing)
        again_box.addWidget(self.update_existing)

        session.stages_found.connect(self.initializePage)  # the check found more, further down
        layout = QVBoxLayout(self)
        layout.addWidget(self.dates_box)
        layout.addWidget(self.amounts_box)
        layout.addWidget(self.stages_box)
        layout.addWidget(duplicates)
        layout.addWidget(again)
        layout.addStretch(1)

    @Slot()
    def initializePage(self) -> None:
        """Show the date order the file suggests and a chooser for each unknown stage."""
        plan = self._session.plan
        assert plan is not None
        has_dates = "deal.expected_close" in plan.mapping.values()
        self.dates_box.setVisible(has_dates)
        fields = set(plan.mapping.values())
        self.amounts_box.setVisible("deal.value" in fields and "deal.currency" not in fields)
        order = self._chosen_order or plan.date_order
        self.date_order.setCurrentIndex(max(self.date_order.findData(order), 0))
        self._show_date_hint()
        self.stages_box.setVisible(bool(plan.unknown_stages))
        self.too_many = len(plan.unknown_stages) > MAX_STAGE_CHOICES
        previous = {name: combo.currentData() for name, combo in self.stage_combos.items()}
        while self.stages_form.rowCount():
            self.stages_form.removeRow(0)
        self.stage_combos = {}
        if self.too_many:
            warning = QLabel(
                self.tr(
                    "The stage column holds %1 different values CRM Desk does not know: it is "
                    "probably not a stage. Go Back and choose another column for the stage, or "
                    "leave it out."
                ).replace("%1", str(len(plan.unknown_stages)))
            )
            warning.setWordWrap(True)
            warning.setObjectName("importProblem")
            warning.setStyleSheet("color: #c92a2a;")
            self.stages_form.addRow(warning)
            self.completeChanged.emit()
            return
        for name in plan.unknown_stages:
            combo = QComboBox()
            for stage in Stage:
                combo.addItem(stage_name(stage), stage.value)
            combo.setCurrentIndex(max(combo.findData(previous.get(name, Stage.LEAD.value)), 0))
            combo.setAccessibleName(self.tr("CRM Desk stage for “%1”").replace("%1", name))
            label = plain_label(self.tr("“%1” becomes").replace("%1", name))
            label.setBuddy(combo)
            self.stages_form.addRow(label, combo)
            self.stage_combos[name] = combo
        self.completeChanged.emit()

    @Slot()
    def _show_date_hint(self) -> None:
        plan = self._session.plan
        sample = plan.ambiguous_date if plan is not None else None
        if not sample:
            self.date_hint.setText(
                self.tr("The file's dates read only one way; this is the order they use.")
            )
            return
        day_first = parse_date(sample, "dmy")
        month_first = parse_date(sample, "mdy")
        self.date_hint.setText(
            self.tr(
                "The dates do not settle it: “%1” could be %2 (day first) or %3 (month first). "
                "Choose the order the file uses."
            )
            .replace("%1", sample)
            .replace("%2", _spelled(day_first))
            .replace("%3", _spelled(month_first))
        )

    def isComplete(self) -> bool:
        """Not with a stage column that is not one."""
        return not self.too_many

    def stages(self) -> dict[str, Stage]:
        """The user's stage for each of the file's unknown stage names."""
        return {name: Stage(combo.currentData()) for name, combo in self.stage_combos.items()}

    def duplicates(self) -> str:
        """``merge`` or ``skip``."""
        return "skip" if self.skip.isChecked() else "merge"

    def chosen_currency(self) -> str | None:
        """The currency of the file's amounts (None: the company's)."""
        return self.currency.currentData() if self.amounts_box.isVisibleTo(self) else None

    def existing(self) -> str:
        """``skip`` or ``update``."""
        return "update" if self.update_existing.isChecked() else "skip"

    def order(self) -> str:
        """``dmy``, ``mdy`` or ``ymd``."""
        return str(self.date_order.currentData())


def _spelled(day: date | None) -> str:
    """A date with its month in words (``3 April 2026``): the hint is about which number is
    the month, so it must not be one."""
    if day is None:
        return "?"
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
