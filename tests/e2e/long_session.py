"""A long session through the program's own start and quit, run by test_long_session.py.

``run_window`` opens the file; once the event loop runs, a scripted user switches the language
four times, opens the sample data and goes back to their own file, opens the deal dialog, the
quote editor, its print preview and the catalog, imports a file, changes a scoring rule (a
re-score on the worker) and closes the window. Then the program quits as it always does. A
crash at exit (a wrapper outliving its C++ object, a worker touching a dead window) shows as a
non-zero exit or a fatal error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db: str, csv: str, sample: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from crmdesk.app import open_workspace
    from crmdesk.domain.enums import Stage
    from crmdesk.gui.application import qt_app, run_window

    def open_services(target: Path):  # type: ignore[no-untyped-def]
        workspace = open_workspace(target)
        return workspace.services, workspace.close

    def window():  # type: ignore[no-untyped-def]
        from crmdesk.gui.main_window import MainWindow

        return next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )

    def close_soon(dialog: QDialog) -> None:
        QTimer.singleShot(50, dialog.reject)
        dialog.exec()

    def session() -> None:
        from crmdesk.gui.dialogs.deal_editor import DealDialog
        from crmdesk.gui.quotes.catalog import CatalogWindow
        from crmdesk.gui.quotes.editor import QuoteEditor
        from crmdesk.gui.quotes.preview_dialog import QuotePreview

        app = QApplication.instance()
        current = window()
        for language in ("vi", "en", "vi", "en"):
            current = current.switch_language(language)
            app.processEvents()
        current.desktop.open_sample()
        app.processEvents()
        window().desktop.back_to_own()
        app.processEvents()
        current = window()
        services = current.services
        deal = services.board.column(Stage.OPPORTUNITY, limit=1)[0]
        close_soon(DealDialog(services, deal.id, current, None, current.settings))
        quote = services.quotes.create(deal.id)
        close_soon(QuoteEditor(services, quote.id, current.settings, current))
        preview = QuotePreview(services, quote.id, current.settings, current)
        preview.show()  # pages drawn on the preview's worker
        for _ in range(500):
            app.processEvents()
            if preview.first_page_seconds is not None:
                break
        preview.reject()
        close_soon(CatalogWindow(services, current))
        wizard = current.commands.import_wizard()
        wizard.file_page.path_edit.setText(csv)
        wizard.show()
        for _ in range(4):
            wizard.next()
            for _ in range(300):
                app.processEvents()
                if not getattr(wizard.currentPage(), "running", False):
                    break
        wizard.accept()
        services.scoring.set_rule("website_visit", points=4)  # a re-score on the worker
        current.close()  # the last window: the program quits

    qt_app()  # the timer needs the application that run_window will use
    QTimer.singleShot(0, session)
    code = run_window(open_services, Path(db), Path(sample), None)
    print("session done", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
