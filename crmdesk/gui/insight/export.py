"""The Insight report to a PDF file, a workbook or the printer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from crmdesk.gui.insight.report_data import Range, build_document
from crmdesk.gui.language import translate
from crmdesk.gui.message_boxes import warn
from crmdesk.services import Services


def report_bytes(services: Services, path: Path, forecast: Range, funnel: Range) -> bytes:
    """The report as a PDF, or as a workbook for a ``.xlsx`` path."""
    document = build_document(services, forecast, funnel)
    if path.suffix.lower() == ".xlsx":
        from crmdesk.reports.insight_workbook import insight_workbook

        return insight_workbook(document)
    from crmdesk.reports.insight_pdf import insight_pdf

    return insight_pdf(document)


def write_report(services: Services, path: Path, forecast: Range, funnel: Range) -> None:
    """Write the report beside ``path`` and rename it into place (never half a file)."""
    data = report_bytes(services, path, forecast, funnel)
    folder = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=".crmdesk-", suffix=path.suffix, dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_from_view(parent: QWidget, services: Services, how: str, forecast: Range,
                     funnel: Range) -> None:  # fmt: skip
    """Print (after a preview) or ask where to save the PDF or the workbook."""
    if how == "print":
        from crmdesk.gui.quotes.printing import print_pdf
        from crmdesk.reports.insight_pdf import insight_pdf

        data = insight_pdf(build_document(services, forecast, funnel))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, parent)
        preview.setWindowTitle(translate("Insight", "Print the report"))
        preview.paintRequested.connect(lambda p: print_pdf(data, p))
        preview.exec()
        return
    workbook = how == "xlsx"
    suffix = ".xlsx" if workbook else ".pdf"
    pattern = (
        translate("Insight", "Workbooks (*.xlsx)") if workbook
        else translate("Insight", "PDF files (*.pdf)")
    )  # fmt: skip
    suggested = str(Path.home() / (translate("Insight", "Insight report") + suffix))
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("Insight", "Export the report"), suggested, pattern
    )
    if not chosen:
        return
    path = Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
    try:
        write_report(services, path, forecast, funnel)
    except OSError as error:
        warn(parent, translate("Insight", "Export the report"),
             translate("Insight", "The report could not be written: %1").replace(
                 "%1", error.strerror or str(error)))  # fmt: skip
