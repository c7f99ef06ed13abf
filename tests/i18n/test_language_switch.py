"""Switching the language rebuilds the window in place and loses nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import Stage
from crmdesk.gui.formatting import format_money, format_totals, local_date
from crmdesk.gui.language import LANGUAGE_KEY, install_language, saved_language
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import Services
from tests.integration.helpers import make_lead, make_opportunity


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_to_vietnamese_rebuilds_the_window_with_the_same_view(
    restore_language: None,
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_lead(services)
    deal = make_lead(services, "Thiết kế website – Mai Anh")
    window.board.refresh()
    window.filters.search.setText("mai anh")
    window.filters.apply()
    assert menu_titles(window)[0] == "&File"
    undo = services.history.undo_label

    monkeypatch.delenv("CRMDESK_LANG")
    vietnamese = window.switch_language("vi")
    qtbot.addWidget(vietnamese)
    assert vietnamese is not window and not window.isVisible() and vietnamese.isVisible()
    assert menu_titles(vietnamese)[:2] == ["&Tệp", "&Sửa"]
    assert vietnamese.filters.search.text() == "mai anh"
    assert [c.id for c in vietnamese.board.models[Stage.LEAD].cards()] == [deal.id]
    assert services.history.undo_label == undo
    assert vietnamese.actions_.undo.isEnabled()
    assert vietnamese.actions_.languages["vi"].isChecked()
    assert saved_language(ui_settings) == "vi"
    assert QLocale().language() == QLocale.Language.Vietnamese
    assert QLocale().firstDayOfWeek().name == "Monday"
    assert local_date(date(2026, 12, 31)) == "31/12/2026"
    assert format_money(1_250_000, "VND") == "1.250.000\u00a0₫"
    assert format_money(125_000, "USD") == "$1,250.00"
    assert format_totals((("VND", 4_890_000_000),)) == "4,89\u00a0tỷ\u00a0₫"

    english = vietnamese.switch_language("en")
    qtbot.addWidget(english)
    assert menu_titles(english)[0] == "&File"
    assert local_date(date(2026, 12, 31)) == "12/31/2026"
    assert format_totals((("VND", 4_890_000_000),)) == "4.89\u00a0B\u00a0₫"
    assert ui_settings.value(LANGUAGE_KEY) == "en"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_new_quote_is_in_the_interface_language(
    restore_language: None,
    window: MainWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    deal = make_opportunity(services)
    window.board.refresh(select=[deal.id])
    opened: list[int] = []
    monkeypatch.setattr(window.commands, "open_quote", opened.append)
    install_language(language)
    window.commands.new_quote()
    quotes = services.quotes.for_deal(deal.id)
    assert [q.language for q in quotes] == [language]
    assert opened == [quotes[0].id]
