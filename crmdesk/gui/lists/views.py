"""The Contacts, Organizations and Deals views: which columns, filters and queries each has."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from crmdesk.domain.board import BoardFilter
from crmdesk.domain.deal_list import (
    CLOSE_RANGES,
    CREATED_RANGES,
    Archived,
    DealListFilter,
    DealListSort,
    date_range,
)
from crmdesk.domain.enums import DecisionRole, Stage, Temperature
from crmdesk.domain.errors import QT_TRANSLATE_NOOP
from crmdesk.domain.people import PeopleFilter, PeopleSort
from crmdesk.gui.board.card_delegate import temperature_name
from crmdesk.gui.formatting import format_money
from crmdesk.gui.language import translate
from crmdesk.gui.lists.list_view import COUNT_CAP, ListView
from crmdesk.gui.lists.paged_model import ListColumn
from crmdesk.gui.names import name
from crmdesk.gui.notices import NoticeRelay
from crmdesk.services import Services


def _combo(name: str, items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for label, data in items:
        combo.addItem(label, data)
    return combo


def role_name(role: DecisionRole) -> str:
    """A decision role in the user's language."""
    return name(DecisionRole(role))


def _roles() -> list[tuple[str, Any]]:
    return [(translate("Lists", "Any role"), None)] + [
        (role_name(r), r.value) for r in DecisionRole
    ]


def _people_filter(values: dict[str, Any]) -> PeopleFilter:
    return PeopleFilter(
        search=values.get("search", ""),
        decision_role=values.get("role"),
        industry=values.get("industry"),
        region=values.get("region"),
        has_open_deals=bool(values.get("open")),
        archived=bool(values.get("archived")),
    )


class _KnownTotal:
    """Pages of a people list, and its count: when reading a page of a search already found
    every match, the count that follows it (same filter) is that number, not another scan."""

    def __init__(
        self, page: Callable[..., tuple[list[Any], int | None]], count: Callable[..., int]
    ):
        self._page, self._count = page, count
        self._known: tuple[PeopleFilter, int] | None = None

    def fetch(
        self, values: dict[str, Any], sort: str, descending: bool, offset: int, limit: int
    ) -> list[Any]:
        """A page for the view's choices."""
        f = _people_filter(values)
        rows, total = self._page(f, PeopleSort(sort), descending, offset, limit)
        self._known = (f, total) if total is not None else None
        return rows

    def count(self, values: dict[str, Any]) -> int:
        """How many rows the choices show (up to the cap)."""
        f = _people_filter(values)
        if self._known is not None and self._known[0] == f:
            return self._known[1]
        return self._count(f, COUNT_CAP)


def _common_filters(services: Services) -> list[tuple[str, QComboBox]]:
    choices = services.people.choices()
    industry = _combo(
        "industry",
        [(translate("Lists", "Any industry"), None)] + [(i, i) for i in choices.industries],
    )
    region = _combo(
        "region", [(translate("Lists", "Any region"), None)] + [(r, r) for r in choices.regions]
    )
    deals = _combo(
        "open",
        [
            (translate("Lists", "With or without deals"), False),
            (translate("Lists", "Has open deals"), True),
        ],
    )
    archived = _combo(
        "archived", [(translate("Lists", "Live"), False), (translate("Lists", "Archived"), True)]
    )
    return [
        (translate("Lists", "Industry"), industry),
        (translate("Lists", "Region"), region),
        (translate("Lists", "Open deals"), deals),
        (translate("Lists", "Archived"), archived),
    ]


