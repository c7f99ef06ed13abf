"""A long session in one process, then quit: run by test_long_session.py as a child.

Two windows, four language switches, the deal dialog, the quote editor, the catalog and an
import, each opened and closed through the real classes with background work on; then the
windows close and the program quits as a user's would. A crash at exit (a wrapper outliving
its C++ object, a worker touching a dead window) shows as a non-zero exit or a fatal error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db: str, csv: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from crmdesk.app import open_workspace
    from crmdesk.domain.enums import Stage
    from crmdesk.gui.application import qt_app
    from crmdesk.gui.main_window import MainWindow
    from crmdesk.gui.snapshot import scratch_settings

    app = qt_app()
    workspace = open_workspace(db)
    other = open_workspace(Path(db).with_name("other.sqlite"))
    services = workspace.services
    first = MainWindow(services, "crm.sqlite", scratch_settings())
    second = MainWindow(other.services, "other.sqlite", scratch_settings())
    for window in (first, second):
        window.show()
    app.processEvents()

    def close_soon(dialog: QDialog) -> None:
        QTimer.singleShot(50, dialog.reject)
        dialog.exec()

    skip = set(os.environ.get("SESSION_SKIP", "").split(","))
    window = first
    for language in () if "lang" in skip else ("vi", "en", "vi", "en"):
        window = window.switch_language(language)
        app.processEvents()
    from crmdesk.gui.dialogs.deal_editor import DealDialog

    deal = services.board.column(Stage.OPPORTUNITY, limit=1)[0]
    if "deal" not in skip:
        close_soon(DealDialog(services, deal.id, window, None, window.settings))
    quote = services.quotes.create(deal.id)
    from crmdesk.gui.quotes.catalog import CatalogWindow
    from crmdesk.gui.quotes.editor import QuoteEditor

    if "quote" not in skip:
        close_soon(QuoteEditor(services, quote.id, window.settings, window))
    if "catalog" not in skip:
        close_soon(CatalogWindow(services, window))
    wizard = window.commands.import_wizard()
    wizard.file_page.path_edit.setText(csv)
    wizard.show()
    for _ in range(4):
        wizard.next()
        for _ in range(200):
            app.processEvents()
            page = wizard.currentPage()
            if not getattr(page, "running", False):
                break
    wizard.accept()
    services.scoring.set_rule("website_visit", points=4)  # a re-score on the worker at quit
    for open_window in QApplication.topLevelWidgets():
        open_window.close()
    app.processEvents()
    workspace.close()
    other.close()
    print("session done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
