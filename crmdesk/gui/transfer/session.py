"""What the import wizard and its pages share: the file, its plan, the user's choices, the run.

The pages and the wizard each hold this object instead of calling into one another (no import
cycle between them): the pages read and change it, the wizard listens to its signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import DomainError
from crmdesk.gui.messages import error_text
from crmdesk.services import Services
from crmdesk.services.imports.encodings import Candidate, UnsureEncoding
from crmdesk.services.imports.engine import ImportReport
from crmdesk.services.imports.plan import ImportOptions, ImportPlan


class Choices:
    """The choices the pages have made so far (each page fills in its own)."""

    def __init__(self) -> None:
        self.columns: Callable[[], dict[str, str]] = dict
        self.stages: Callable[[], dict[str, Stage]] = dict
        self.duplicates: Callable[[], str] = lambda: "merge"
        self.order: Callable[[], str | None] = lambda: None
        self.currency: Callable[[], str | None] = lambda: None
        self.existing: Callable[[], str] = lambda: "skip"


class ImportSession(QObject):
    """One import, from choosing the file to its report."""

    busy_changed = Signal(bool)  # rows are being read: Back and Cancel would pull the page away
    show_deals_requested = Signal(list)  # the ids of the deals imported
    stages_found = Signal()  # the check found unknown stages beyond the rows the plan read

    def __init__(self, services: Services, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.path: Path | None = None
        self.sheet: str | None = None  # the workbook sheet chosen (None: the first)
        self.encoding: str | None = None  # the CSV's encoding the user chose (None: detected)
        self.candidates: list[Candidate] = []  # encodings to choose from, when unsure
        self.plan: ImportPlan | None = None
        self.problem: str | None = None
        self.report: ImportReport | None = None
        self.choices = Choices()

    def open_file(self, path: Path) -> bool:
        """Read the file's plan (recognized preset, mapping, preview); False with ``problem``."""
        if path != self.path:
            self.sheet = None
        return self._inspect(path, ImportOptions(sheet=self.sheet, encoding=self.encoding))

    def choose_encoding(self, encoding: str | None) -> None:
        """Read the file in this encoding from now on (None: as detected)."""
        self.encoding = encoding

    def choose_sheet(self, sheet: str) -> bool:
        """Read another sheet of the workbook."""
        assert self.path is not None
        self.sheet = sheet or None
        return self._inspect(self.path, ImportOptions(sheet=self.sheet, encoding=self.encoding))

    def replan(self, columns: dict[str, str]) -> bool:
        """Read the plan again with the user's columns (unknown stages, dates)."""
        assert self.path is not None
        preset = self.plan.preset.name if self.plan and self.plan.preset else None
        options = ImportOptions(
            preset=preset, columns=columns, sheet=self.sheet, encoding=self.encoding
        )
        return self._inspect(self.path, options)

    def _inspect(self, path: Path, options: ImportOptions) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = self.services.transfer.inspect(path, options)
        except UnsureEncoding as error:
            self.candidates = list(error.candidates)
            self.problem = QCoreApplication.translate(
                "ImportWizard",
                "CRM Desk cannot tell which encoding this file is in. Choose below the one in "
                "which its first lines read right, then press Next.",
            )
            return False
        except DomainError as error:
            self.problem = error_text(error)
            return False
        except OSError as error:
            self.problem = (
                QCoreApplication.translate("ImportWizard", "%1 cannot be read: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.path, self.problem, self.candidates = path, None, []
        return True

    def options(self, *, dry_run: bool) -> ImportOptions:
        """The user's choices so far, as the import service takes them."""
        plan = self.plan
        if plan is None or plan.own_workbook:
            return ImportOptions(dry_run=dry_run)
        return ImportOptions(
            preset=plan.preset.name if plan.preset else None,
            columns=self.choices.columns(),
            stages=self.choices.stages(),
            duplicates=self.choices.duplicates(),
            date_order=self.choices.order(),
            dry_run=dry_run,
            sheet=self.sheet,
            currency=self.choices.currency(),
            existing=self.choices.existing(),
            header=False if plan.first_row_is_data else None,
            encoding=self.encoding,
        )

    def run_import(
        self, dry_run: bool, progress: Callable[[int], None], cancelled: Callable[[], bool]
    ) -> ImportReport:
        """Import (or check) the file with the user's choices."""
        assert self.path is not None
        return self.services.transfer.import_file(
            self.path, self.options(dry_run=dry_run), progress, cancelled
        )

    def add_unknown_stages(self, names: list[str]) -> None:
        """Stages the check found further down than the plan read: the options page asks
        where each goes."""
        if self.plan is not None:
            found = sorted(set(self.plan.unknown_stages) | set(names))
            self.plan = replace(self.plan, unknown_stages=found)
            self.stages_found.emit()

    def set_busy(self, busy: bool) -> None:
        """Say that rows are (no longer) being read."""
        self.busy_changed.emit(busy)

    @Slot()
    def show_imported_deals(self) -> None:
        """Ask the window to show the deals just imported."""
        if self.report is not None and self.report.deal_ids:
            self.show_deals_requested.emit(list(self.report.deal_ids))
