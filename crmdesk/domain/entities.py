"""Immutable rows that services return: never ORM objects, safe to keep in Qt models."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from crmdesk.domain.enums import (
    ActivityKind,
    DecisionRole,
    Gate,
    QuoteStatus,
    Stage,
    SubStage,
    Temperature,
)


@dataclass(frozen=True, slots=True)
class Organization:
    """A customer company or household."""

    id: int
    name: str
    industry: str | None = None
    size: int | None = None
    region: str | None = None
    address: str | None = None
    tax_code: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    archived: bool = False
    notes: str | None = None
    version: int = field(default=0, compare=False)  # a stamp, as Deal.version


@dataclass(frozen=True, slots=True)
class Labelled:
    """An email address or a phone number with its label (a key of EMAIL_LABELS or
    PHONE_LABELS)."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Contact:
    """A person, optionally at an organization."""

    id: int
    full_name: str
    organization_id: int | None = None
    job_title: str | None = None
    email: str | None = None
    phone: str | None = None
    decision_role: DecisionRole = DecisionRole.UNKNOWN
    archived: bool = False
    address: str | None = None
    notes: str | None = None
    emails: tuple[Labelled, ...] = ()
    phones: tuple[Labelled, ...] = ()
    version: int = field(default=0, compare=False)  # a stamp, as Deal.version


@dataclass(frozen=True, slots=True)
class Deal:
    """A lead, prospect or opportunity, or a won or lost outcome."""

    id: int
    title: str
    stage: Stage
    value_minor: int
    currency: str
    organization_id: int | None = None
    contact_id: int | None = None
    sub_stage: SubStage | None = None
    source: str | None = None
    interest: str | None = None
    probability_override: int | None = None
    expected_close: date | None = None
    owner: str | None = None
    position: float = 0.0
    stage_entered_at: datetime | None = None
    lost_reason: str | None = None
    lost_note: str | None = None
    archived: bool = False
    score: int = 0
    created_at: datetime | None = None
    # Grows with every change a user makes (a change on a stale copy is refused); a stamp, not
    # content: two copies of the same deal compare equal whatever their versions.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class StageChange:
    """One entry of a deal's stage history."""

    id: int
    deal_id: int
    from_stage: Stage | None
    to_stage: Stage
    at: datetime
    note: str | None = None
    override_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Criterion:
    """A qualification criterion of a gate."""

    id: int
    gate: Gate
    key: str
    label: str
    required: bool
    active: bool
    position: int


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer given to a criterion for a deal, with its time (the audit trail)."""

    id: int
    deal_id: int
    criterion_id: int
    met: bool
    evidence: str | None
    answered_at: datetime


@dataclass(frozen=True, slots=True)
class LostReason:
    """An entry of the editable list of lost reasons."""

    id: int
    key: str
    label: str
    needs_note: bool
    active: bool
    position: int


@dataclass(frozen=True, slots=True)
class Activity:
    """A call, email, meeting, note, task or behaviour signal."""

    id: int
    deal_id: int
    kind: ActivityKind
    subject: str
    occurred_at: datetime | None = None
    due_at: datetime | None = None
    done_at: datetime | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class NextAction:
    """The earliest open scheduled activity of a deal."""

    activity_id: int
    kind: ActivityKind
    subject: str
    due_at: datetime


@dataclass(frozen=True, slots=True)
class CardRow:
    """What a board card shows."""

    id: int
    title: str
    stage: Stage
    organization: str | None
    contact: str | None
    value_minor: int
    currency: str
    score: int
    temperature: Temperature
    sub_stage: SubStage | None
    probability: int
    stage_entered_at: datetime
    next_action: NextAction | None
    stale: bool
    position: float
    quotes: int = 0  # how many quotes (numbers, not revisions) the deal has
    quote_status: QuoteStatus | None = None  # of its newest quote revision
    expected_close: date | None = None
    nurture_steps: int | None = None  # the touches of the plan it is in (None: not nurtured)
    nurture_done: int = 0  # how many of them are done


@dataclass(frozen=True, slots=True)
class ColumnTotals:
    """Count and sums of one column for the whole database (per currency)."""

    stage: Stage
    count: int
    value_by_currency: tuple[tuple[str, int], ...]
    weighted_by_currency: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class ForecastMonth:
    """Expected revenue of one expected-close month, per currency."""

    month: str  # "YYYY-MM"
    currency: str
    count: int
    value_minor: int
    weighted_minor: int
    won_minor: int


@dataclass(frozen=True, slots=True)
class Product:
    """A catalog item."""

    id: int
    sku: str
    name: str
    unit: str
    unit_price_minor: int
    currency: str
    vat_rate: int
    description: str | None = None
    archived: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """A quote header (lines are separate)."""

    id: int
    deal_id: int
    number: str
    revision: int
    status: QuoteStatus
    currency: str
    language: str
    issued_on: date
    valid_until: date
    notes: str | None = None
    terms: str | None = None
    version: int = field(default=0, compare=False)  # a stamp, as Deal.version


@dataclass(frozen=True, slots=True)
class QuoteLine:
    """One line of a quote: exact quantity (thousandths), price (minor units), discount, VAT."""

    id: int
    quote_id: int
    position: int
    description: str
    unit: str
    quantity_milli: int
    unit_price_minor: int
    discount_bp: int
    vat_rate: int
    product_id: int | None = None