def contacts_view(services: Services, notices: NoticeRelay, parent: QWidget) -> ListView:
    """The Contacts list."""
    columns = [
        ListColumn(
            "name", lambda: translate("Lists", "Name"), lambda r: r.full_name, PeopleSort.NAME
        ),
        ListColumn(
            "organization",
            lambda: translate("Lists", "Organization"),
            lambda r: r.organization or "",
            PeopleSort.ORGANIZATION,
        ),
        ListColumn(
            "job_title", lambda: translate("Lists", "Job title"), lambda r: r.job_title or ""
        ),
        ListColumn("email", lambda: translate("Lists", "Email"), lambda r: r.email or ""),
        ListColumn("phone", lambda: translate("Lists", "Phone"), lambda r: r.phone or ""),
        ListColumn(
            "role", lambda: translate("Lists", "Role"), lambda r: role_name(r.decision_role)
        ),
        ListColumn("region", lambda: translate("Lists", "Region"), lambda r: r.region or ""),
        ListColumn(
            "open_deals",
            lambda: translate("Lists", "Open deals"),
            lambda r: str(r.open_deals),
            PeopleSort.OPEN_DEALS,
            True,
        ),
    ]
    role = _combo("role", _roles())
    known = _KnownTotal(services.people.contacts_counted, services.people.contacts_count)
    view = ListView(
        "contacts",
        columns,
        known.fetch,
        known.count,
        notices,
        [(translate("Lists", "Decision role"), role), *_common_filters(services)],
        PeopleSort.NAME,
        parent,
    )
    return view


def organizations_view(services: Services, notices: NoticeRelay, parent: QWidget) -> ListView:
    """The Organizations list."""
    columns = [
        ListColumn("name", lambda: translate("Lists", "Name"), lambda r: r.name, PeopleSort.NAME),
        ListColumn("tax_code", lambda: translate("Lists", "Tax code"), lambda r: r.tax_code or ""),
        ListColumn("industry", lambda: translate("Lists", "Industry"), lambda r: r.industry or ""),
        ListColumn(
            "size",
            lambda: translate("Lists", "Size"),
            lambda r: "" if r.size is None else str(r.size),
            None,
            True,
        ),
        ListColumn("region", lambda: translate("Lists", "Region"), lambda r: r.region or ""),
        ListColumn("phone", lambda: translate("Lists", "Phone"), lambda r: r.phone or ""),
        ListColumn("email", lambda: translate("Lists", "Email"), lambda r: r.email or ""),
        ListColumn("website", lambda: translate("Lists", "Website"), lambda r: r.website or ""),
        ListColumn(
            "contacts",
            lambda: translate("Lists", "Contacts"),
            lambda r: str(r.contacts),
            None,
            True,
        ),
        ListColumn(
            "open_deals",
            lambda: translate("Lists", "Open deals"),
            lambda r: str(r.open_deals),
            PeopleSort.OPEN_DEALS,
            True,
        ),
    ]
    known = _KnownTotal(services.people.organizations_counted, services.people.organizations_count)
    return ListView(
        "organizations",
        columns,
        known.fetch,
        known.count,
        notices,
        _common_filters(services),
        PeopleSort.NAME,
        parent,
    )


_RANGE_NAMES = {
    "past": QT_TRANSLATE_NOOP("Lists", "Close date passed"),
    "this_month": QT_TRANSLATE_NOOP("Lists", "This month"),
    "next_month": QT_TRANSLATE_NOOP("Lists", "Next month"),
    "next_90_days": QT_TRANSLATE_NOOP("Lists", "Next 90 days"),
    "this_quarter": QT_TRANSLATE_NOOP("Lists", "This quarter"),
    "this_year": QT_TRANSLATE_NOOP("Lists", "This year"),
    "today": QT_TRANSLATE_NOOP("Lists", "Today"),
    "last_7_days": QT_TRANSLATE_NOOP("Lists", "Last 7 days"),
    "last_30_days": QT_TRANSLATE_NOOP("Lists", "Last 30 days"),
    "last_month": QT_TRANSLATE_NOOP("Lists", "Last month"),
}


def _ranges(name: str, anything: str, keys: tuple[str, ...]) -> QComboBox:
    return _combo(
        name, [(anything, None)] + [(translate("Lists", _RANGE_NAMES[k]), k) for k in keys]
    )


