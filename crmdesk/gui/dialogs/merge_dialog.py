"""Find duplicates: the candidate pairs of contacts or organizations, both records side by side,
which value of each field to keep, and Merge as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import DecisionRole
from crmdesk.domain.errors import DomainError
from crmdesk.gui.dialogs.deal_tabs import hint_label, read_only_table
from crmdesk.gui.language import translate
from crmdesk.gui.lists.views import role_name
from crmdesk.gui.messages import error_text
from crmdesk.services import Services
from crmdesk.services.duplicates import KEPT, OTHER, DuplicatePair, MergePreview

CONTACTS, ORGANIZATIONS = "contacts", "organizations"
_JOINED = ("emails", "phones")  # always the union of both: nothing to choose

_FIELD_NAMES = {
    "full_name": "Name",
    "name": "Name",
    "organization_id": "Organization",
    "job_title": "Job title",
    "decision_role": "Decision role",
    "address": "Address",
    "notes": "Notes",
    "emails": "Emails",
    "phones": "Phones",
    "tax_code": "Tax code",
    "industry": "Industry",
    "size": "Size",
    "region": "Region",
    "website": "Website",
    "phone": "Phone",
    "email": "Email",
}


def field_name(field: str) -> str:
    """A merged field as the user reads it."""
    names = {
        "Name": translate("MergeDialog", "Name"),
        "Organization": translate("MergeDialog", "Organization"),
        "Job title": translate("MergeDialog", "Job title"),
        "Decision role": translate("MergeDialog", "Decision role"),
        "Address": translate("MergeDialog", "Address"),
        "Notes": translate("MergeDialog", "Notes"),
        "Emails": translate("MergeDialog", "Emails"),
        "Phones": translate("MergeDialog", "Phones"),
        "Tax code": translate("MergeDialog", "Tax code"),
        "Industry": translate("MergeDialog", "Industry"),
        "Size": translate("MergeDialog", "Size"),
        "Region": translate("MergeDialog", "Region"),
        "Website": translate("MergeDialog", "Website"),
        "Phone": translate("MergeDialog", "Phone"),
        "Email": translate("MergeDialog", "Email"),
    }
    return names.get(_FIELD_NAMES.get(field, ""), field)


def reason_name(reason: str) -> str:
    """Why two records look alike."""
    return {
        "email": translate("MergeDialog", "same email"),
        "phone": translate("MergeDialog", "same phone"),
        "name": translate("MergeDialog", "same name"),
        "tax_code": translate("MergeDialog", "same tax code"),
    }.get(reason, reason)


def _shown(field: str, value: str) -> str:
    if field == "decision_role" and value:
        try:
            return role_name(DecisionRole(value))
        except ValueError:
            return value
    return value


class MergeDialog(QDialog):
    """Pairs on the left; on the right the two records field by field: a click on a value keeps
    it, the last column shows what the kept record becomes. Merge writes it in one undo step."""

    def __init__(self, services: Services, kind: str = CONTACTS, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Find duplicates"))
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Contacts"), CONTACTS)
        self.kind_box.addItem(self.tr("Organizations"), ORGANIZATIONS)
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.kind_box.currentIndexChanged.connect(lambda _i: self.find_pairs())
        self.pairs_list = QListWidget()
        self.pairs_list.setObjectName("pairsList")
        self.pairs_list.currentRowChanged.connect(self._pair_chosen)
        self.empty = hint_label(self.tr("No duplicates found."))
        self.keep_label = QLabel()
        self.keep_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_label.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("&Keep the other one"))
        self.swap_button.clicked.connect(self.swap)
        self.table = read_only_table(
            [
                self.tr("Field"),
                self.tr("Kept record"),
                self.tr("Other record"),
                self.tr("After the merge"),
            ]
        )
        self.table.setObjectName("mergeTable")
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.cellClicked.connect(self.choose_cell)
        self.table.cellActivated.connect(self.choose_cell)
        self.summary = hint_label("")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.kind_box)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.pairs_list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.keep_label, 1)
        top.addWidget(self.swap_button)
        right_layout.addLayout(top)
        right_layout.addWidget(
            hint_label(
                self.tr(
                    "Click a value to keep it; an empty field is filled from the other record, "
                    "notes are joined, emails and phones are pooled."
                )
            )
        )
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.error)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.pairs: list[DuplicatePair] = []
        self.keep_id = self.other_id = 0
        self.choices: dict[str, str] = {}
        self.preview: MergePreview | None = None
        self.resize(960, 560)
        self.find_pairs()

    def kind(self) -> str:
        """Contacts or organizations."""
        return str(self.kind_box.currentData())

    @Slot()
    def find_pairs(self) -> None:
        """Look for candidate pairs again."""
        d = self.services.duplicates
        self.pairs = d.contacts() if self.kind() == CONTACTS else d.organizations()
        self.pairs_list.blockSignals(True)
        self.pairs_list.clear()
        for pair in self.pairs:
            text = f"{pair.first_name}  ↔  {pair.second_name}\n{reason_name(pair.reason)}"
            self.pairs_list.addItem(QListWidgetItem(text))
        self.pairs_list.blockSignals(False)
        self.empty.setVisible(not self.pairs)
        if self.pairs:
            self.pairs_list.setCurrentRow(0)
            self._pair_chosen(0)
        else:
            self._show_none()

    def _show_none(self) -> None:
        self.preview = None
        self.table.setRowCount(0)
        self.keep_label.setText("")
        self.summary.setText("")
        for w in (self.merge_button, self.swap_button):
            w.setEnabled(False)

    @Slot(int)
    def _pair_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        self.keep_id, self.other_id = pair.first_id, pair.second_id
        self.choices = {}
        self.refresh()

    @Slot()
    def swap(self) -> None:
        """Keep the other record of the pair instead."""
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self.choices = {}
        self.refresh()

    def _names(self) -> tuple[str, str]:
        pair = self.pairs[self.pairs_list.currentRow()]
        names = {pair.first_id: pair.first_name, pair.second_id: pair.second_name}
        return names[self.keep_id], names[self.other_id]

    def refresh(self) -> None:
        """Show what merging the pair makes of the kept record, as chosen so far."""
        d = self.services.duplicates
        self.error.setText("")
        try:
            if self.kind() == CONTACTS:
                preview = d.preview_contacts(self.keep_id, self.other_id, self.choices)
            else:
                preview = d.preview_organizations(self.keep_id, self.other_id, self.choices)
        except DomainError as error:
            self.error.setText(error_text(error))
            self._show_none()
            return
        self.preview = preview
        kept, other = self._names()
        self.keep_label.setText(
            self.tr("Keep “%1”; “%2” is merged into it and archived.")
            .replace("%1", kept)
            .replace("%2", other)
        )
        self.table.setRowCount(len(preview.fields))
        for r, f in enumerate(preview.fields):
            cells = (
                field_name(f.field),
                _shown(f.field, f.kept),
                _shown(f.field, f.other),
                _shown(f.field, f.result),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(text)
                if c in (1, 2) and self._choosable(f.field, f.kept, f.other):
                    side = f.kept if c == 1 else f.other
                    kept_here = side == f.result or (
                        f.field == "notes" and bool(side) and side in f.result
                    )
                    item.setCheckState(
                        Qt.CheckState.Checked if kept_here else Qt.CheckState.Unchecked
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        header = self.table.horizontalHeader()
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(
            self.tr("Moves %1 deal(s), %2 quote(s) and %3 activity(ies) to the kept record.")
            .replace("%1", str(preview.deals))
            .replace("%2", str(preview.quotes))
            .replace("%3", str(preview.activities))
            + (
                self.tr(" %1 person(s) move with them.").replace("%1", str(preview.contacts))
                if preview.contacts
                else ""
            )
        )
        for w in (self.merge_button, self.swap_button):
            w.setEnabled(True)

    @staticmethod
    def _choosable(field: str, kept: str, other: str) -> bool:
        return field not in _JOINED and kept != other

    @Slot(int, int)
    def choose_cell(self, row: int, column: int) -> None:
        """Keep the value clicked (the kept record's in column 1, the other's in column 2)."""
        if self.preview is None or column not in (1, 2) or not 0 <= row < len(self.preview.fields):
            return
        f = self.preview.fields[row]
        if not self._choosable(f.field, f.kept, f.other):
            return
        self.choices[f.field] = KEPT if column == 1 else OTHER
        self.refresh()

    @Slot()
    def merge(self) -> bool:
        """Merge the pair as shown, in one undoable step; then look for pairs again."""
        if self.preview is None:
            return False
        d = self.services.duplicates
        merge = d.merge_contacts if self.kind() == CONTACTS else d.merge_organizations
        try:
            merge(self.keep_id, self.other_id, self.choices)
        except DomainError as error:
            self.error.setText(error_text(error))
            return False
        row = self.pairs_list.currentRow()
        self.find_pairs()
        if self.pairs:
            self.pairs_list.setCurrentRow(min(row, len(self.pairs) - 1))
        return True
