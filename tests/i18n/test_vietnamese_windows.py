"""Every window and dialog, opened in Vietnamese offscreen, shows no English left."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from crmdesk.domain.banks import napas_banks
from crmdesk.domain.enums import Gate, Stage
from crmdesk.gui.help import show_about, show_keys
from crmdesk.gui.language import install_language
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import Services
from tests.integration.helpers import LEAD_REQUIRED, PROSPECT_REQUIRED, met

I18N = Path(__file__).resolve().parents[2] / "crmdesk" / "i18n"
# Words that are both English and plain (accent-free) Vietnamese, names and codes we keep.
KEPT = {
    "crm",
    "desk",
    "email",
    "excel",
    "csv",
    "xlsx",
    "pdf",
    "vat",
    "sku",
    "vnd",
    "usd",
    "eur",
    "ctrl",
    "shift",
    "alt",
    "del",
    "enter",
    "esc",
    "tab",
    "delete",
    "hubspot",
    "pipedrive",
    "salesforce",
    "zoho",
    "google",
    "outlook",
    "website",
    "ok",
    "in",
    "an",
    "to",
    "do",
    "con",
    "tin",
    "ban",
    "hay",
    "the",
    "no",
    "not",
    "id",
    "iso",
    "pos",
    "url",
    "www",
    "http",
    "https",
    "english",
    "zalo",
    "facebook",
    "tiktok",
}


def words_of(text: str) -> set[str]:
    """The accent-free words of a text, without markup, placeholders or accelerators."""
    text = re.sub(r"<[^>]+>|&\w+;|%\w+|\{\w+\}", " ", text or "").replace("&", "")
    return {w.lower() for w in re.findall(r"[A-Za-z]{2,}", text)}


def english_words() -> set[str]:
    """Every word of the program's English text (the sources of our catalogues), except those
    the Vietnamese keeps too (names such as Google Contacts, examples such as Hoa Sen)."""
    english: set[str] = set()
    kept: set[str] = set()
    for name in ("crmdesk_vi.ts", "qt_vi.ts"):
        for message in ET.parse(I18N / name).getroot().iter("message"):
            english |= words_of(message.findtext("source") or "")
            kept |= words_of(message.findtext("translation") or "")
    return english - kept - KEPT


ENGLISH = english_words()


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user reads in ``root``: titles, labels, buttons, tabs,
    headers, combo items, placeholders, tooltips and menus."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow():
            yield where, widget.windowTitle()
        yield where + " tooltip", widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from ((where, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from ((where, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            for section in range(header.count()):
                text = widget.model().headerData(section, Qt.Orientation.Horizontal)
                yield where + " header", str(text or "")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield from menu_texts(action.text(), action.menu())


def menu_texts(title: str, menu: QMenu | None) -> Iterator[tuple[str, str]]:
    yield "menu", title
    if menu is not None:
        for action in menu.actions():
            yield from menu_texts(action.text(), action.menu())
            yield "menu tip", action.statusTip()


def english_left(root: QWidget, data: set[str] = frozenset()) -> list[str]:
    """Texts in ``root`` with a word of the program's English in them."""
    found = []
    for where, text in texts_of(root):
        plain = text or ""
        for value in data:
            plain = plain.replace(value, " ")
        words = words_of(plain)
        if words & ENGLISH:
            found.append(f"{where}: {text!r} ({', '.join(sorted(words & ENGLISH))})")
    return found


@pytest.fixture
def vietnamese(restore_language: None) -> None:
    install_language("vi")


@pytest.fixture
def vi_services(services: Services) -> Services:
    """A file with a Vietnamese opportunity, a quote and a product (no English data)."""
    org = services.organizations.create("Công ty TNHH Hoa Sen", industry="Bán lẻ", size=40)
    person = services.contacts.create(
        "Nguyễn Văn Đức", organization_id=org.id, email="duc@hoasen.vn", phone="0903 123 456"
    )
    deal = services.deals.create(
        "Phần mềm bán hàng",
        125_000_000,
        "VND",
        organization_id=org.id,
        contact_id=person.id,
        source="Giới thiệu",
    )
    services.pipeline.move(
        [deal.id], "opportunity", answers=met(*LEAD_REQUIRED, *PROSPECT_REQUIRED)
    )
    services.catalog.add("POS-01", "Phần mềm bán hàng POS", "bộ", 15_000_000, "VND", 10)
    services.deals.create("Thiết kế cửa hàng", 40_000_000, "VND", new_organization="Tiệm Mai")
    return services


DATA = {"duc@hoasen.vn", "POS-01", "POS"}
# The NAPAS members' names are data (proper names as the banks write them), not our English.
BANKS = {f"{b.short_name} — {b.name} ({b.bin})" for b in napas_banks().banks}


