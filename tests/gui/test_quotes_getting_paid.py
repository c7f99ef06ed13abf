"""The quote editor, catalog and company profile as a user drives them: accepting a quote sets
the deal's value in one undo step, user text stays text, errors go when their cause goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import QuoteStatus, Stage
from crmdesk.gui.dialogs.company_settings import CompanySettings
from crmdesk.gui.quotes.catalog import CatalogWindow
from crmdesk.gui.quotes.editor import QuoteEditor
from crmdesk.gui.quotes.lines_model import QUANTITY
from crmdesk.services import LineSpec, Services
from tests.gui.answering import answer_message_box
from tests.integration.helpers import make_opportunity

POS = LineSpec("Phần mềm bán hàng POS", "bộ", 3000, 15_000_000, 500, 10)


def open_editor(qtbot: QtBot, services: Services, tmp_path: Path, quote_id: int) -> QuoteEditor:
    settings = QSettings(str(tmp_path / "q.ini"), QSettings.Format.IniFormat)
    editor = QuoteEditor(services, quote_id, settings)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def sent_quote(services: Services, title: str = "Hệ thống POS – Hoa Sen") -> int:
    deal = make_opportunity(services, title)
    quote = services.quotes.create(deal.id, [POS])
    services.quotes.set_status(quote.id, QuoteStatus.SENT)
    return quote.id


def test_accepting_offers_the_quote_total_as_the_deal_value_and_one_undo_reverts_both(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, services, tmp_path, sent_quote(services))
    asked: list[str] = []
    answer_message_box("dealValueQuestion", QMessageBox.StandardButton.Yes, asked)
    qtbot.mouseClick(editor.accept_button, Qt.MouseButton.LeftButton)
    assert asked == ["Set the deal's value to the quote's total, 47.025.000\u00a0₫? "
                     "It is now 125.000.000\u00a0₫."]  # fmt: skip
    deal = services.deals.get(editor.quote.deal_id)
    assert (deal.stage, deal.value_minor) == (Stage.WON, 47_025_000)
    assert "worth the quote's total" in editor.message.text()
    services.history.undo()
    deal = services.deals.get(editor.quote.deal_id)
    assert (deal.stage, deal.value_minor) == (Stage.OPPORTUNITY, 125_000_000)
    assert services.quotes.get(editor.quote.id).status == QuoteStatus.SENT


def test_cancelling_the_question_accepts_nothing(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, services, tmp_path, sent_quote(services))
    answer_message_box("dealValueQuestion", QMessageBox.StandardButton.Cancel, [])
    qtbot.mouseClick(editor.accept_button, Qt.MouseButton.LeftButton)
    assert services.quotes.get(editor.quote.id).status == QuoteStatus.SENT
    assert services.deals.get(editor.quote.deal_id).stage == Stage.OPPORTUNITY


def test_a_deal_title_with_markup_shows_literally_in_the_editor_heading(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    hostile = '<font size=40>BIG</font> <img src="/etc/x.png"/>'
    editor = open_editor(qtbot, services, tmp_path, sent_quote(services, hostile))
    shown = QTextDocument()
    shown.setHtml(editor.heading.text())  # what the label renders
    assert hostile in shown.toPlainText()
    assert "<img" not in editor.heading.text() and "<font" not in editor.heading.text()
    assert editor.heading.sizeHint().height() < 60  # no 40-size font, no image


def test_the_error_about_line_3_goes_when_line_3_is_removed(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    deal = make_opportunity(services)
    quote = services.quotes.create(deal.id, [POS, POS, POS])
    editor = open_editor(qtbot, services, tmp_path, quote.id)
    model = editor.model
    assert not model.setData(model.index(2, QUANTITY), "1000000000000")  # 10^12 units
    assert editor.message.text().startswith("Line 3: A quantity can be at most")
    editor.table.selectRow(2)
    remove = next(b for b in editor.findChildren(type(editor.save_button)) if "Remove" in b.text())
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 2 and editor.message.text() == ""
    assert editor.save()  # nothing left unsaved to ask about when the editor closes


def test_fixing_the_line_clears_its_error_but_another_line_keeps_it(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    deal = make_opportunity(services)
    quote = services.quotes.create(deal.id, [POS, POS, POS])
    editor = open_editor(qtbot, services, tmp_path, quote.id)
    model = editor.model
    assert not model.setData(model.index(1, QUANTITY), "abc")
    assert editor.message.text().startswith("Line 2:")
    assert model.setData(model.index(0, QUANTITY), "2")  # another line: still wrong
    assert editor.message.text().startswith("Line 2:")
    assert model.setData(model.index(1, QUANTITY), "2")
    assert editor.message.text() == ""
    assert editor.save()


def test_archive_is_enabled_for_a_product_just_saved(qtbot: QtBot, services: Services) -> None:
    window = CatalogWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.sku, "DV-BT-01")
    window.name.setText("Bảo trì hệ thống hằng tháng")  # QTest types ASCII only
    window.unit.setText("tháng")
    qtbot.keyClicks(window.price, "1.500.000")
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert window.archive_button.isEnabled()
    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    [product] = services.catalog.find("bảo trì", include_archived=True)
    assert product.archived


def test_the_catalog_shows_a_refused_sku_with_markup_literally(
    qtbot: QtBot, services: Services
) -> None:
    services.catalog.add("<b>X</b>", "Máy in", "cái", 1)
    window = CatalogWindow(services)
    qtbot.addWidget(window)
    for field, text in ((window.sku, "<b>X</b>"), (window.name, "A"), (window.unit, "cái")):
        field.setText(text)
    window.price.setText("1")
    assert not window.save()
    assert window.error.textFormat() == Qt.TextFormat.PlainText
    assert "<b>X</b>" in window.error.text()
    assert window.table.item(0, 0).text() == "<b>X</b>"


def test_the_bank_account_is_checked_beside_each_field(qtbot: QtBot, services: Services) -> None:
    dialog = CompanySettings(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["company.name"].setText("Công ty TNHH Thương mại Đức Phát")
    account = dialog.edits["company.account_number"]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    account.setFocus()
    qtbot.keyClicks(account, "0071-0012")
    qtbot.keyClick(account, Qt.Key.Key_Tab)  # leaving the field checks it
    beside = dialog.field_errors["company.account_number"]
    assert "digits only" in beside.text() and beside.isVisible()
    account.clear()
    account.setFocus()
    qtbot.keyClicks(account, "0071001234567")
    qtbot.keyClick(account, Qt.Key.Key_Tab)
    assert not beside.isVisible()
    dialog.edits["company.account_holder"].setText("CONG TY TNHH DUC PHAT")
    dialog.accept()  # no bank chosen
    bank_error = dialog.field_errors["company.bank_bin"]
    assert "Choose the bank" in bank_error.text() and bank_error.isVisible()
    assert services.settings.company()["company.account_number"] == ""
    dialog.bank.setCurrentIndex(dialog.bank.findData("970436"))
    dialog.accept()
    profile = services.settings.company()
    assert (profile["company.bank_bin"], profile["company.account_number"]) == (
        "970436",
        "0071001234567",
    )
    assert profile["quote.vietqr"] is True
