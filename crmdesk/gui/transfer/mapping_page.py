"""The wizard's second page: a preview of the first rows, and which column holds what."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from crmdesk.domain.text import fold
from crmdesk.gui.formatting import plural
from crmdesk.gui.messages import label_text
from crmdesk.gui.transfer.session import ImportSession
from crmdesk.gui.widgets import plain_label, plain_tooltip
from crmdesk.services.imports.guesses import guess_columns
from crmdesk.services.imports.plan import NAME_FIELDS, ImportPlan
from crmdesk.services.imports.presets import FIELDS

IGNORE = "ignore"
MAPPING_KEY = "import/mapping/"


def field_label(key: str) -> str:
    """A field as the user reads it."""
    if key == IGNORE:
        return QCoreApplication.translate("MappingPage", "— leave out —")
    return label_text(FIELDS[key])


def header_set_key(headers: list[str]) -> str:
    """The settings key under which a mapping is remembered for these column names."""
    # Sorted: the same columns in another order are the same kind of file.
    digest = hashlib.sha1("\x1f".join(sorted(fold(h) for h in headers)).encode()).hexdigest()
    return MAPPING_KEY + digest[:16]


def remembered_mapping(settings: QSettings, headers: list[str]) -> dict[str, str]:
    """The mapping the user chose the last time a file had these columns ({} if none)."""
    raw = settings.value(header_set_key(headers))
    try:
        stored = json.loads(str(raw)) if raw else {}
    except ValueError:
        return {}
    known = set(headers)
    return {
        column: key
        for column, key in stored.items()
        if column in known and (key in FIELDS or key == IGNORE)
    }


def remember_mapping(settings: QSettings, headers: list[str], columns: dict[str, str]) -> None:
    """Keep this mapping for the next file with these columns."""
    settings.setValue(header_set_key(headers), json.dumps(columns, ensure_ascii=False))


class MappingPage(QWizardPage):
    """One field chooser above each column of the preview."""

    def __init__(self, session: ImportSession) -> None:
        super().__init__()
        self._session = session
        self.setTitle(self.tr("Which column is what"))
        self.recognized = plain_label(wrap=True)
        self.recognized.setObjectName("importRecognized")
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.activated.connect(lambda _i: self._change_sheet())
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet)
        sheet_row.addStretch(1)
        self.table = QTableWidget()
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A click on a chooser half out of sight opens it; it does not scroll its cell into view
        # first (the view follows its current cell, which a focused chooser moves).
        self.table.setAutoScroll(False)
        self.problem = QLabel()
        self.problem.setObjectName("importProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c92a2a;")
        layout = QVBoxLayout(self)
        layout.addLayout(sheet_row)
        layout.addWidget(self.recognized)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        self.combos: list[QComboBox] = []
        self._headers: list[str] = []
        self._path: Path | None = None

    def initializePage(self) -> None:
        """Show the file's first rows with the preset's (or remembered) choice per column."""
        plan = self._session.plan
        assert plan is not None
        if (self._path, self._headers) == (self._session.path, plan.headers) and self.combos:
            return  # coming back from the next page: keep the user's choices
        self._path, self._headers = self._session.path, list(plan.headers)
        self.sheet.clear()
        self.sheet.addItems(list(plan.sheets))
        self.sheet.setCurrentIndex(max(self.sheet.findText(self._session.sheet or ""), 0))
        for widget in (self.sheet, self.sheet_label):
            widget.setVisible(len(plan.sheets) > 1)
        chosen = {plan.headers[i]: key for i, key in plan.mapping.items()}
        chosen.update(remembered_mapping(self._session.settings, plan.headers))
        taken = {i: chosen[h] for i, h in enumerate(plan.headers) if h in chosen}
        guessed = guess_columns(plan.headers, taken)
        chosen.update({plan.headers[i]: key for i, key in guessed.items()})
        self.recognized.setText(self._recognized_text(plan, len(guessed)))
        self._fill(plan, chosen)
        self.problem.clear()

    def _recognized_text(self, plan: ImportPlan, guessed: int = 0) -> str:
        rows = f"{plan.estimated_rows:,}".replace(",", "\u202f")
        if plan.preset is None and guessed:
            return plural(
                guessed,
                self.tr(
                    "CRM Desk guessed what %1 column holds from its name (about %2 rows). Check "
                    "the choice above each column; columns left out are not imported. Each row "
                    "becomes a lead."
                ),
                self.tr(
                    "CRM Desk guessed what %1 columns hold from their names (about %2 rows). "
                    "Check the choice above each column; columns left out are not imported. "
                    "Each row becomes a lead."
                ),
            ).replace("%2", rows)
        if plan.preset is not None:
            return (
                self.tr(
                    "Recognized as a %1 (about %2 rows). Check the choice above each column; "
                    "change any that is wrong."
                )
                .replace("%1", label_text(plan.preset.label))
                .replace("%2", rows)
            )
        return self.tr(
            "CRM Desk does not know this file's format (about %1 rows). Choose above each "
            "column what it holds; columns left out are not imported. Each row becomes a lead."
        ).replace("%1", rows)

    def _fill(self, plan: ImportPlan, chosen: dict[str, str]) -> None:
        table = self.table
        table.clear()
        table.setColumnCount(len(plan.headers))
        table.setRowCount(len(plan.preview) + 1)
        table.setHorizontalHeaderLabels(plan.headers)
        table.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(n + 1) for n in range(len(plan.preview))]
        )
        self.combos = []
        for column, header in enumerate(plan.headers):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
            for key in (IGNORE, *FIELDS):
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(max(combo.findData(chosen.get(header, IGNORE)), 0))
            combo.currentIndexChanged.connect(lambda _i: self.problem.clear())
            table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, cells in enumerate(plan.preview, start=1):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(plain_tooltip(text))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):
            width = max(table.columnWidth(column), self.combos[column].sizeHint().width())
            table.setColumnWidth(column, min(width, 260))
        table.setRowHeight(0, self.combos[0].sizeHint().height() + 4 if self.combos else 24)

    def _change_sheet(self) -> None:
        """Read another sheet of the workbook: its own columns, preview and mapping."""
        if self._session.choose_sheet(self.sheet.currentText()):
            self.combos = []
            self.initializePage()
        else:
            self.problem.setText(self._session.problem or "")

    def columns(self) -> dict[str, str]:
        """Every column of the file and the field chosen for it (or ``ignore``)."""
        return {h: str(c.currentData()) for h, c in zip(self._headers, self.combos, strict=True)}

    def choose(self, column: str, key: str) -> None:
        """Choose the field of a column, as the user would."""
        combo = self.combos[self._headers.index(column)]
        combo.setCurrentIndex(combo.findData(key))

    def validatePage(self) -> bool:
        """Go on only when some column names each row and no field is chosen twice."""
        columns = self.columns()
        chosen = [key for key in columns.values() if key != IGNORE]
        twice = sorted({key for key in chosen if chosen.count(key) > 1})
        if twice:
            self.problem.setText(
                self.tr("“%1” is chosen for more than one column; keep it for one.").replace(
                    "%1", field_label(twice[0])
                )
            )
            return False
        if not NAME_FIELDS & set(chosen):
            self.problem.setText(
                self.tr(
                    "Choose which column holds the deal title, the organization or the "
                    "contact's name: each row needs one of them."
                )
            )
            return False
        remember_mapping(self._session.settings, self._headers, columns)
        return self._session.replan(columns)
