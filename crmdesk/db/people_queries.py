"""The Contacts and Organizations lists in SQL: one page at a time, counts, filter choices.

Search words match the start of any word of ``search_key`` (``LIKE '% word%'``, portable);
pages are read in the order of an index where one exists, so the first page of a large file
comes without reading every row. A search first reads up to ``PROBE`` matching ids in storage
order: when that is all of them, the page is those rows sorted (a rare word no longer walks the
whole name index); when there are more, matches are dense and the index order finds a page
soon. Counts read in storage order and stop past their cap.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import RowMapping, Select, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from crmdesk.db.models import ContactRow, DealRow, OrganizationRow
from crmdesk.db.portable import binary, ordered
from crmdesk.domain.enums import OPEN_STAGES
from crmdesk.domain.people import PeopleFilter, PeopleSort, like_word_start

_ORG = aliased(OrganizationRow, name="org")


def _open_deals(column: Any) -> Any:
    """Live open deals of the contact or organization whose id is ``column``."""
    return and_(
        column,
        DealRow.archived.is_(False),
        DealRow.stage.in_(OPEN_STAGES),
    )


def open_deal_count(link: Any) -> Any:
    """A scalar subquery counting the live open deals matching ``link``."""
    return select(func.count(DealRow.id)).where(_open_deals(link)).scalar_subquery()


def _words(query: Select[*tuple[Any, ...]], key: Any, f: PeopleFilter) -> Select[*tuple[Any, ...]]:
    for word in f.words():
        query = query.where(key.like(like_word_start(word), escape="/"))
    return query


PROBE = 1000  # a search matching at most this many rows reads them by id, then sorts them


def _archived(column: Any, archived: bool, scan: bool) -> Any:
    """The archive condition; with ``scan`` written so that no index can answer it, so a
    search reads the table in storage order (and a capped count stops at once when matches are
    many) instead of walking an index in name order past every row that does not match."""
    return func.coalesce(column, False).is_(archived) if scan else column.is_(archived)


def _probe(session: Session, ids: Select[*tuple[Any, ...]]) -> list[int] | None:
    """The ids ``ids`` selects when they are at most ``PROBE`` (None: more, or no search)."""
    found = list(session.scalars(ids.limit(PROBE + 1)))
    return found if len(found) <= PROBE else None


def _contacts(
    query: Select[*tuple[Any, ...]], f: PeopleFilter, scan: bool = False
) -> Select[*tuple[Any, ...]]:
    query = query.where(_archived(ContactRow.archived, f.archived, scan))
    query = _words(query, ContactRow.search_key, f)
    if f.organization_id is not None:
        query = query.where(ContactRow.organization_id == f.organization_id)
    if f.decision_role:
        query = query.where(ContactRow.decision_role == f.decision_role)
    if f.industry:
        query = query.where(_ORG.industry == f.industry)
    if f.region:
        query = query.where(_ORG.region == f.region)
    if f.has_open_deals:
        query = query.where(exists().where(_open_deals(DealRow.contact_id == ContactRow.id)))
    return query


def contacts_page_total(
    session: Session, f: PeopleFilter, sort: PeopleSort, descending: bool, offset: int, limit: int
) -> tuple[list[RowMapping], int | None]:
    """One page of the Contacts list, and how many rows match when the search's probe found
    them all (None otherwise: count them with :func:`contacts_count`)."""
    deals = open_deal_count(DealRow.contact_id == ContactRow.id).label("open_deals")
    query: Select[*tuple[Any, ...]] = select(
        ContactRow.id,
        ContactRow.full_name,
        ContactRow.job_title,
        ContactRow.organization_id,
        _ORG.name.label("organization"),
        ContactRow.email,
        ContactRow.phone,
        ContactRow.decision_role,
        _ORG.industry,
        _ORG.region,
        ContactRow.address,
        ContactRow.archived,
        ContactRow.created_at,
        deals,
    ).outerjoin(_ORG, _ORG.id == ContactRow.organization_id)
    few = None
    if f.words():
        probe = select(ContactRow.id).outerjoin(_ORG, _ORG.id == ContactRow.organization_id)
        few = _probe(session, _contacts(probe, f, scan=True))
        if few == []:
            return [], 0
    query = _contacts(query, f, scan=few is not None)
    if few is not None:
        query = query.where(ContactRow.id.in_(few))
    by_sort: dict[PeopleSort, list[Any]] = {
        PeopleSort.NAME: [binary(ContactRow.name_folded)],
        PeopleSort.ORGANIZATION: [binary(_ORG.name_folded), binary(ContactRow.name_folded)],
        PeopleSort.CREATED: [ContactRow.created_at],
        PeopleSort.OPEN_DEALS: [deals],
    }
    keys = by_sort[PeopleSort(sort)]
    order = [ordered(k, descending) for k in [*keys, ContactRow.id]]
    query = query.order_by(*order).offset(offset).limit(limit)
    return list(session.execute(query).mappings()), None if few is None else len(few)


def capped_count(session: Session, ids: Select[Any], cap: int | None) -> int:
    """How many rows ``ids`` selects, counting no further than ``cap + 1`` (so a search that
    matches much stops reading as soon as it knows there are more than ``cap``)."""
    if cap is None:
        query = select(func.count()).select_from(ids.subquery())
    else:
        query = select(func.count()).select_from(ids.limit(cap + 1).subquery())
    return int(session.scalar(query) or 0)


def contacts_count(session: Session, f: PeopleFilter, cap: int | None = None) -> int:
    """How many contacts the filter shows (at most ``cap + 1`` when ``cap`` is given)."""
    query = select(ContactRow.id)
    if f.industry or f.region:
        query = query.outerjoin(_ORG, _ORG.id == ContactRow.organization_id)
    return capped_count(session, _contacts(query, f, scan=True), cap)


def _organizations(
    query: Select[*tuple[Any, ...]], f: PeopleFilter, scan: bool = False
) -> Select[*tuple[Any, ...]]:
    query = query.where(_archived(OrganizationRow.archived, f.archived, scan))
    query = _words(query, OrganizationRow.search_key, f)
    if f.industry:
        query = query.where(OrganizationRow.industry == f.industry)
    if f.region:
        query = query.where(OrganizationRow.region == f.region)
    if f.has_open_deals:
        query = query.where(
            exists().where(_open_deals(DealRow.organization_id == OrganizationRow.id))
        )
    return query


def organizations_page_total(
    session: Session, f: PeopleFilter, sort: PeopleSort, descending: bool, offset: int, limit: int
) -> tuple[list[RowMapping], int | None]:
    """One page of the Organizations list, and how many rows match when the search's probe
    found them all (None otherwise)."""
    deals = open_deal_count(DealRow.organization_id == OrganizationRow.id).label("open_deals")
    people = (
        select(func.count(ContactRow.id))
        .where(ContactRow.organization_id == OrganizationRow.id, ContactRow.archived.is_(False))
        .scalar_subquery()
        .label("contacts")
    )
    query: Select[*tuple[Any, ...]] = select(
        OrganizationRow.id,
        OrganizationRow.name,
        OrganizationRow.industry,
        OrganizationRow.size,
        OrganizationRow.region,
        OrganizationRow.tax_code,
        OrganizationRow.phone,
        OrganizationRow.email,
        OrganizationRow.website,
        OrganizationRow.address,
        OrganizationRow.archived,
        OrganizationRow.created_at,
        people,
        deals,
    )
    few = None
    if f.words():
        few = _probe(session, _organizations(select(OrganizationRow.id), f, scan=True))
        if few == []:
            return [], 0
    query = _organizations(query, f, scan=few is not None)
    if few is not None:
        query = query.where(OrganizationRow.id.in_(few))
    by_sort: dict[PeopleSort, list[Any]] = {
        PeopleSort.NAME: [binary(OrganizationRow.name_folded)],
        PeopleSort.ORGANIZATION: [binary(OrganizationRow.name_folded)],
        PeopleSort.CREATED: [OrganizationRow.created_at],
        PeopleSort.OPEN_DEALS: [deals],
    }
    keys = by_sort[PeopleSort(sort)]
    order = [ordered(k, descending) for k in [*keys, OrganizationRow.id]]
    query = query.order_by(*order).offset(offset).limit(limit)
    return list(session.execute(query).mappings()), None if few is None else len(few)


def organizations_count(session: Session, f: PeopleFilter, cap: int | None = None) -> int:
    """How many organizations the filter shows (at most ``cap + 1`` when ``cap`` is given)."""
    return capped_count(session, _organizations(select(OrganizationRow.id), f, scan=True), cap)


def distinct_org_values(session: Session, column: str) -> list[str]:
    """The industries or regions in use, for the filters."""
    col = getattr(OrganizationRow, column)
    query = select(col).where(col.is_not(None), col != "").distinct()
    return sorted(str(v) for v in session.scalars(query))  # by code point, on every engine
