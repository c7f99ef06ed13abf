"""The Contacts and Organizations lists in SQL: one page at a time, counts, filter choices.

Search words match the start of any word of ``search_key`` (``LIKE '% word%'``, portable);
pages are read in the order of an index where one exists, so the first page of a large file
comes without reading every row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, and_, exists, func, select
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


def _words(query: Select[Any], key: Any, f: PeopleFilter) -> Select[Any]:
    for word in f.words():
        query = query.where(key.like(like_word_start(word), escape="/"))
    return query


def _contacts(query: Select[Any], f: PeopleFilter) -> Select[Any]:
    query = query.where(ContactRow.archived.is_(f.archived))
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


def contacts_page(
    session: Session, f: PeopleFilter, sort: PeopleSort, descending: bool, offset: int, limit: int
) -> list[Mapping[str, Any]]:
    """One page of the Contacts list as plain mappings."""
    deals = open_deal_count(DealRow.contact_id == ContactRow.id).label("open_deals")
    query = select(
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
    query = _contacts(query, f)
    keys = {
        PeopleSort.NAME: [binary(ContactRow.name_folded)],
        PeopleSort.ORGANIZATION: [binary(_ORG.name_folded), binary(ContactRow.name_folded)],
        PeopleSort.CREATED: [ContactRow.created_at],
        PeopleSort.OPEN_DEALS: [deals],
    }[PeopleSort(sort)]
    order = [ordered(k, descending) for k in [*keys, ContactRow.id]]
    query = query.order_by(*order).offset(offset).limit(limit)
    return list(session.execute(query).mappings())


def contacts_count(session: Session, f: PeopleFilter) -> int:
    """How many contacts the filter shows."""
    query = select(func.count(ContactRow.id))
    if f.industry or f.region:
        query = query.select_from(ContactRow).outerjoin(_ORG, _ORG.id == ContactRow.organization_id)
    return int(session.scalar(_contacts(query, f)) or 0)


def _organizations(query: Select[Any], f: PeopleFilter) -> Select[Any]:
    query = query.where(OrganizationRow.archived.is_(f.archived))
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


def organizations_page(
    session: Session, f: PeopleFilter, sort: PeopleSort, descending: bool, offset: int, limit: int
) -> list[Mapping[str, Any]]:
    """One page of the Organizations list as plain mappings."""
    deals = open_deal_count(DealRow.organization_id == OrganizationRow.id).label("open_deals")
    people = (
        select(func.count(ContactRow.id))
        .where(ContactRow.organization_id == OrganizationRow.id, ContactRow.archived.is_(False))
        .scalar_subquery()
        .label("contacts")
    )
    query = select(
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
    query = _organizations(query, f)
    keys = {
        PeopleSort.NAME: [binary(OrganizationRow.name_folded)],
        PeopleSort.ORGANIZATION: [binary(OrganizationRow.name_folded)],
        PeopleSort.CREATED: [OrganizationRow.created_at],
        PeopleSort.OPEN_DEALS: [deals],
    }[PeopleSort(sort)]
    order = [ordered(k, descending) for k in [*keys, OrganizationRow.id]]
    query = query.order_by(*order).offset(offset).limit(limit)
    return list(session.execute(query).mappings())


def organizations_count(session: Session, f: PeopleFilter) -> int:
    """How many organizations the filter shows."""
    return int(session.scalar(_organizations(select(func.count(OrganizationRow.id)), f)) or 0)


def distinct_org_values(session: Session, column: str) -> list[str]:
    """The industries or regions in use, for the filters."""
    col = getattr(OrganizationRow, column)
    query = select(col).where(col.is_not(None), col != "").distinct()
    return sorted(str(v) for v in session.scalars(query))  # by code point, on every engine
