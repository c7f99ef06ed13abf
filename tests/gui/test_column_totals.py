"""Column totals: three significant digits in the interface language, every đồng in the tooltip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import Stage
from crmdesk.gui.board.column_model import ColumnModel
from crmdesk.gui.board.column_view import ColumnHeader
from crmdesk.gui.formatting import format_money, format_totals
from crmdesk.gui.language import current_language, install_language
from crmdesk.services import Services

NBSP = "\u00a0"


@pytest.fixture(params=["en", "vi"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    before, locale = current_language(), QLocale()
    install_language(request.param)
    yield request.param
    install_language(before)
    QLocale.setDefault(locale)


CASES = [  # minor units of VND, English, Vietnamese
    (11_812_345_000, "11.8 B ₫", "11,8 tỷ ₫"),
    (138_000_000, "138 M ₫", "138 tr ₫"),
    (4_890_000_000, "4.89 B ₫", "4,89 tỷ ₫"),
    (1_250_000, "1.25 M ₫", "1,25 tr ₫"),
    (999_600_000, "1.00 B ₫", "1,00 tỷ ₫"),  # rounds up into the next unit
    (12_345_678_900_000, "12.3 T ₫", "12,3 nghìn tỷ ₫"),
    (-2_500_000, "-2.50 M ₫", "-2,50 tr ₫"),
]


@pytest.mark.parametrize(("minor", "english", "vietnamese"), CASES)
def test_an_abbreviated_total_uses_the_interface_languages_decimal_mark(
    language: str, minor: int, english: str, vietnamese: str
) -> None:
    shown = format_totals((("VND", minor),))
    assert shown == (english if language == "en" else vietnamese).replace(" ", NBSP)


def test_full_amounts_keep_the_currencys_own_convention(language: str) -> None:
    assert format_money(11_812_345_000, "VND") == f"11.812.345.000{NBSP}₫"
    assert format_money(125_050, "USD") == "$1,250.50"
    assert format_totals((("USD", 300_000_000),)) == (
        f"3.00{NBSP}M{NBSP}$" if language == "en" else f"3,00{NBSP}tr{NBSP}$"
    )


def test_a_card_moving_changes_the_header_visibly(qapp) -> None:  # type: ignore[no-untyped-def]
    """Rounded to 0.1 B, 4.9 B stayed 4.9 B when a 30 M deal left; three digits show it."""
    before = format_totals((("VND", 4_890_000_000),))
    after = format_totals((("VND", 4_860_000_000),))
    assert (before, after) == (f"4.89{NBSP}B{NBSP}₫", f"4.86{NBSP}B{NBSP}₫")


def test_the_header_tooltip_gives_the_exact_sum(
    services: Services, qtbot: QtBot, language: str
) -> None:
    services.deals.create("A", 11_812_345_000, "VND")
    services.deals.create("B", 999, "VND")
    model = ColumnModel(services, Stage.LEAD)
    model.set_view(model.board_filter, model.board_sort, services.board.totals()[Stage.LEAD])
    header = ColumnHeader(Stage.LEAD)
    qtbot.addWidget(header)
    header.show_totals(model)
    exact = f"11.812.345.999{NBSP}₫"
    assert header.total.text() == format_totals((("VND", 11_812_345_999),))
    assert exact in header.total.toolTip()
    assert header.total.toolTip() != header.total.text()
