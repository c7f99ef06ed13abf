"""The Contacts, Organizations and Deals views joined to the window's view stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from crmdesk.gui.lists.list_view import ListView
from crmdesk.gui.lists.views import contacts_view, deals_view, organizations_view
from crmdesk.gui.operations import people
from crmdesk.gui.operations.feedback import attempt


def _deals(window: Any) -> QWidget:
    clock = window.services.context.clock
    view = deals_view(
        window.services,
        window.notices,
        window,
        window.filters.current,
        lambda: clock().astimezone().date(),
    )
    window.filters.filter_changed.connect(lambda _f: view.reload())
    view.row_opened.connect(window.commands.open_deal)
    view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu(point: Any) -> None:
        ids = view.selected_ids()
        if not ids:
            return
        m = QMenu(view)
        m.addAction(
            QCoreApplication.translate("Lists", "Open"), lambda: window.commands.open_deal(ids[0])
        )
        m.addAction(
            QCoreApplication.translate("Lists", "Restore"),
            lambda: attempt(window, lambda: window.services.deals.restore(ids)),
        )
        m.addAction(
            QCoreApplication.translate("Lists", "Archive"),
            lambda: attempt(window, lambda: window.services.deals.archive(ids)),
        )
        m.exec(view.table.viewport().mapToGlobal(point))

    view.table.customContextMenuRequested.connect(menu)
    return view


def _people(window: Any, kind: str) -> ListView:
    make = contacts_view if kind == people.CONTACTS else organizations_view
    view = make(window.services, window.notices, window)
    services = window.services

    def open_party(party_id: int | None) -> None:
        people.open_party(window, services, kind, party_id, window.commands.open_deal)

    view.row_opened.connect(open_party)
    new = QPushButton(
        QCoreApplication.translate("Lists", "New contact…")
        if kind == people.CONTACTS
        else QCoreApplication.translate("Lists", "New organization…")
    )
    new.setObjectName("newPartyButton")
    new.clicked.connect(lambda: open_party(None))
    duplicates = QPushButton(QCoreApplication.translate("Lists", "Find duplicates…"))
    duplicates.setObjectName("duplicatesButton")
    duplicates.clicked.connect(lambda: people.find_duplicates(window, services, kind))
    view.toolbar.addWidget(duplicates)
    view.toolbar.addWidget(new)
    view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu(point: Any) -> None:
        ids = view.selected_ids()
        if not ids:
            return
        m = QMenu(view)
        m.addAction(QCoreApplication.translate("Lists", "Open"), lambda: open_party(ids[0]))
        m.addAction(
            QCoreApplication.translate("Lists", "Archive"),
            lambda: people.set_archived(services, window, kind, ids, True),
        )
        m.addAction(
            QCoreApplication.translate("Lists", "Restore"),
            lambda: people.set_archived(services, window, kind, ids, False),
        )
        m.exec(view.table.viewport().mapToGlobal(point))

    view.table.customContextMenuRequested.connect(menu)
    return view


def add_list_views(window: Any) -> None:
    """Contacts, Organizations and Deals, after the board (Ctrl+2, Ctrl+3, Ctrl+4)."""
    views = window.views
    views.add(
        "contacts",
        lambda: QCoreApplication.translate("Lists", "Contacts"),
        lambda: _people(window, people.CONTACTS),
    )
    views.add(
        "organizations",
        lambda: QCoreApplication.translate("Lists", "Organizations"),
        lambda: _people(window, people.ORGANIZATIONS),
    )
    views.add("deals", lambda: QCoreApplication.translate("Lists", "Deals"), lambda: _deals(window))
    for stage, zone in window.board.zones.items():
        zone.clicked.connect(lambda stage=stage: show_outcome(window, stage))


def show_outcome(window: Any, stage: Any) -> ListView:
    """The Deals list filtered to one outcome (a click on the Won or Lost zone)."""
    view = window.views.show_view("deals")
    view.set_stage(stage.value)
    return view
