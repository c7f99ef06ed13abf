"""File → Import…: choose a file, say which column is what, check, then import (or stop)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmdesk.gui.transfer.mapping_page import MappingPage
from crmdesk.gui.transfer.options_page import OptionsPage
from crmdesk.gui.transfer.run_page import RunPage
from crmdesk.gui.transfer.session import ImportSession
from crmdesk.services import Services
from crmdesk.services.imports.engine import ImportReport
from crmdesk.services.imports.plan import ImportPlan

FOLDER_KEY = "import/folder"
FILE, MAPPING, OPTIONS, CHECK, IMPORT = range(5)  # the pages' ids


class FilePage(QWizardPage):
    """Which file; what CRM Desk reads."""

    def __init__(self, session: ImportSession) -> None:
        super().__init__()
        self._session = session
        self.setTitle(self.tr("Import a spreadsheet or another CRM's export"))
        intro = QLabel(
            self.tr(
                "CRM Desk reads CSV files (any usual encoding; comma, semicolon or tab) and "
                "Excel .xlsx workbooks. Exports of HubSpot, Pipedrive, Salesforce, Zoho CRM, "
                "Google Contacts and Outlook are recognized by their columns; for any other "
                "file you say which column is what. Nothing is written until the last step, "
                "and you see what will happen first."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The file to import"))
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.textChanged.connect(self._changed)
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.problem = QLabel()
        self.problem.setObjectName("importProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c92a2a;")
        self.encodings = QListWidget()
        self.encodings.setObjectName("importEncodings")
        self.encodings.setAccessibleName(self.tr("Encoding"))
        self.encodings.setWordWrap(True)
        self.encodings.setSpacing(3)
        self.encodings.currentItemChanged.connect(lambda *_: self._encoding_chosen())
        self.encodings.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.encodings, 1)
        layout.addStretch(1)

    @Slot()
    def _changed(self) -> None:
        self.problem.clear()
        self.encodings.clear()
        self.encodings.setVisible(False)
        self._session.choose_encoding(None)
        self.completeChanged.emit()

    def _show_candidates(self) -> None:
        """One choice per encoding the file may be in, each with its first lines."""
        self.encodings.clear()
        for candidate in self._session.candidates:
            item = QListWidgetItem(f"{candidate.encoding}:  {candidate.preview}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.encoding)
            self.encodings.addItem(item)
        self.encodings.setVisible(bool(self._session.candidates))

    def _encoding_chosen(self) -> None:
        item = self.encodings.currentItem()
        self._session.choose_encoding(item.data(Qt.ItemDataRole.UserRole) if item else None)
        self.completeChanged.emit()

    def choose_encoding(self, encoding: str) -> None:
        """Choose one of the candidate encodings, as the user would."""
        for row in range(self.encodings.count()):
            if self.encodings.item(row).data(Qt.ItemDataRole.UserRole) == encoding:
                self.encodings.setCurrentRow(row)

    def isComplete(self) -> bool:
        """A file must be named (and, when CRM Desk is unsure, its encoding chosen)."""
        unsure = self.encodings.isVisibleTo(self) and self.encodings.currentItem() is None
        return bool(self.path_edit.text().strip()) and not unsure

    @Slot()
    def browse(self) -> None:
        """Ask for the file, starting where the last one was."""
        folder = str(self._session.settings.value(FOLDER_KEY, str(Path.home())))
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            folder,
            self.tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def validatePage(self) -> bool:
        """Read the file's header and first rows; say why if it cannot be read."""
        path = Path(self.path_edit.text().strip()).expanduser()
        if self._session.open_file(path):
            self._session.settings.setValue(FOLDER_KEY, str(path.parent))
            return True
        self.problem.setText(self._session.problem or "")
        if self._session.candidates:
            self._show_candidates()
            self.completeChanged.emit()
        return False

    def nextId(self) -> int:
        """Our own .xlsx export is restored as a whole: no mapping to choose."""
        plan = self._session.plan
        if plan is not None and plan.own_workbook:
            return CHECK
        return MAPPING


class ImportWizard(QWizard):
    """The import, step by step; ``report`` holds what was imported once it is done.

    ``show_deals_requested`` carries the ids of the deals imported when the user asks to see
    them (the wizard closes as accepted right after).
    """

    show_deals_requested = Signal(list)

    FILE, MAPPING, OPTIONS, CHECK, IMPORT = FILE, MAPPING, OPTIONS, CHECK, IMPORT

    def __init__(
        self, services: Services, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.session = ImportSession(services, settings, self)
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        session = self.session
        self.file_page = FilePage(session)
        self.mapping_page = MappingPage(session)
        self.options_page = OptionsPage(session)
        self.check_page = RunPage(session, dry_run=True)
        self.import_page = RunPage(session, dry_run=False)
        choices = session.choices
        choices.columns = self.mapping_page.columns
        choices.stages = self.options_page.stages
        choices.duplicates = self.options_page.duplicates
        choices.order = self.options_page.order
        choices.currency = self.options_page.chosen_currency
        choices.existing = self.options_page.existing
        session.busy_changed.connect(self.set_busy)
        session.show_deals_requested.connect(self._show_deals)
        self.check_page.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.check_page.setCommitPage(True)  # after the import there is no going back
        for page_id, page in (
            (self.FILE, self.file_page),
            (self.MAPPING, self.mapping_page),
            (self.OPTIONS, self.options_page),
            (self.CHECK, self.check_page),
            (self.IMPORT, self.import_page),
        ):
            self.setPage(page_id, page)
        self.import_page.finished.connect(self._imported)
        self.resize(900, 600)

    # -- what the session holds (kept as the wizard's for its callers) ------------------------

    @property
    def path(self) -> Path | None:
        """The file being imported."""
        return self.session.path

    @property
    def plan(self) -> ImportPlan | None:
        """How the file would be read."""
        return self.session.plan

    @property
    def settings(self) -> QSettings:
        """Where the wizard remembers folders and mappings."""
        return self.session.settings

    def open_file(self, path: Path) -> bool:
        """Read the file's plan; False with the session's ``problem``."""
        return self.session.open_file(path)

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        """While rows are read, Back and Cancel would pull the page away: disable them."""
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)

    @Slot()
    def _imported(self) -> None:
        self.report = self.session.report = self.import_page.report

    @Slot(list)
    def _show_deals(self, ids: list[int]) -> None:
        """Close, asking the window to show the deals just imported."""
        self.show_deals_requested.emit(ids)
        self.accept()

    @Slot()
    def show_imported_deals(self) -> None:
        """Close, asking the window to show the deals just imported."""
        self.session.show_imported_deals()

    # -- closing while rows are read -----------------------------------------------------------

    def _running_page(self) -> RunPage | None:
        return next((p for p in (self.check_page, self.import_page) if p.running), None)

    def reject(self) -> None:
        """Escape or Cancel while running stops the run first (it rolls back)."""
        running = self._running_page()
        if running is not None:
            running.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing while running stops the run; the window closes once it has rolled back."""
        running = self._running_page()
        if running is not None:
            running.cancel()
            event.ignore()
            return
        super().closeEvent(event)
