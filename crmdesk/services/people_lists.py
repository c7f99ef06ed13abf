"""The Contacts and Organizations lists, and a party's details, read page by page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import desc, select
from sqlalchemy.orm import Session

from crmdesk.db import people_queries as q
from crmdesk.db.models import ActivityRow, ContactRow, DealRow, OrganizationRow, QuoteRow
from crmdesk.db.portable import binary
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.people import PeopleFilter, PeopleSort
from crmdesk.domain.people_rows import (
    ContactListRow,
    OrganizationListRow,
    PartyDeal,
    PartyDetails,
    TimelineEntry,
)
from crmdesk.services.context import ServiceContext
from crmdesk.services.quote_rows import to_quote
from crmdesk.services.rows import (
    CONTACT,
    ORGANIZATION,
    get_or_raise,
    to_activity,
    to_contact,
    to_organization,
)

MAX_PAGE = 1000
TIMELINE_MAX = 200


@dataclass(frozen=True, slots=True)
class PeopleChoices:
    """Values the lists' filters offer."""

    industries: tuple[str, ...]
    regions: tuple[str, ...]


def _check_page(offset: int, limit: int) -> None:
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A page holds 1 to {max} rows from offset 0 on."),
            None,
            max=MAX_PAGE,
        )


def _details(session: Session, link: Any) -> tuple[Any, ...]:
    deals = list(
        session.scalars(select(DealRow).where(link).order_by(desc(DealRow.created_at), DealRow.id))
    )
    titles = {d.id: d.title for d in deals}
    ids = list(titles)
    quotes: Iterable[QuoteRow] = (
        session.scalars(
            select(QuoteRow)
            .where(QuoteRow.deal_id.in_(ids))
            .order_by(desc(QuoteRow.issued_on), desc(QuoteRow.id))
        )
        if ids
        else []
    )
    activities: Iterable[ActivityRow] = (
        session.scalars(
            select(ActivityRow)
            .where(ActivityRow.deal_id.in_(ids))
            .order_by(
                desc(ActivityRow.occurred_at.is_(None)),
                desc(ActivityRow.occurred_at),
                desc(ActivityRow.due_at),
                desc(ActivityRow.id),
            )
            .limit(TIMELINE_MAX)
        )
        if ids
        else []
    )
    return (
        tuple(
            PartyDeal(
                d.id, d.title, d.stage, d.value_minor, d.currency, d.archived, d.expected_close
            )
            for d in deals
        ),
        tuple((to_quote(r), titles[r.deal_id]) for r in quotes),
        tuple(TimelineEntry(to_activity(a), titles[a.deal_id]) for a in activities),
    )


class PeopleListService:
    """What the Contacts and Organizations views show, for any filter, a page at a time."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def contacts(
        self,
        people_filter: PeopleFilter | None = None,
        sort: PeopleSort = PeopleSort.NAME,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[ContactListRow]:
        """A page of the Contacts list."""
        return self.contacts_counted(people_filter, sort, descending, offset, limit)[0]

    def contacts_counted(
        self,
        people_filter: PeopleFilter | None = None,
        sort: PeopleSort = PeopleSort.NAME,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> tuple[list[ContactListRow], int | None]:
        """A page of the Contacts list, and how many contacts match when the search found that
        out on the way (None: ask :meth:`contacts_count`)."""
        _check_page(offset, limit)
        f = people_filter or PeopleFilter()

        def query(s: Session) -> tuple[list[ContactListRow], int | None]:
            rows, total = q.contacts_page_total(s, f, PeopleSort(sort), descending, offset, limit)
            return [ContactListRow(**r) for r in rows], total

        return self._ctx.read(query)

    def contacts_count(
        self, people_filter: PeopleFilter | None = None, cap: int | None = None
    ) -> int:
        """How many contacts the filter shows; with ``cap``, counting stops past it (a result
        above ``cap`` means "more than ``cap``")."""
        return self._ctx.read(lambda s: q.contacts_count(s, people_filter or PeopleFilter(), cap))

    def organizations(
        self,
        people_filter: PeopleFilter | None = None,
        sort: PeopleSort = PeopleSort.NAME,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[OrganizationListRow]:
        """A page of the Organizations list."""
        return self.organizations_counted(people_filter, sort, descending, offset, limit)[0]

    def organizations_counted(
        self,
        people_filter: PeopleFilter | None = None,
        sort: PeopleSort = PeopleSort.NAME,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> tuple[list[OrganizationListRow], int | None]:
        """A page of the Organizations list, and how many match when the search found that out
        on the way (None: ask :meth:`organizations_count`)."""
        _check_page(offset, limit)
        f = people_filter or PeopleFilter()

        def query(s: Session) -> tuple[list[OrganizationListRow], int | None]:
            rows, total = q.organizations_page_total(
                s, f, PeopleSort(sort), descending, offset, limit
            )
            return [OrganizationListRow(**r) for r in rows], total

        return self._ctx.read(query)

    def organizations_count(
        self, people_filter: PeopleFilter | None = None, cap: int | None = None
    ) -> int:
        """How many organizations the filter shows; with ``cap``, counting stops past it."""
        return self._ctx.read(
            lambda s: q.organizations_count(s, people_filter or PeopleFilter(), cap)
        )

    def choices(self) -> PeopleChoices:
        """The industries and regions in use."""
        return self._ctx.read(
            lambda s: PeopleChoices(
                tuple(q.distinct_org_values(s, "industry")),
                tuple(q.distinct_org_values(s, "region")),
            )
        )

    def contact_details(self, contact_id: int) -> PartyDetails:
        """A contact with its organization, deals of any stage, quotes and activities."""

        def query(session: Session) -> PartyDetails:
            row = get_or_raise(session, ContactRow, contact_id, CONTACT)
            org = session.get(OrganizationRow, row.organization_id) if row.organization_id else None
            deals, quotes, timeline = _details(session, DealRow.contact_id == contact_id)
            return PartyDetails(
                to_contact(row, session),
                to_organization(org) if org else None,
                (),
                deals,
                quotes,
                timeline,
            )

        return self._ctx.read(query)

    def organization_details(self, org_id: int) -> PartyDetails:
        """An organization with its people, deals of any stage, quotes and activities."""

        def query(session: Session) -> PartyDetails:
            row = get_or_raise(session, OrganizationRow, org_id, ORGANIZATION)
            people = session.scalars(
                select(ContactRow)
                .where(ContactRow.organization_id == org_id)
                .order_by(ContactRow.archived, binary(ContactRow.name_folded), ContactRow.id)
            )
            deals, quotes, timeline = _details(session, DealRow.organization_id == org_id)
            return PartyDetails(
                None,
                to_organization(row),
                tuple(to_contact(p, session) for p in people),
                deals,
                quotes,
                timeline,
            )

        return self._ctx.read(query)
