"""The quote editor, the catalog and the company profile, driven through their widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import QuoteStatus, Stage
from crmdesk.gui.dialogs.company_settings import CompanySettings
from crmdesk.gui.main_window import MainWindow
from crmdesk.gui.quotes.catalog import CatalogWindow
from crmdesk.gui.quotes.editor import QuoteEditor
from crmdesk.gui.quotes.lines_model import AMOUNT, DISCOUNT, QUANTITY
from crmdesk.services import Services
from tests.gui.answering import answer_message_box
from tests.integration.helpers import make_opportunity


def editor_for(qtbot: QtBot, services: Services, tmp_path: Path) -> QuoteEditor:
    services.catalog.add("POS-01", "Phần mềm bán hàng POS", "bộ", 15_000_000, "VND", 10)
    deal = make_opportunity(services)
    quote = services.quotes.create(deal.id)
    editor = QuoteEditor(
        services, quote.id, QSettings(str(tmp_path / "q.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(editor)
    return editor


def test_lines_from_the_catalog_edit_with_exact_live_totals(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    editor = editor_for(qtbot, services, tmp_path)
    editor.add_product()
    model = editor.model
    assert model.setData(model.index(0, QUANTITY), "1,5")
    assert model.setData(model.index(0, DISCOUNT), "10")
    # 1,5 × 15.000.000 = 22.500.000, less 10 % = 20.250.000; VAT 10 % = 2.025.000
    assert model.data(model.index(0, AMOUNT)) == "20.250.000\u00a0₫"
    assert "22.275.000\u00a0₫" in editor.totals.text()
    assert not model.setData(model.index(0, QUANTITY), "abc")
    assert "Line 1:" in editor.message.text() and "not a quantity" in editor.message.text()
    assert model.data(model.index(0, QUANTITY)) == "1,5"
    assert editor.save()
    [line] = services.quotes.lines(editor.quote.id)
    assert (line.quantity_milli, line.discount_bp, line.product_id) == (1500, 1000, line.product_id)
    assert services.quotes.totals(editor.quote.id).grand_total == 22_275_000


def test_saving_a_sent_quote_makes_revision_two_and_accepting_wins_the_deal(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    editor = editor_for(qtbot, services, tmp_path)
    editor.add_product()
    editor.set_status(QuoteStatus.SENT)
    first = editor.quote
    assert first.status == QuoteStatus.SENT and first.revision == 1
    editor.add_free_line()
    model = editor.model
    model.setData(model.index(1, 0), "Đào tạo tại chỗ")
    model.setData(model.index(1, 3), "1.800.000")
    assert editor.save()
    assert (editor.quote.number, editor.quote.revision) == (first.number, 2)
    assert "revision 1, as sent, is kept" in editor.message.text()
    assert len(services.quotes.lines(first.id)) == 1
    editor.set_status(QuoteStatus.SENT)
    asked: list[str] = []
    answer_message_box("dealValueQuestion", QMessageBox.StandardButton.No, asked)
    editor.set_status(QuoteStatus.ACCEPTED)
    assert asked  # the deal's value was offered, and left alone
    deal = services.deals.get(editor.quote.deal_id)
    assert (deal.stage, deal.value_minor) == (Stage.WON, 125_000_000)
    assert not editor.save_button.isEnabled()  # an accepted quote no longer changes


def test_a_new_quote_shows_on_its_card(window: MainWindow, services: Services) -> None:
    deal = make_opportunity(services)
    services.quotes.create(deal.id)
    card = window.board.models[Stage.OPPORTUNITY].card(0)
    assert (card.quotes, card.quote_status) == (1, QuoteStatus.DRAFT)


def test_the_catalog_window_adds_a_product_and_refuses_a_duplicate_sku(
    qtbot: QtBot, services: Services
) -> None:
    window = CatalogWindow(services)
    qtbot.addWidget(window)
    window.sku.setText("TB-IN-01")
    window.name.setText("Máy in hóa đơn nhiệt")
    window.unit.setText("cái")
    window.price.setText("2.350.000")
    assert window.save()
    [product] = services.catalog.find("máy in")
    assert (product.unit_price_minor, product.vat_rate) == (2_350_000, 10)
    window.clear_form()
    window.sku.setText("TB-IN-01")
    window.name.setText("Another")
    window.unit.setText("cái")
    window.price.setText("1")
    assert not window.save()
    assert "already has the SKU" in window.error.text()


def test_the_company_profile_checks_the_email_and_the_logo(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    dialog = CompanySettings(services)
    qtbot.addWidget(dialog)
    dialog.edits["company.name"].setText("Công ty TNHH Thương mại Đức Phát")
    dialog.edits["company.email"].setText("not an email")
    dialog.accept()
    beside = dialog.field_errors["company.email"]
    assert "not an email address" in beside.text() and not beside.isHidden()
    assert services.settings.company()["company.name"] == ""
    dialog.edits["company.email"].setText("lienhe@ducphat.vn")

    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n this is not an image")
    assert not dialog.use_logo_file(broken)
    assert dialog.error.text()

    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    good = tmp_path / "wide.png"
    assert image.save(str(good))
    assert dialog.use_logo_file(good)
    dialog.accept()
    profile = services.settings.company()
    assert profile["company.name"] == "Công ty TNHH Thương mại Đức Phát"
    logo = QImage.fromData(profile["company.logo"])
    assert (logo.width(), logo.height()) == (600, 150)  # scaled to fit, shape kept
    assert services.history.undo_label == "Edit company profile"
