"""The wizard's last two pages: the dry run that shows what would happen, then the import."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from crmdesk.domain.errors import DomainError
from crmdesk.files import write_atomic
from crmdesk.gui.formatting import plural
from crmdesk.gui.messages import error_text
from crmdesk.gui.transfer.session import ImportSession
from crmdesk.services.imports.engine import ImportCancelled, ImportReport, UnknownStages

translate = QCoreApplication.translate


def _kind_count(kind: str, n: int) -> str:
    """``1 email``, ``2 dates``: how many values of a kind were left out."""
    forms = {
        "email": (translate("ImportReport", "%1 email"), translate("ImportReport", "%1 emails")),
        "phone": (
            translate("ImportReport", "%1 phone number"),
            translate("ImportReport", "%1 phone numbers"),
        ),
        "amount": (
            translate("ImportReport", "%1 amount"),
            translate("ImportReport", "%1 amounts"),
        ),
        "date": (translate("ImportReport", "%1 date"), translate("ImportReport", "%1 dates")),
    }
    one, many = forms.get(
        kind, (translate("ImportReport", "%1 value"), translate("ImportReport", "%1 values"))
    )
    return plural(n, one, many)


def _listed(parts: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(parts) < 2:
        return "".join(parts)
    return (
        translate("ImportReport", "%1 and %2", "the last two items of a list")
        .replace("%1", ", ".join(parts[:-1]))
        .replace("%2", parts[-1])
    )


KINDS = ("email", "phone", "amount", "date")


def left_out_sentence(report: ImportReport) -> str:
    """``1 email, 1 amount and 1 date that are not valid are left out of their rows.``"""
    counts = Counter(entry.kind for entry in report.left_out)
    order = [*KINDS, *sorted(set(counts) - set(KINDS))]
    what = _listed([_kind_count(kind, counts[kind]) for kind in order if counts[kind]])
    sentence = (
        translate("ImportReport", "%1 that is not valid is left out of its row.")
        if len(report.left_out) == 1
        else translate("ImportReport", "%1 that are not valid are left out of their rows.")
    )
    return sentence.replace("%1", what)


class RunPage(QWizardPage):
    """Runs the import (or its dry run) with progress and Cancel, then shows the report."""

    progressed = Signal(int)
    finished = Signal()

    def __init__(self, session: ImportSession, *, dry_run: bool) -> None:
        super().__init__()
        self._session = session
        self.dry_run = dry_run
        self.setTitle(self.tr("Check before importing") if dry_run else self.tr("Importing"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.count = QLabel()
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop the import: nothing from this file is kept."))
        self.cancel_button.clicked.connect(self.cancel)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Report"))
        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.clicked.connect(self.save_report)
        self.show_button = QPushButton(self.tr("&Show the imported deals"))
        self.show_button.setObjectName("showImported")
        self.show_button.setToolTip(self.tr("Close the import and select its deals on the board."))
        self.show_button.clicked.connect(self._session.show_imported_deals)
        self.show_button.setVisible(False)
        progress = QHBoxLayout()
        progress.addWidget(self.bar, 1)
        progress.addWidget(self.count)
        progress.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(progress)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(buttons)
        self.report: ImportReport | None = None
        self.error: str | None = None
        self.running = False
        self._cancelled = False
        self._total = 0
        self._worker: _ImportWorker | None = None

    def initializePage(self) -> None:
        """Start as soon as the page shows (the event loop paints it first)."""
        self.report, self.error = None, None
        self.report_view.clear()
        self.save_button.setEnabled(False)
        self.show_button.setVisible(False)
        self.summary.setText(
            self.tr("Reading every row; nothing is written.")
            if self.dry_run
            else self.tr("Importing; Stop leaves your data as it was.")
        )
        QTimer.singleShot(0, self.run)

    def isComplete(self) -> bool:
        """Next (or Finish) only after the run, and for a dry run only if it found no error."""
        if self.running:
            return False
        return self.report is not None if self.dry_run else True

    def run(self) -> None:
        """Start the run on a worker thread; the window answers meanwhile (progress arrives
        as signals, and no event is handled inside the import's transaction)."""
        if self.running:
            return
        plan = self._session.plan
        self._total = plan.estimated_rows if plan is not None else 0
        self.bar.setRange(0, self._total)  # 0…0: Qt shows a busy bar when the size is unknown
        self.bar.setValue(0)
        self.count.setText("")
        self.cancel_button.setVisible(True)
        self.running, self._cancelled = True, False
        self.completeChanged.emit()
        self._session.set_busy(True)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        worker = _ImportWorker(self._session, self.dry_run, lambda: self._cancelled)
        worker.signals.progressed.connect(self._progressed)
        worker.signals.done.connect(self._done)
        self._worker = worker  # kept alive until it reports
        QThreadPool.globalInstance().start(worker)

    @Slot(int)
    def _progressed(self, rows: int) -> None:
        total = self._total
        done = f"{rows:,}".replace(",", "\u202f")
        if total >= rows:
            self.bar.setValue(rows)
            about = f"{total:,}".replace(",", "\u202f")
            self.count.setText(
                self.tr("%1 of about %2 rows").replace("%1", done).replace("%2", about)
            )
        else:  # more rows than estimated (quoted line breaks, an unsized workbook)
            self.bar.setRange(0, 0)
            self.count.setText(self.tr("%1 rows").replace("%1", done))
        self.progressed.emit(rows)

    @Slot(object, object)
    def _done(self, report: ImportReport | None, error: BaseException | None) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.running = False
        self._worker = None
        self._session.set_busy(False)
        if isinstance(error, ImportCancelled):
            self.error = self.tr("Stopped: nothing from this file was written.")
        elif isinstance(error, UnknownStages):
            self._session.add_unknown_stages(error.names)
            self.error = self.tr(
                "Further down, the file has stages CRM Desk does not know: %1. Go Back to say "
                "where each goes."
            ).replace("%1", ", ".join(f"“{name}”" for name in error.names[:12]))
        elif isinstance(error, DomainError):
            self.error = error_text(error)
        elif error is not None:
            self.error = self.tr(
                "The import stopped on an unexpected error; nothing was written: %1"
            ).replace("%1", str(error) or type(error).__name__)
        self.report = report
        self._show_result()
        self.completeChanged.emit()
        self.finished.emit()

    def _show_result(self) -> None:
        self.cancel_button.setVisible(False)
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
        if self.report is None:
            if not self.dry_run:
                self.setTitle(self.tr("Nothing was imported"))
            self.summary.setText(self.error or "")
            self.summary.setStyleSheet("color: #c92a2a;")
            return
        self.summary.setStyleSheet("")
        self.bar.setValue(self.bar.maximum())
        if not self.dry_run:
            self.setTitle(self.tr("Imported"))
        report = self.report
        self.count.setText(
            plural(
                report.rows,
                translate("ImportReport", "%1 row"),
                translate("ImportReport", "%1 rows"),
            )
        )
        self.summary.setText(self._summary(report))
        self.report_view.setPlainText(report.text(translate))
        self.save_button.setEnabled(True)
        self.show_button.setVisible(not self.dry_run and bool(report.deal_ids))

    def _summary(self, report: ImportReport) -> str:
        orgs = report.organizations
        what = (
            self.tr("%1, %2 and %3; %4 matched records you already have; %5 left out.")
            .replace(
                "%1",
                plural(
                    report.deals,
                    translate("ImportReport", "%1 deal"),
                    translate("ImportReport", "%1 deals"),
                ),
            )
            .replace(
                "%2",
                plural(
                    orgs,
                    translate("ImportReport", "%1 new organization"),
                    translate("ImportReport", "%1 new organizations"),
                ),
            )
            .replace(
                "%3",
                plural(
                    report.contacts,
                    translate("ImportReport", "%1 new contact"),
                    translate("ImportReport", "%1 new contacts"),
                ),
            )
            .replace(
                "%4",
                plural(
                    report.merged,
                    translate("ImportReport", "%1 row"),
                    translate("ImportReport", "%1 rows"),
                ),
            )
            .replace(
                "%5",
                plural(
                    len(report.skipped),
                    translate("ImportReport", "%1 row is"),
                    translate("ImportReport", "%1 rows are"),
                ),
            )
        )
        if report.left_out:
            what += " " + left_out_sentence(report)
        if report.skipped or report.left_out:
            what += " " + self.tr("The report below says which and why.")
        if self.dry_run:
            return self.tr("Ready to import %1 Press Import to write them.").replace("%1", what)
        return self.tr("Imported %1").replace("%1", what)

    @Slot()
    def cancel(self) -> None:
        """Stop the running import; it rolls back."""
        if self.running:
            self._cancelled = True
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping…"))

    @Slot()
    def save_report(self, path: Path | None = None) -> Path | None:
        """Save the report as a text file (asking where, unless told)."""
        if self.report is None:
            return None
        if path is None:
            name = Path(self._session.path or "import").stem + " – import report.txt"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save report"), str(Path.home() / name), self.tr("Text (*.txt)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            write_atomic(path, self.report.text(translate) + "\n")
        except OSError as error:
            self.summary.setText(
                self.tr("The report could not be saved: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
            return None
        return path


class _Signals(QObject):
    progressed = Signal(int)
    done = Signal(object, object)  # the report or None, the error or None


class _ImportWorker(QRunnable):
    """The import on a worker thread: its progress and its end as queued signals."""

    def __init__(
        self, session: ImportSession, dry_run: bool, cancelled: Callable[[], bool]
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._session, self._dry_run, self._cancelled = session, dry_run, cancelled

    def run(self) -> None:
        """Run the import; report its end whatever happens."""
        try:
            report = self._session.run_import(
                self._dry_run, self.signals.progressed.emit, self._cancelled
            )
        except Exception as error:  # shown on the page, never a dead worker's traceback
            self.signals.done.emit(None, error)
        else:
            self.signals.done.emit(report, None)