def _deal_filter(
    values: dict[str, Any], board: Callable[[], BoardFilter], today: Callable[[], date]
) -> DealListFilter:
    stage = values.get("stage")
    stages = frozenset({Stage(stage)}) if stage else None
    close_from, close_to = date_range(values.get("close"), today())
    created_from, created_to = date_range(values.get("created"), today())
    return DealListFilter(
        board(),
        stages,
        Archived(values.get("archived") or Archived.LIVE),
        close_from,
        close_to,
        created_from,
        created_to,
    )


def deals_view(
    services: Services,
    notices: NoticeRelay,
    parent: QWidget,
    board: Callable[[], BoardFilter],
    today: Callable[[], date] = date.today,
) -> ListView:
    """The Deals list: every deal of any stage, won, lost and archived included, with the
    toolbar's search and filters (``board``) and its own stage, archive, expected close and
    created filters (ranges around ``today()``)."""
    columns = [
        ListColumn(
            "title", lambda: translate("Lists", "Title"), lambda r: r.title, DealListSort.TITLE
        ),
        ListColumn(
            "stage",
            lambda: translate("Lists", "Stage"),
            lambda r: name(r.stage),
            DealListSort.STAGE,
        ),
        ListColumn(
            "organization",
            lambda: translate("Lists", "Organization"),
            lambda r: r.organization or "",
            DealListSort.ORGANIZATION,
        ),
        ListColumn("contact", lambda: translate("Lists", "Contact"), lambda r: r.contact or ""),
        ListColumn(
            "value",
            lambda: translate("Lists", "Value"),
            lambda r: format_money(r.value_minor, r.currency),
            DealListSort.VALUE,
            True,
        ),
        ListColumn(
            "probability",
            lambda: translate("Lists", "Probability"),
            lambda r: f"{r.probability} %",
            DealListSort.PROBABILITY,
            True,
        ),
        ListColumn(
            "close",
            lambda: translate("Lists", "Expected close"),
            lambda r: r.expected_close.isoformat() if r.expected_close else "",
            DealListSort.EXPECTED_CLOSE,
        ),
        ListColumn(
            "owner",
            lambda: translate("Lists", "Owner"),
            lambda r: r.owner or "",
            DealListSort.OWNER,
        ),
        ListColumn(
            "temperature",
            lambda: translate("Lists", "Temperature"),
            lambda r: temperature_name(Temperature(r.temperature)),
        ),
        ListColumn(
            "lost_reason",
            lambda: translate("Lists", "Lost reason"),
            lambda r: r.lost_reason or "",
            DealListSort.LOST_REASON,
        ),
    ]
    stage = _combo(
        "stage",
        [(translate("Lists", "Any stage"), None)] + [(name(s), s.value) for s in Stage],
    )
    archived = _combo(
        "archived",
        [
            (translate("Lists", "Live"), Archived.LIVE.value),
            (translate("Lists", "Archived"), Archived.ARCHIVED.value),
            (translate("Lists", "Live and archived"), Archived.ALL.value),
        ],
    )
    close = _ranges("close", translate("Lists", "Any close date"), CLOSE_RANGES)
    created = _ranges("created", translate("Lists", "Created any time"), CREATED_RANGES)
    view = ListView(
        "deals",
        columns,
        lambda v, s, d, o, n: services.deal_list.page(
            _deal_filter(v, board, today), DealListSort(s), d, o, n
        ),
        lambda v: services.deal_list.count(_deal_filter(v, board, today), COUNT_CAP),
        notices,
        [
            (translate("Lists", "Stage"), stage),
            (translate("Lists", "Archived"), archived),
            (translate("Lists", "Expected close"), close),
            (translate("Lists", "Created"), created),
        ],
        DealListSort.CREATED,
        parent,
    )
    view.search.hide()  # the toolbar's search applies
    # the Deals list alone can be filtered to a stage from outside (a click on a Won/Lost zone)
    view.set_stage = lambda value: stage.setCurrentIndex(max(0, stage.findData(value)))  # type: ignore[attr-defined]
    return view
