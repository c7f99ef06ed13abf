"""The window fits a 1024 × 600 screen in both languages, and a language switch keeps its size."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.gui.language import install_language
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import Services
from tests.integration.helpers import make_opportunity


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_window_can_be_as_small_as_1024_by_600(
    restore_language: None, make_window, services: Services, language: str, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    make_opportunity(services)
    install_language(language)
    window: MainWindow = make_window(services)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600, hint
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    header = window.board.columns[next(iter(window.board.columns))].header
    assert header.sort.width() <= header.width() // 2  # the order menu leaves room for the name


def test_a_language_switch_keeps_a_small_window_small(
    restore_language: None, make_window, services: Services, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    make_opportunity(services)
    install_language("en")
    window: MainWindow = make_window(services)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    vietnamese = window.switch_language("vi")
    qtbot.addWidget(vietnamese)
    qtbot.waitUntil(lambda: vietnamese.isVisible())
    assert vietnamese.width() == 1024 and vietnamese.height() == 600
    vietnamese.close()


def test_score_tooltip_dates_never_wrap(window: MainWindow, services: Services) -> None:
    deal = make_opportunity(services)
    services.activities.log(deal.id, "demo_request")
    tip = window.board.explanation_html(deal.id)
    assert tip.count("white-space:nowrap") >= 3