def test_the_main_window_speaks_vietnamese(
    vietnamese: None, qtbot: QtBot, vi_services: Services, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(vi_services, "crmdesk.sqlite", settings, background=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert window.stack.currentWidget() is window.board
    assert not (left := english_left(window, DATA)), "\n".join(left)
    assert "Cơ hội bán hàng" in {t for _w, t in texts_of(window)}


def test_the_welcome_page_and_the_import_wizard_speak_vietnamese(
    vietnamese: None, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, "crmdesk.sqlite", settings, background=False)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.welcome
    assert not (left := english_left(window)), "\n".join(left)
    source = tmp_path / "khach.csv"
    source.write_text("Họ tên,Công ty,Giai đoạn\nLê Thị Mai,Hoa Sen,Đang đàm phán\n", "utf-8")
    wizard = window.commands.import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(source))
    problems = english_left(wizard, {str(source)})
    wizard.next()
    problems += english_left(wizard, {"Họ tên", "Công ty", "Giai đoạn"})
    wizard.mapping_page.choose("Họ tên", "contact.full_name")
    wizard.mapping_page.choose("Giai đoạn", "deal.stage")
    wizard.next()
    problems += english_left(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None)
    problems += english_left(wizard, {"khach.csv"})
    assert not problems, "\n".join(problems)
    assert wizard.button(QWizard.WizardButton.CancelButton).text() != "Cancel"


def test_the_deal_dialog_and_its_tabs_speak_vietnamese(
    vietnamese: None, qtbot: QtBot, vi_services: Services, tmp_path: Path
) -> None:
    from crmdesk.gui.dialogs.deal_editor import DealDialog

    deal = vi_services.board.column(Stage.OPPORTUNITY, limit=1)[0]
    vi_services.quotes.create(deal.id)
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    dialog = DealDialog(vi_services, deal.id, None, None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    problems = []
    tabs = dialog.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems += english_left(dialog, DATA)
    assert not problems, "\n".join(problems)


def test_the_gate_and_reason_dialogs_speak_vietnamese(
    vietnamese: None, qtbot: QtBot, vi_services: Services
) -> None:
    from crmdesk.gui.dialogs.gate_dialog import GateDialog
    from crmdesk.gui.dialogs.reasons import BackwardDialog, LostDialog

    lead = vi_services.board.column(Stage.LEAD, limit=1)[0]
    views = vi_services.pipeline.gates_for(lead.id, Stage.OPPORTUNITY)
    assert {v.gate for v in views} == {Gate.LEAD_TO_PROSPECT, Gate.PROSPECT_TO_OPPORTUNITY}
    dialogs = [
        GateDialog([lead.title], views, None),
        BackwardDialog([lead.title], "Khách tiềm năng"),
        LostDialog([lead.title], vi_services.settings.lost_reasons()),
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        problems += english_left(dialog, {lead.title})
    assert not problems, "\n".join(problems)


def test_the_quote_editor_catalog_and_settings_speak_vietnamese(
    vietnamese: None, qtbot: QtBot, vi_services: Services, tmp_path: Path
) -> None:
    from crmdesk.gui.dialogs.company_settings import CompanySettings
    from crmdesk.gui.dialogs.pipeline_settings import PipelineSettings
    from crmdesk.gui.dialogs.qualification_settings import QualificationSettings
    from crmdesk.gui.dialogs.scoring_settings import ScoringSettings
    from crmdesk.gui.quotes.catalog import CatalogWindow
    from crmdesk.gui.quotes.editor import QuoteEditor

    deal = vi_services.board.column(Stage.OPPORTUNITY, limit=1)[0]
    quote = vi_services.quotes.create(deal.id)
    settings = QSettings(str(tmp_path / "q.ini"), QSettings.Format.IniFormat)
    windows: list[QWidget] = [
        QuoteEditor(vi_services, quote.id, settings),
        CatalogWindow(vi_services),
        CompanySettings(vi_services),
        QualificationSettings(vi_services),
        ScoringSettings(vi_services),
        PipelineSettings(vi_services),
    ]
    problems = []
    for window in windows:
        qtbot.addWidget(window)
        window.show()
        problems += english_left(window, DATA | BANKS)
        for tabs in window.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                problems += english_left(window, DATA)
    assert not problems, "\n".join(problems)


def english_in(texts: list[str]) -> list[str]:
    """The texts with a word of the program's English in them."""
    return [t for t in texts if words_of(t) & ENGLISH]


def test_message_boxes_and_the_score_tooltip_speak_vietnamese(
    vietnamese: None,
    qtbot: QtBot,
    vi_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from crmdesk.gui import locking

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, t, x: shown.extend([t, x]))
    monkeypatch.setattr(QMessageBox, "about", lambda _p, t, x: shown.extend([t, x]))

    def capture(box: QMessageBox) -> int:
        shown.extend([box.windowTitle(), box.text(), *(b.text() for b in box.buttons())])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(vi_services, "crmdesk.sqlite", settings, background=False)
    qtbot.addWidget(window)
    show_keys(window)
    show_about(window, "crmdesk.sqlite")
    locking.confirm_second_window(Path("/du-lieu/crmdesk.sqlite"), "tiến trình 42 trên máy-a")
    deal = vi_services.board.column(Stage.OPPORTUNITY, limit=1)[0]
    shown.append(window.board.explanation_html(deal.id))
    assert len(shown) >= 8
    assert english_in(shown) == []
