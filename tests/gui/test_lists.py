"""The Contacts, Organizations and Deals views in the window, driven by keys and clicks."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import Stage
from crmdesk.gui.lists.list_view import ListView
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import Services


def _people(services: Services) -> None:
    org = services.organizations.create("Công ty Hoa Sen", industry="Retail")
    services.contacts.create("Nguyễn Văn Đức", organization_id=org.id, email="duc@hoasen.vn")
    services.contacts.create("Trần Thị Lan", organization_id=org.id)


def test_ctrl_2_shows_contacts_and_typing_a_search_narrows_them(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    _people(services)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.views.current_key() == "contacts"
    view = window.views.widget("contacts")
    assert isinstance(view, ListView)
    assert view.model.rowCount() == 2
    qtbot.keyClicks(view.search, "nguy duc")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.model.row_at(0).full_name == "Nguyễn Văn Đức"


def test_the_views_come_in_order_and_a_header_click_sorts(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    _people(services)
    assert window.views.keys()[:4] == ["board", "contacts", "organizations", "deals"]
    view = window.views.show_view("contacts")
    assert isinstance(view, ListView)
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + 5
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    assert view.model.row_at(0).full_name == "Trần Thị Lan"  # by name, descending now


def test_clicking_the_won_zone_opens_the_deals_list_of_won_deals(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    services.deals.create("Open one", 1, "VND")
    services.deals.create("Won one", 2, "VND", stage=Stage.WON)
    window.show()
    zone = window.board.zones[Stage.WON]
    qtbot.mouseClick(zone, Qt.MouseButton.LeftButton)
    assert window.views.current_key() == "deals"
    view = window.views.widget("deals")
    assert isinstance(view, ListView)
    assert [view.model.row_at(r).title for r in range(view.model.rowCount())] == ["Won one"]


def test_the_deals_list_narrows_to_an_expected_close_and_a_created_range(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    services.deals.create("This month", 1, "VND", expected_close=date(2026, 11, 20))
    services.deals.create("Next year", 2, "VND", expected_close=date(2027, 1, 15))
    view = window.views.show_view("deals")
    assert isinstance(view, ListView)
    close = view.findChild(QComboBox, "close")
    created = view.findChild(QComboBox, "created")
    assert close is not None and created is not None
    close.setCurrentIndex(close.findData("this_month"))  # the tests' clock: 2 November 2026
    assert [view.model.row_at(r).title for r in range(view.model.rowCount())] == ["This month"]
    close.setCurrentIndex(close.findData("this_year"))
    assert view.model.rowCount() == 1
    close.setCurrentIndex(0)
    created.setCurrentIndex(created.findData("last_month"))
    assert view.model.rowCount() == 0
    created.setCurrentIndex(created.findData("today"))
    assert view.model.rowCount() == 2
    assert view.counter.text() == "2 row(s)"


def test_a_long_list_counts_up_to_the_cap_and_says_more_beyond(
    window: MainWindow, services: Services, monkeypatch: Any
) -> None:
    from crmdesk.gui.lists import list_view, views

    monkeypatch.setattr(list_view, "COUNT_CAP", 104)
    monkeypatch.setattr(views, "COUNT_CAP", 104)
    org = services.organizations.create("Hoa Sen")
    for n in range(106):
        services.contacts.create(f"Hoa {n:03}", organization_id=org.id)
    view = window.views.show_view("contacts")
    assert isinstance(view, ListView)
    assert view.counter.text() == "104+ rows"
    assert view.model.rowCount() == 100  # the first page, the rest on scrolling
    view.search.setText("hoa 10")
    view.reload()
    assert view.counter.text() == "6 row(s)"
    monkeypatch.setattr(list_view, "COUNT_CAP", 105)
    monkeypatch.setattr(views, "COUNT_CAP", 105)
    view.search.setText("")
    view.reload()
    assert view.counter.text() == "105+ rows"


def test_a_search_that_found_every_match_is_not_counted_again(
    window: MainWindow, services: Services, monkeypatch: Any
) -> None:
    org = services.organizations.create("Hoa Sen")
    for n in range(103):
        services.contacts.create(f"Hoa {n:03}", organization_id=org.id)
    services.contacts.create("Lan")
    counted: list[object] = []
    real = services.people.contacts_count
    monkeypatch.setattr(services.people, "contacts_count", lambda *a: counted.append(a) or real(*a))
    view = window.views.show_view("contacts")
    assert isinstance(view, ListView)
    assert view.counter.text() == "104 row(s)" and len(counted) == 1  # no search: counted
    view.search.setText("hoa")
    view.reload()
    assert view.counter.text() == "103 row(s)"
    assert len(counted) == 1  # the search's probe found all 103 on the way
