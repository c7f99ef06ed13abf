"""Immutable rows of the Contacts, Organizations and Deals lists, and of a party's details."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from crmdesk.domain.entities import Activity, Contact, Organization, Quote
from crmdesk.domain.enums import DecisionRole, Stage, SubStage


@dataclass(frozen=True, slots=True)
class ContactListRow:
    """One line of the Contacts list."""

    id: int
    full_name: str
    job_title: str | None
    organization_id: int | None
    organization: str | None
    email: str | None
    phone: str | None
    decision_role: DecisionRole
    industry: str | None
    region: str | None
    address: str | None
    archived: bool
    created_at: datetime
    open_deals: int


@dataclass(frozen=True, slots=True)
class OrganizationListRow:
    """One line of the Organizations list."""

    id: int
    name: str
    industry: str | None
    size: int | None
    region: str | None
    tax_code: str | None
    phone: str | None
    email: str | None
    website: str | None
    address: str | None
    archived: bool
    created_at: datetime
    contacts: int
    open_deals: int


@dataclass(frozen=True, slots=True)
class DealListRow:
    """One line of the Deals list: any stage, won, lost or archived."""

    id: int
    title: str
    stage: Stage
    sub_stage: SubStage | None
    organization: str | None
    contact: str | None
    value_minor: int
    currency: str
    probability: int
    expected_close: date | None
    owner: str | None
    score: int
    temperature: str
    lost_reason: str | None
    archived: bool
    source: str | None
    created_at: datetime
    stage_entered_at: datetime


@dataclass(frozen=True, slots=True)
class PartyDeal:
    """A deal of a contact or an organization, as their details list it."""

    id: int
    title: str
    stage: Stage
    value_minor: int
    currency: str
    archived: bool
    expected_close: date | None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """An activity of one of the party's deals, with the deal's title."""

    activity: Activity
    deal_title: str


@dataclass(frozen=True, slots=True)
class PartyDetails:
    """A contact or an organization whole: its deals of any stage, quotes and activities."""

    contact: Contact | None
    organization: Organization | None
    people: tuple[Contact, ...]
    deals: tuple[PartyDeal, ...]
    quotes: tuple[tuple[Quote, str], ...]  # each quote with its deal's title
    timeline: tuple[TimelineEntry, ...]  # newest first
