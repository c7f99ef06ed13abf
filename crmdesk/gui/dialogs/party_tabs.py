"""What a contact's or an organization's dialog shows beside the form: their people, deals of any
stage, quotes and activity timeline, read-only; a double-click on a deal opens it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableWidget, QTabWidget, QVBoxLayout, QWidget

from crmdesk.domain.people_rows import PartyDetails
from crmdesk.gui.board.column_view import stage_name
from crmdesk.gui.dialogs.deal_activity_tab import kind_name
from crmdesk.gui.dialogs.deal_tabs import fill, hint_label, local_date_time, read_only_table
from crmdesk.gui.formatting import format_money, local_date
from crmdesk.gui.language import translate
from crmdesk.gui.lists.views import role_name
from crmdesk.gui.quotes.editor import status_name


def _tab(table: QTableWidget, empty: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    if table.rowCount() == 0:
        layout.addWidget(hint_label(empty))
    layout.addWidget(table, 1)
    return page


def _archived(flag: bool) -> str:
    return translate("PartyDialog", "archived") if flag else ""


def add_related_tabs(
    tabs: QTabWidget, details: PartyDetails, open_deal: Callable[[int], None] | None
) -> dict[str, QTableWidget]:
    """Add the People (organizations only), Deals, Quotes and Timeline tabs; the tables by
    name (``people``, ``deals``, ``quotes``, ``timeline``)."""
    tables: dict[str, QTableWidget] = {}
    if details.organization is not None and details.contact is None:
        people = read_only_table(
            [
                translate("PartyDialog", "Name"),
                translate("PartyDialog", "Job title"),
                translate("PartyDialog", "Role"),
                translate("PartyDialog", "Email"),
                translate("PartyDialog", "Phone"),
                "",
            ]
        )
        fill(
            people,
            [
                (
                    p.full_name,
                    p.job_title or "",
                    role_name(p.decision_role),
                    p.email or "",
                    p.phone or "",
                    _archived(p.archived),
                )
                for p in details.people
            ],
            stretch=(0,),
        )
        tables["people"] = people
        tabs.addTab(
            _tab(people, translate("PartyDialog", "Nobody works here yet.")),
            translate("PartyDialog", "&People"),
        )
    deals = read_only_table(
        [
            translate("PartyDialog", "Title"),
            translate("PartyDialog", "Stage"),
            translate("PartyDialog", "Value"),
            translate("PartyDialog", "Expected close"),
            "",
        ]
    )
    fill(
        deals,
        [
            (
                d.title,
                stage_name(d.stage),
                format_money(d.value_minor, d.currency),
                local_date(d.expected_close) if d.expected_close else "",
                _archived(d.archived),
            )
            for d in details.deals
        ],
        stretch=(0,),
    )
    ids = [d.id for d in details.deals]
    if open_deal is not None:
        deals.cellDoubleClicked.connect(lambda row, _col: open_deal(ids[row]))
    tables["deals"] = deals
    tabs.addTab(
        _tab(deals, translate("PartyDialog", "No deal yet.")),
        translate("PartyDialog", "&Deals (%1)").replace("%1", str(len(ids))),
    )
    quotes = read_only_table(
        [
            translate("PartyDialog", "Number"),
            translate("PartyDialog", "Deal"),
            translate("PartyDialog", "Status"),
            translate("PartyDialog", "Issued"),
        ]
    )
    fill(
        quotes,
        [
            (
                f"{q.number}" + (f" r{q.revision}" if q.revision > 1 else ""),
                title,
                status_name(q.status),
                local_date(q.issued_on),
            )
            for q, title in details.quotes
        ],
        stretch=(1,),
    )
    tables["quotes"] = quotes
    tabs.addTab(
        _tab(quotes, translate("PartyDialog", "No quote yet.")), translate("PartyDialog", "&Quotes")
    )
    timeline = read_only_table(
        [
            translate("PartyDialog", "When"),
            translate("PartyDialog", "Kind"),
            translate("PartyDialog", "Subject"),
            translate("PartyDialog", "Deal"),
        ]
    )
    rows = []
    for entry in details.timeline:
        a = entry.activity
        when = a.occurred_at or a.due_at
        rows.append(
            (local_date_time(when) if when else "", kind_name(a.kind), a.subject, entry.deal_title)
        )
    fill(timeline, rows, stretch=(2,))
    tables["timeline"] = timeline
    tabs.addTab(
        _tab(timeline, translate("PartyDialog", "Nothing happened yet.")),
        translate("PartyDialog", "&Timeline"),
    )
    return tables
