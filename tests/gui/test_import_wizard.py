"""File → Import… and File → Export…, driven as a user would, checked in the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QWizard

from crmdesk.domain.enums import Stage
from crmdesk.gui.main_window import MainWindow
from crmdesk.gui.transfer.import_wizard import ImportWizard
from crmdesk.gui.transfer.run_page import RunPage
from crmdesk.services import Services

PIPEDRIVE = (
    "Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Expected close date,"
    "Organization - Name,Person - Name,Person - Email\n"
    '"Phần mềm kế toán, gói 2 năm",58.800.000,VND,Proposal Made,15/01/2027,'
    "Công ty TNHH Đức Phát,Trần Thị Hạnh,hanh@ducphat.vn\n"
    "Website cho cửa hàng,12500000,VND,Qualified,20/12/2026,"
    "Tiệm bánh Thiên Long,Nguyễn Văn Đức,not-an-email\n"
)
OWN_HEADERS = "Họ tên,Doanh nghiệp,Tình trạng,Hẹn chốt\n"
# Column names nobody could guess: the user says what each one holds.
UNKNOWN_HEADERS = "Người mua,Nơi làm,Tình hình,Hẹn ngày\n"


def counts(services: Services) -> dict[Stage, int]:
    totals = services.board.totals()
    return {stage: totals[stage].count for stage in Stage}


def open_wizard(window: MainWindow, path: Path) -> ImportWizard:
    wizard = window.commands.import_file()
    assert isinstance(wizard, ImportWizard)
    wizard.file_page.path_edit.setText(str(path))
    return wizard


def run_to_end(qtbot, page: RunPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.report is not None or page.error is not None, timeout=20_000)


def test_a_pipedrive_export_is_shown_checked_then_imported(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "pipedrive.csv"
    source.write_text(PIPEDRIVE, encoding="utf-8")
    wizard = open_wizard(window, source)
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    page = wizard.mapping_page
    assert "Pipedrive" in page.recognized.text()
    assert page.table.item(1, 0).text() == "Phần mềm kế toán, gói 2 năm"
    assert page.columns()["Organization - Name"] == "org.name"
    wizard.next()
    assert wizard.currentId() == ImportWizard.OPTIONS
    assert wizard.options_page.stages_box.isHidden()  # Pipedrive's stages are known
    wizard.next()
    check = wizard.check_page
    run_to_end(qtbot, check)
    assert "Ready to import 2 deals, 2 new organizations and 2 new contacts" in (
        check.summary.text()
    )
    assert "1 email that is not valid is left out of its row." in check.summary.text()
    assert "“not-an-email” is not an email address" in check.report_view.toPlainText()
    assert sum(counts(services).values()) == 0, "the check wrote something"
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Import"
    wizard.next()
    run_to_end(qtbot, wizard.import_page)
    assert counts(services)[Stage.OPPORTUNITY] == 1
    assert counts(services)[Stage.PROSPECT] == 1
    saved = wizard.import_page.save_report(tmp_path / "report.txt")
    assert saved is not None and "Imported 2 deals" in saved.read_text(encoding="utf-8")
    wizard.accept()
    assert window.board.models[Stage.OPPORTUNITY].rowCount() == 1
    assert window.stack.currentWidget() is window.board
    assert "Imported 2 deals from pipedrive.csv." in window.statusBar().currentMessage()


def test_an_unknown_format_is_mapped_and_the_mapping_remembered(
    qtbot, window: MainWindow, services: Services, ui_settings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "leads.csv"
    source.write_text(
        UNKNOWN_HEADERS
        + "Lê Thị Mai,Hoa Sen,Đang đàm phán,03/04/2027\n"
        + "Phạm Văn Nam,Hoa Sen,Mới,05/06/2027\n",
        encoding="utf-8",
    )
    wizard = open_wizard(window, source)
    wizard.next()
    page = wizard.mapping_page
    assert "does not know this file's format" in page.recognized.text()
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING, "nothing names the rows yet"
    assert "each row needs one of them" in page.problem.text()
    page.choose("Người mua", "contact.full_name")
    page.choose("Nơi làm", "contact.full_name")
    wizard.next()
    assert "more than one column" in page.problem.text()
    page.choose("Nơi làm", "org.name")
    page.choose("Tình hình", "deal.stage")
    page.choose("Hẹn ngày", "deal.expected_close")
    wizard.next()
    options = wizard.options_page
    assert wizard.currentId() == ImportWizard.OPTIONS
    assert set(options.stage_combos) == {"Đang đàm phán"}  # "Mới" (new) is a lead
    assert "“03/04/2027” could be 3 April 2027 (day first) or 4 March 2027" in (
        options.date_hint.text()
    )
    options.stage_combos["Đang đàm phán"].setCurrentIndex(
        options.stage_combos["Đang đàm phán"].findData(Stage.OPPORTUNITY.value)
    )
    options.date_order.setCurrentIndex(options.date_order.findData("mdy"))
    wizard.next()
    run_to_end(qtbot, wizard.check_page)
    wizard.next()
    run_to_end(qtbot, wizard.import_page)
    opportunity = services.board.column(Stage.OPPORTUNITY, limit=10)
    assert [c.title for c in opportunity] == ["Hoa Sen – Lê Thị Mai"]
    assert services.deals.get(opportunity[0].id).expected_close == date(2027, 3, 4)
    assert counts(services)[Stage.LEAD] == 1
    wizard.accept()

    again = tmp_path / "more leads.csv"
    again.write_text(UNKNOWN_HEADERS + "Võ Minh Tâm,Bình Minh,Mới,\n", encoding="utf-8")
    second = open_wizard(window, again)
    second.next()
    assert second.mapping_page.columns() == {
        "Người mua": "contact.full_name",
        "Nơi làm": "org.name",
        "Tình hình": "deal.stage",
        "Hẹn ngày": "deal.expected_close",
    }
    second.reject()


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not a text file"),
        (b"Name,Company\n", "has a header row but no data rows"),
    ],
)
def test_a_file_that_cannot_be_read_says_why_and_stays_on_the_first_page(
    qtbot, window: MainWindow, services: Services, tmp_path: Path, content: bytes, sentence: str
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "broken.csv"
    source.write_bytes(content)
    wizard = open_wizard(window, source)
    wizard.next()
    if wizard.currentId() == ImportWizard.MAPPING:  # only the header: the check finds it
        wizard.mapping_page.choose("Name", "deal.title")
        wizard.next()
        wizard.next()
        run_to_end(qtbot, wizard.check_page)
        assert sentence in wizard.check_page.summary.text()
        assert not wizard.check_page.isComplete(), "Import must not be offered"
    else:
        assert wizard.currentId() == ImportWizard.FILE
        assert sentence in wizard.file_page.problem.text()
    assert sum(counts(services).values()) == 0
    wizard.reject()


def test_stopping_the_import_midway_leaves_the_data_as_it_was(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "many.csv"
    rows = "".join(f"Khách {n},Công ty {n % 40},{n * 1000}\n" for n in range(5_000))
    source.write_text("Deal,Company,Value\n" + rows, encoding="utf-8")
    wizard = open_wizard(window, source)
    wizard.next()
    wizard.mapping_page.choose("Deal", "deal.title")
    wizard.mapping_page.choose("Company", "org.name")
    wizard.mapping_page.choose("Value", "deal.value")
    wizard.next()
    wizard.next()
    run_to_end(qtbot, wizard.check_page)
    seen: list[int] = []

    def stop_on_first_batch(done: int) -> None:
        seen.append(done)
        if len(seen) == 2:
            wizard.reject()  # Escape while importing stops it (and does not close)

    wizard.import_page.progressed.connect(stop_on_first_batch)
    wizard.next()
    run_to_end(qtbot, wizard.import_page)
    assert seen and seen[-1] < 5_000, "the import was not stopped midway"
    assert "Stopped: nothing from this file was written." in wizard.import_page.summary.text()
    assert wizard.isVisible()
    assert sum(counts(services).values()) == 0
    assert services.contacts.find("cong ty") == []
    wizard.accept()
    assert window.statusBar().currentMessage() == ""


def test_our_own_workbook_is_restored_without_a_mapping(
    qtbot, window: MainWindow, services: Services, tmp_path: Path, make_window, workspace
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "pipedrive.csv"
    source.write_text(PIPEDRIVE, encoding="utf-8")
    services.transfer.import_file(source)
    book = tmp_path / "everything.xlsx"
    window.commands.export_data((book, None))
    assert "Wrote" in window.statusBar().currentMessage()

    from crmdesk.app import open_workspace

    other = open_workspace(tmp_path / "empty.sqlite")
    try:
        second = make_window(other.services)
        wizard = open_wizard(second, book)
        wizard.next()
        assert wizard.currentId() == ImportWizard.CHECK
        run_to_end(qtbot, wizard.check_page)
        wizard.next()
        run_to_end(qtbot, wizard.import_page)
        assert counts(other.services) == counts(services)
        wizard.accept()
        second.close()
    finally:
        other.close()


def test_export_writes_the_chosen_table_and_a_failure_is_a_sentence(
    window: MainWindow, services: Services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "pipedrive.csv"
    source.write_text(PIPEDRIVE, encoding="utf-8")
    services.transfer.import_file(source)
    contacts = tmp_path / "contacts.csv"
    window.commands.export_data((contacts, "contacts"))
    text = contacts.read_text(encoding="utf-8-sig")
    assert "Trần Thị Hạnh" in text and "Deal - Title" not in text
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    window.commands.export_data((tmp_path / "no such folder" / "deals.csv", "deals"))
    assert errors and "could not be written" in errors[0]
    assert not (tmp_path / "no such folder").exists()


def test_the_welcome_page_offers_the_import(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    window.welcome.importing.click()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_going_back_keeps_the_date_order_and_a_new_file_gets_a_new_preview(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(OWN_HEADERS + "Lê Thị Mai,Hoa Sen,Mới,03/04/2027\n", encoding="utf-8")
    second.write_text(OWN_HEADERS + "Võ Minh Tâm,Bình Minh,Mới,05/06/2027\n", encoding="utf-8")
    wizard = open_wizard(window, first)
    wizard.next()
    wizard.mapping_page.choose("Họ tên", "contact.full_name")
    wizard.mapping_page.choose("Hẹn chốt", "deal.expected_close")
    wizard.next()
    order = wizard.options_page.date_order
    order.setCurrentIndex(order.findData("mdy"))
    order.activated.emit(order.currentIndex())  # as a user's choice arrives
    wizard.back()
    wizard.next()
    assert wizard.options_page.order() == "mdy"
    wizard.back()
    wizard.back()
    wizard.file_page.path_edit.setText(str(second))
    wizard.next()
    assert wizard.mapping_page.table.item(1, 0).text() == "Võ Minh Tâm"
    wizard.reject()


def test_an_unexpected_failure_is_said_and_nothing_is_offered(
    qtbot, window: MainWindow, services: Services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "pipedrive.csv"
    source.write_text(PIPEDRIVE, encoding="utf-8")

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk I/O error")

    monkeypatch.setattr(services.transfer, "import_file", broken)
    wizard = open_wizard(window, source)
    wizard.next()
    wizard.next()
    wizard.next()
    run_to_end(qtbot, wizard.check_page)
    assert "unexpected error; nothing was written: disk I/O error" in (
        wizard.check_page.summary.text()
    )
    assert not wizard.check_page.isComplete() and not wizard.check_page.running
    wizard.reject()


def test_the_sheet_of_a_workbook_is_chosen_on_the_mapping_page(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.integration.test_import_details import two_sheets

    wizard = open_wizard(window, two_sheets(tmp_path / "khach.xlsx"))
    wizard.next()
    page = wizard.mapping_page
    assert page.sheet.isVisibleTo(wizard) and page.sheet.count() == 2
    page.sheet.setCurrentIndex(1)
    page.sheet.activated.emit(1)
    assert page.table.item(1, 0).text() == "Lê Thị Mai"
    page.choose("Họ tên", "contact.full_name")
    wizard.next()
    wizard.next()
    run_to_end(qtbot, wizard.check_page)
    wizard.next()
    run_to_end(qtbot, wizard.import_page)
    assert counts(services)[Stage.LEAD] == 1
    wizard.accept()


def test_a_free_text_column_taken_for_the_stage_is_questioned(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "notes.csv"
    notes = "".join(f"Khách {n},Ghi chú số {n}\n" for n in range(40))
    source.write_text("Tên,Ghi chú\n" + notes, encoding="utf-8")
    wizard = open_wizard(window, source)
    wizard.next()
    wizard.mapping_page.choose("Tên", "contact.full_name")
    wizard.mapping_page.choose("Ghi chú", "deal.stage")
    wizard.next()
    page = wizard.options_page
    assert wizard.currentId() == ImportWizard.OPTIONS
    assert not page.isComplete() and page.stage_combos == {}
    problem = page.findChild(QLabel, "importProblem")
    assert problem is not None and "40 different values" in problem.text()
    wizard.back()
    wizard.mapping_page.choose("Ghi chú", "ignore")
    wizard.next()
    assert page.isComplete()
    wizard.reject()


def test_show_the_imported_deals_filters_the_board_to_them_until_the_user_clears_it(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    earlier = services.deals.create("Here before the import", 1_000, "VND")
    source = tmp_path / "pipedrive.csv"
    source.write_text(PIPEDRIVE, encoding="utf-8")
    wizard = open_wizard(window, source)
    for _page in range(3):
        wizard.next()
    run_to_end(qtbot, wizard.check_page)
    wizard.next()
    run_to_end(qtbot, wizard.import_page)
    qtbot.mouseClick(wizard.import_page.show_button, Qt.MouseButton.LeftButton)
    shown = {c.id for m in window.board.models.values() for c in m.cards()}
    imported = set(wizard.import_page.report.deal_ids)
    assert shown == imported and earlier.id not in shown
    chip = window.filters.only
    assert chip.isVisible() and chip.text().startswith("2 imported deals")
    assert window.board.totals(Stage.LEAD).count == 0  # the totals follow the filter
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    shown = {c.id for m in window.board.models.values() for c in m.cards()}
    assert earlier.id in shown and not chip.isVisible()
