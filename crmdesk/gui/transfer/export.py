"""File → Export…: everything as an Excel workbook, or one table as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from crmdesk.domain.errors import DomainError
from crmdesk.gui.messages import error_text
from crmdesk.services import Services

FOLDER_KEY = "export/folder"
translate = QCoreApplication.translate


def export_choices() -> list[tuple[str, str, str | None]]:
    """(file-dialog filter, suffix, table) for each kind of export, the workbook first."""
    return [
        (translate("Export", "Excel workbook, everything (*.xlsx)"), ".xlsx", None),
        (translate("Export", "CSV, deals (*.csv)"), ".csv", "deals"),
        (translate("Export", "CSV, contacts (*.csv)"), ".csv", "contacts"),
        (translate("Export", "CSV, organizations (*.csv)"), ".csv", "organizations"),
        (translate("Export", "CSV, activities (*.csv)"), ".csv", "activities"),
    ]


def write_export(services: Services, path: Path, what: str | None) -> tuple[int | None, str]:
    """Write the export; (rows, message) on success, (None, the reason) when it failed."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        rows = services.transfer.export(path, what, translate)
    except DomainError as error:
        return None, error_text(error)
    except OSError as error:
        return None, translate("Export", "%1 could not be written: %2").replace(
            "%1", str(path)
        ).replace("%2", error.strerror or str(error))
    finally:
        QGuiApplication.restoreOverrideCursor()
    message = translate("Export", "Wrote %1 rows to %2.")
    return rows, message.replace("%1", f"{rows:,}".replace(",", "\u202f")).replace("%2", path.name)


def ask_export_path(parent: QWidget, settings: QSettings) -> tuple[Path, str | None] | None:
    """Ask where to export and what; None if the user cancelled."""
    choices = export_choices()
    folder = Path(str(settings.value(FOLDER_KEY, str(Path.home()))))
    chosen, selected = QFileDialog.getSaveFileName(
        parent,
        translate("Export", "Export"),
        str(folder / "CRM Desk.xlsx"),
        ";;".join(c[0] for c in choices),
        choices[0][0],
    )
    if not chosen:
        return None
    _label, suffix, what = next((c for c in choices if c[0] == selected), choices[0])
    path = Path(chosen)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + suffix)
    elif path.suffix.lower() != suffix:
        what = None if path.suffix.lower() == ".xlsx" else what or "deals"
    settings.setValue(FOLDER_KEY, str(path.parent))
    return path, what
