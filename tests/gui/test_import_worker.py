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


def test_the_wizard_asks_the_currency_of_a_file_without_one(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "euro.csv"
    source.write_text(
        'Deal - Title,Deal - Value,Organization - Name\nLizenzen,"1.234,50",Müller GmbH\n',
        encoding="utf-8",
    )
    wizard = open_wizard(window, source)
    wizard.next()
    wizard.next()
    options = wizard.options_page
    assert options.amounts_box.isVisibleTo(options)
    options.currency.setFocus()
    qtbot.keyClicks(options.currency, "EUR")
    assert options.currency.currentData() == "EUR"
    wizard.next()
    run_to_end(qtbot, wizard.check_page)
    wizard.next()
    run_to_end(qtbot, wizard.import_page)
    deal = services.deals.get(wizard.import_page.report.deal_ids[0])
    assert (deal.value_minor, deal.currency) == (123450, "EUR")
