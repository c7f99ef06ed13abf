"""The import wizard on a Vietnamese shop's own sheet: guessed columns, a chooser that opens at
the first click, each kind of bad value counted, and the imported deals one click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from crmdesk.gui.transfer.import_wizard import ImportWizard
from crmdesk.services import Services
from crmdesk.services.imports.guesses import guess_columns, header_key

SHOP_SHEET = (
    "STT,Họ tên,Công ty,SĐT,Email,Giá trị,Địa chỉ,Nguồn,Giai đoạn,Ghi chú\n"
    "1,Trần Thị Hạnh,Công ty TNHH Đức Phát,0903 123 456,hanh@ducphat.vn,58.800.000,"
    '"12 Lê Lợi, Quận 1",Giới thiệu,Cơ hội bán hàng,Gọi lại thứ Hai\n'
    "2,Nguyễn Văn Đức,Tiệm bánh Thiên Long,0912 000 111,duc@thienlong.vn,12.500.000,"
    "3 Trần Phú,Website,Khách tiềm năng,\n"
)


def wizard_on(qtbot: QtBot, services: Services, tmp_path: Path, text: str) -> ImportWizard:
    source = tmp_path / "khach hang.csv"
    source.write_text(text, encoding="utf-8")
    wizard = ImportWizard(services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(wizard)
    wizard.resize(900, 600)
    wizard.show()
    wizard.activateWindow()  # a click then focuses what it hits, as on a desktop
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    return wizard


def run(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.check_page if wizard.currentId() == ImportWizard.CHECK else wizard.import_page
    qtbot.waitUntil(lambda: page.report is not None or page.error is not None, timeout=20_000)


def test_vietnamese_headers_are_guessed_whatever_their_accents_and_case() -> None:
    headers = ["HỌ TÊN", "cong ty", "Điện thoại", "Số ĐT:", "E-mail", "Giá trị", "Dia chi",
               "Nguồn", "giai đoạn", "Ngày chốt", "Ngành nghề", "Mã số thuế",
               "Ghi chú"]  # fmt: skip
    guessed = {headers[i]: field for i, field in guess_columns(headers).items()}
    assert guessed == {
        "HỌ TÊN": "contact.full_name",
        "cong ty": "org.name",
        "Điện thoại": "contact.phone",  # "Số ĐT:" is a phone too: the first one takes it
        "E-mail": "contact.email",
        "Giá trị": "deal.value",
        "Dia chi": "org.address",
        "Nguồn": "deal.source",
        "giai đoạn": "deal.stage",
        "Ngày chốt": "deal.expected_close",
        "Ngành nghề": "org.industry",
        "Mã số thuế": "org.tax_code",
    }
    assert header_key("Số ĐT:") == "so dt"


def test_a_lone_given_name_is_the_name_but_a_split_name_is_left_to_the_user() -> None:
    assert guess_columns(["Tên", "SĐT"]) == {0: "contact.full_name", 1: "contact.phone"}
    assert guess_columns(["Họ", "Tên", "SĐT"]) == {2: "contact.phone"}
    assert guess_columns(["Tên", "Email"], {0: "org.name"}) == {1: "contact.email"}


def test_the_mapping_page_starts_from_the_guesses_and_the_sheet_comes_in(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    wizard = wizard_on(qtbot, services, tmp_path, SHOP_SHEET)
    page = wizard.mapping_page
    assert page.columns() == {
        "STT": "ignore",
        "Họ tên": "contact.full_name",
        "Công ty": "org.name",
        "SĐT": "contact.phone",
        "Email": "contact.email",
        "Giá trị": "deal.value",
        "Địa chỉ": "org.address",
        "Nguồn": "deal.source",
        "Giai đoạn": "deal.stage",
        "Ghi chú": "ignore",
    }
    assert page.recognized.text().startswith("CRM Desk guessed what 8 columns hold")
    wizard.next()
    assert wizard.options_page.stages_box.isHidden()  # the glossary's stage names are known
    wizard.next()
    run(qtbot, wizard)
    wizard.next()
    run(qtbot, wizard)
    report = wizard.import_page.report
    assert report is not None and report.deals == 2
    deals = [services.deals.get(i) for i in report.deal_ids]
    assert [(d.stage.value, d.value_minor) for d in deals] == [
        ("opportunity", 58_800_000),
        ("lead", 12_500_000),
    ]
    assert services.contacts.get(deals[0].contact_id).phone == "0903 123 456"


def test_a_column_chooser_half_out_of_sight_opens_at_the_first_click(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    wizard = wizard_on(qtbot, services, tmp_path, SHOP_SHEET)
    table = wizard.mapping_page.table
    viewport = table.viewport()

    def half_visible(combo: QComboBox) -> bool:
        left = combo.mapTo(viewport, QPoint(0, 0)).x()
        return left < viewport.width() < left + combo.width()

    chooser = next(c for c in wizard.mapping_page.combos if half_visible(c))
    scrolled = table.horizontalScrollBar().value()
    visible_part = viewport.width() - chooser.mapTo(viewport, QPoint(0, 0)).x()
    qtbot.mouseClick(
        chooser, Qt.MouseButton.LeftButton, pos=QPoint(visible_part // 2, chooser.height() // 2)
    )
    assert chooser.view().isVisible(), "the list did not open"
    assert table.horizontalScrollBar().value() == scrolled, "the table scrolled instead"
    chooser.hidePopup()


def test_the_check_counts_each_kind_of_value_left_out(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    sheet = (
        "Họ tên,Email,Giá trị,Ngày chốt\n"
        "Lê Thị Mai,mai-at-example,1.000.000,01/02/2027\n"
        "Phạm Văn Nam,nam@example.vn,nhiều tiền,01/02/2027\n"
        "Võ Minh Tâm,tam@example.vn,2.000.000,32/13/2027\n"
    )
    wizard = wizard_on(qtbot, services, tmp_path, sheet)
    wizard.next()
    wizard.next()
    run(qtbot, wizard)
    summary = wizard.check_page.summary.text()
    assert "1 email, 1 amount and 1 date that are not valid are left out of their rows." in summary
    assert "emails or phone numbers" not in summary


def test_two_bad_emails_are_counted_in_the_plural(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    sheet = "Họ tên,Email\nLê Thị Mai,mai-at-example\nPhạm Văn Nam,nam(at)example\n"
    wizard = wizard_on(qtbot, services, tmp_path, sheet)
    wizard.next()
    wizard.next()
    run(qtbot, wizard)
    summary = wizard.check_page.summary.text()
    assert "2 emails that are not valid are left out of their rows." in summary


def test_show_the_imported_deals_hands_their_ids_to_the_window(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    services.deals.create("Already here", 1_000, "VND")
    wizard = wizard_on(qtbot, services, tmp_path, SHOP_SHEET)
    wizard.next()
    wizard.next()
    run(qtbot, wizard)
    assert not wizard.check_page.show_button.isVisible()  # a check imports nothing to show
    wizard.next()
    run(qtbot, wizard)
    button = wizard.import_page.show_button
    assert button.isVisible() and button.text() == "&Show the imported deals"
    with qtbot.waitSignal(wizard.show_deals_requested) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ids = shown.args[0]
    assert sorted(services.deals.get(i).title for i in ids) == [
        "Công ty TNHH Đức Phát – Trần Thị Hạnh",
        "Tiệm bánh Thiên Long – Nguyễn Văn Đức",
    ]
    assert wizard.result() == ImportWizard.DialogCode.Accepted and not wizard.isVisible()
