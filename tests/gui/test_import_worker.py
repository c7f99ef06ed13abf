"""The wizard's import runs on a worker thread: the window's thread handles no event inside the
import's transaction, and Back and Cancel are disabled while it runs."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QWizard

from crmdesk.gui.main_window import MainWindow
from crmdesk.services import Services
from tests.gui.test_import_wizard import PIPEDRIVE, open_wizard, run_to_end


def test_the_import_runs_off_the_window_thread(
    qtbot, window: MainWindow, services: Services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "pipedrive.csv"
    source.write_text(PIPEDRIVE, encoding="utf-8")
    threads: list[int] = []
    release = threading.Event()
    real = services.transfer.import_file

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        release.wait(10)  # the window answers while the import holds on
        return real(*args, **kwargs)

    monkeypatch.setattr(services.transfer, "import_file", watched)
    wizard = open_wizard(window, source)
    wizard.next()
    wizard.next()
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: bool(threads), timeout=5_000)
    assert threads[0] != threading.get_ident()
    assert check.running
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    release.set()
    run_to_end(qtbot, check)
    assert check.report is not None and check.report.deals == 2
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
