"""The wizard reads a sample of the file before the check, and the check reads the rest once:
what only the rest holds (a stage further down) is asked for when the check finds it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from crmdesk.domain.enums import Stage
from crmdesk.gui.main_window import MainWindow
from crmdesk.gui.transfer.import_wizard import ImportWizard
from crmdesk.services import Services
from crmdesk.services.imports.plan import SAMPLE_ROWS


def run_to_end(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.report is not None or page.error is not None, timeout=30_000)


def test_a_stage_further_down_than_the_sample_is_asked_for_after_the_check(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = [f"Deal {n},Công ty {n},Lead" for n in range(SAMPLE_ROWS + 500)]
    rows[-3] = "Hội chợ,Công ty Sen,Trade fair"
    source = tmp_path / "leads.csv"
    source.write_text("Deal,Organization,Stage\n" + "\n".join(rows) + "\n", encoding="utf-8")
    wizard = window.commands.import_file()
    assert isinstance(wizard, ImportWizard)
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    wizard.next()
    options = wizard.options_page
    assert options.stages_box.isHidden()  # the first rows' stages are all known
    wizard.next()
    check = wizard.check_page
    run_to_end(qtbot, check)
    assert "“Trade fair”" in check.summary.text() and "Go Back" in check.summary.text()
    assert not check.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.back()
    assert wizard.currentId() == ImportWizard.OPTIONS
    assert list(options.stage_combos) == ["Trade fair"]
    combo = options.stage_combos["Trade fair"]
    combo.setCurrentIndex(combo.findData(Stage.PROSPECT.value))
    wizard.next()
    run_to_end(qtbot, check)
    assert check.report is not None and check.isComplete()
    wizard.next()
    run_to_end(qtbot, wizard.import_page)
    totals = services.board.totals()
    assert (totals[Stage.LEAD].count, totals[Stage.PROSPECT].count) == (SAMPLE_ROWS + 499, 1)
    wizard.accept()


def test_an_unsure_encoding_is_chosen_from_previews_on_the_first_page(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "greek.csv"
    text = "Deal,Organization,Contact\nΛογισμικό,Άλφα ΑΕ,Γιάννης Παπαδόπουλος\n"
    source.write_bytes(text.encode("cp1253"))
    wizard = window.commands.import_file()
    assert isinstance(wizard, ImportWizard)
    page = wizard.file_page
    page.path_edit.setText(str(source))
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILE
    assert "encoding" in page.problem.text()
    assert page.encodings.isVisibleTo(page) and not page.isComplete()
    shown = [page.encodings.item(r).text() for r in range(page.encodings.count())]
    assert any(t.startswith("cp1253:") and "Γιάννης" in t for t in shown)
    page.choose_encoding("cp1253")
    assert page.isComplete()
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    mapping = wizard.mapping_page
    assert mapping.table.item(1, 2).text() == "Γιάννης Παπαδόπουλος"
    mapping.choose("Deal", "deal.title")
    mapping.choose("Contact", "contact.full_name")
    wizard.next()
    wizard.next()
    run_to_end(qtbot, wizard.check_page)
    wizard.next()
    run_to_end(qtbot, wizard.import_page)
    assert services.contacts.find("Γιάννης")[0].full_name == "Γιάννης Παπαδόπουλος"
    wizard.accept()
