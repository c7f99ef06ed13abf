"""Saving a quote's PDF where the user chooses (the folder is remembered)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crmdesk.domain.entities import Quote
from crmdesk.files import write_atomic

EXPORT_FOLDER_KEY = "quotes/export_folder"

translate = QCoreApplication.translate


def default_file_name(quote: Quote, customer: str) -> str:
    """``BG-2026-0001 - Hoa Sen.pdf`` (revision added after the first), safe on every system."""
    revision = f" rev {quote.revision}" if quote.revision > 1 else ""
    name = f"{quote.number}{revision} - {customer}".strip(" -")
    return re.sub(r'[\\/:*?"<>|]+', "_", name)[:120] + ".pdf"


def save_pdf(
    parent: QWidget, data: bytes, file_name: str, settings: QSettings, title: str = ""
) -> Path | None:
    """Ask where to save ``data`` (suggesting ``file_name``) and write it; ``None`` if the user
    cancels or the file cannot be written (then a sentence says why)."""
    folder = settings.value(EXPORT_FOLDER_KEY, str(Path.home()))
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title or translate("QuotePrinting", "Export quote as PDF"),
        str(Path(str(folder)) / file_name),
        translate("QuotePrinting", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    try:
        write_atomic(path, data)  # the old file stays until the new one is whole
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("QuotePrinting", "Export quote"),
            translate("QuotePrinting", "The PDF could not be written: %1").replace(
                "%1", error.strerror or str(error)
            ),
        )
        return None
    settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
    return path
