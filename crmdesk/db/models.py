"""ORM tables. Attribute names equal column names (the undo journal relies on it)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    column,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from crmdesk.db.types import EnumText, UTCDateTime
from crmdesk.domain.enums import ActivityKind, DecisionRole, Gate, QuoteStatus, Stage, SubStage
from crmdesk.domain.nurture import StopReason

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

_AUTOINC = {"sqlite_autoincrement": True}  # ids are never reused (undo and audit rely on it)


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so constraints have stable names."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Columns computed from other data (their row or other tables) and kept by the services: undo
# never compares them, and recomputes them after putting rows back.
DERIVED_COLUMNS: dict[str, frozenset[str]] = {
    "deals": frozenset(
        {"score", "score_due_s", "two_way", "last_touched_at", "next_action_at", "search_key"}
    ),
    "organizations": frozenset({"name_folded", "search_key"}),
    "contacts": frozenset({"name_folded", "search_key"}),
}


# The columns every editable row carries (migration 0013): a version that grows by one with each
# change a user makes, and who made the last one and when (db/versions.py keeps them).
VERSION_COLUMNS = ("version", "changed_by", "changed_at")


class Versioned:
    """Mixin: ``version`` (the ORM's ``version_id_col``: every UPDATE says ``WHERE version =``
    the version read, so a row changed meanwhile is never overwritten), ``changed_by`` and
    ``changed_at``."""

    # No Python-side default: a Core INSERT names only the columns it is given (so it also
    # writes to a database not yet migrated to 0013); db/versions.py stamps the ORM's rows.
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    changed_by: Mapped[str | None] = mapped_column(String(100), default=None)
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        # The version is set by db/versions.py (only when a column a user edits changed), not
        # by the ORM on every flush: derived columns follow their sources without a new version.
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}  # type: ignore[attr-defined]


class OrganizationRow(Versioned, Base):
    __tablename__ = "organizations"
    __table_args__ = (
        Index("ix_organizations_list", "archived", "name_folded"),
        Index("ix_organizations_industry", "industry"),  # the lists' filter choices
        Index("ix_organizations_region", "region"),
        _AUTOINC,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    industry: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int | None] = mapped_column(Integer)
    region: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(Text)
    tax_code: Mapped[str | None] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)  # migration 0008
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    # " word word…": folded name, tax code, email, phone, website (domain.people.search_key).
    search_key: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ContactRow(Versioned, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_email_lower", func.lower(column("email"))),  # the import's look-up
        Index("ix_contacts_list", "archived", "name_folded"),
        _AUTOINC,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    job_title: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(50))
    decision_role: Mapped[DecisionRole] = mapped_column(EnumText(DecisionRole))
    # Migration 0008: the address and notes; ``email`` and ``phone`` above are the first of
    # the contact's emails and phones (contact_emails, contact_phones), kept by the services.
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    # " word word…": folded name, job title, organization, emails, phones.
    search_key: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ContactEmailRow(Base):
    """One of a contact's email addresses, with its label (work, personal, other)."""

    __tablename__ = "contact_emails"
    __table_args__ = (Index("ix_contact_emails_value", "value"), _AUTOINC)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(200))


class ContactPhoneRow(Base):
    """One of a contact's phone numbers, with its label and its digits (to find duplicates)."""

    __tablename__ = "contact_phones"
    __table_args__ = (Index("ix_contact_phones_digits", "digits"), _AUTOINC)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(50))
    digits: Mapped[str] = mapped_column(String(50))


class DealRow(Versioned, Base):
    __tablename__ = "deals"
    __table_args__ = (
        Index("ix_deals_board", "archived", "stage", "position"),
        Index("ix_deals_stage_score", "archived", "stage", "score"),
        Index("ix_deals_expected_close", "expected_close"),
        Index(
            "ix_deals_totals",
            "archived",
            "stage",
            "currency",
            "sub_stage",
            "probability_override",
            "value_minor",
        ),
        Index("ix_deals_stage_value", "archived", "stage", "value_minor"),
        Index("ix_deals_stage_next_action", "archived", "stage", "next_action_at"),
        Index("ix_deals_stage_age", "archived", "stage", "stage_entered_at"),
        Index("ix_deals_search_position", "archived", "stage", "position", "search_key"),
        Index("ix_deals_source", "archived", "source"),
        Index("ix_deals_owner", "archived", "owner"),
        Index("ix_deals_source_key", "source_key"),  # migration 0010: a re-import finds its rows
        Index("ix_deals_title_value", "title", "value_minor"),
        Index("ix_deals_score_due", "score_due_s"),  # migration 0012: the daily decay's due deals
        Index(
            "ix_deals_stage_close",
            "archived",
            "stage",
            "expected_close",
            "currency",
            "sub_stage",
            "probability_override",
            "value_minor",
        ),
        _AUTOINC,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    stage: Mapped[Stage] = mapped_column(EnumText(Stage))
    sub_stage: Mapped[SubStage | None] = mapped_column(EnumText(SubStage))
    source: Mapped[str | None] = mapped_column(String(100))
    source_key: Mapped[str | None] = mapped_column(String(200), default=None)  # "<format>:<id>"
    interest: Mapped[str | None] = mapped_column(Text)
    value_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    probability_override: Mapped[int | None] = mapped_column(Integer)
    expected_close: Mapped[date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(100))
    position: Mapped[float] = mapped_column(Float)
    stage_entered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lost_reason: Mapped[str | None] = mapped_column(String(50))
    lost_note: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # Derived columns, kept current by the services so the board is answered by SQL alone.
    score: Mapped[int] = mapped_column(Integer, default=0)
    # A lower bound of when decay may next change the rounded score (seconds since 1970, UTC);
    # NULL: never. 0 (the default): unknown, due at the next daily decay.
    score_due_s: Mapped[int | None] = mapped_column(BigInteger, server_default="0")
    two_way: Mapped[bool] = mapped_column(Boolean, default=False)
    last_touched_at: Mapped[datetime] = mapped_column(UTCDateTime)
    next_action_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    search_key: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DealTotalsRow(Base):
    """Count and value per stage group, kept by triggers (migration 0003); never written by code."""

    __tablename__ = "deal_totals"

    archived: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    stage: Mapped[str] = mapped_column(String(20), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    sub_stage: Mapped[str] = mapped_column(String(30), primary_key=True)  # '' for none
    probability_override: Mapped[int] = mapped_column(Integer, primary_key=True)  # -1 for none
    count: Mapped[int] = mapped_column(Integer)
    value: Mapped[int] = mapped_column(BigInteger)


class StageHistoryRow(Base):
    __tablename__ = "stage_history"
    __table_args__ = _AUTOINC

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id"), index=True)
    from_stage: Mapped[Stage | None] = mapped_column(EnumText(Stage))
    to_stage: Mapped[Stage] = mapped_column(EnumText(Stage))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    override_reason: Mapped[str | None] = mapped_column(Text)


class CriterionRow(Base):
    __tablename__ = "criteria"
    __table_args__ = _AUTOINC

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gate: Mapped[Gate] = mapped_column(EnumText(Gate))
    key: Mapped[str] = mapped_column(String(50), unique=True)
    label: Mapped[str] = mapped_column(String(300))
    required: Mapped[bool] = mapped_column(Boolean)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer)


class AnswerRow(Base):
    __tablename__ = "answers"
    __table_args__ = (Index("ix_answers_deal_criterion", "deal_id", "criterion_id"), _AUTOINC)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id"), index=True)
    met: Mapped[bool] = mapped_column(Boolean)
    evidence: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LostReasonRow(Base):
    __tablename__ = "lost_reasons"
    __table_args__ = _AUTOINC

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(50), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    needs_note: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer)


class SubStageProbabilityRow(Base):
    __tablename__ = "sub_stage_probabilities"

    sub_stage: Mapped[SubStage] = mapped_column(EnumText(SubStage), primary_key=True)
    probability: Mapped[int] = mapped_column(Integer)


class ScoringRuleRow(Base):
    __tablename__ = "scoring_rules"
    __table_args__ = _AUTOINC

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(50), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    points: Mapped[int] = mapped_column(Integer)
    cap: Mapped[int | None] = mapped_column(Integer)
    signal: Mapped[ActivityKind | None] = mapped_column(EnumText(ActivityKind))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer)


class ActivityRow(Versioned, Base):
    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_deal_kind", "deal_id", "kind"),
        Index("ix_activities_signal", "kind", "deal_id", "occurred_at"),
        Index("ix_activities_open_due", "done_at", "due_at"),  # the agenda and its reminders
        Index("ix_activities_deal_occurred", "deal_id", "occurred_at"),
        _AUTOINC,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id"))
    kind: Mapped[ActivityKind] = mapped_column(EnumText(ActivityKind))
    subject: Mapped[str] = mapped_column(String(300))
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    # Minutes before ``due_at`` the reminder comes (None: no reminder); migration 0006.
    remind_before: Mapped[int | None] = mapped_column(Integer, default=0)
    # The nurturing plan's enrolment this touch belongs to, if any.
    enrolment_id: Mapped[int | None] = mapped_column(
        ForeignKey("nurture_enrolments.id"), index=True
    )


class SettingRow(Versioned, Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class ProductRow(Base):
    __tablename__ = "products"
    __table_args__ = _AUTOINC

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(30))
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    vat_rate: Mapped[int] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class QuoteRow(Versioned, Base):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("number", "revision", name="uq_quotes_number_revision"),
        _AUTOINC,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id"), index=True)
    number: Mapped[str] = mapped_column(String(30))
    revision: Mapped[int] = mapped_column(Integer)
    status: Mapped[QuoteStatus] = mapped_column(EnumText(QuoteStatus))
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(5))
    issued_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    terms: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class QuoteLineRow(Versioned, Base):
    __tablename__ = "quote_lines"
    __table_args__ = _AUTOINC

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    description: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(30))
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    discount_bp: Mapped[int] = mapped_column(Integer, default=0)
    vat_rate: Mapped[int] = mapped_column(Integer)


class NurturePlanRow(Base):
    """A nurturing plan (a sequence of touches); archived rather than deleted."""

    __tablename__ = "nurture_plans"
    __table_args__ = _AUTOINC

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer)


class NurtureStepRow(Base):
    """One touch of a plan: a kind, days after enrolment, a subject with placeholders."""

    __tablename__ = "nurture_steps"
    __table_args__ = _AUTOINC

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("nurture_plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ActivityKind] = mapped_column(EnumText(ActivityKind))
    day_offset: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(300))


class NurtureEnrolmentRow(Base):
    """A deal in a plan: its touches are activities pointing here; stopped with a reason."""

    __tablename__ = "nurture_enrolments"
    __table_args__ = (Index("ix_nurture_enrolments_deal", "deal_id", "stopped_at"), _AUTOINC)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id"))
    plan_id: Mapped[int] = mapped_column(ForeignKey("nurture_plans.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    steps: Mapped[int] = mapped_column(Integer)
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    stop_reason: Mapped[StopReason | None] = mapped_column(EnumText(StopReason))
    stop_detail: Mapped[str | None] = mapped_column(String(50))


class ExchangeRateRow(Base):
    """One unit of ``currency`` is worth ``rate`` units of ``to_currency`` from ``valid_from``."""

    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("currency", "to_currency", "valid_from", name="uq_exchange_rates_day"),
        _AUTOINC,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    to_currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[str] = mapped_column(String(40))  # an exact decimal, as text
    valid_from: Mapped[date] = mapped_column(Date)


# The Insight report's totals, kept by triggers (crmdesk/db/insight_sql.py, migration 0007);
# never written by code.


class InsightForecastRow(Base):
    __tablename__ = "insight_forecast"

    stage: Mapped[str] = mapped_column(String(20), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    sub_stage: Mapped[str] = mapped_column(String(30), primary_key=True)  # '' for none
    probability_override: Mapped[int] = mapped_column(Integer, primary_key=True)  # -1 for none
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # '' for none
    count: Mapped[int] = mapped_column(Integer)
    value: Mapped[int] = mapped_column(BigInteger)


class InsightCohortRow(Base):
    __tablename__ = "insight_cohorts"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    stage: Mapped[str] = mapped_column(String(20), primary_key=True)
    reached: Mapped[int] = mapped_column(Integer, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    lost_reason: Mapped[str] = mapped_column(String(50), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    value: Mapped[int] = mapped_column(BigInteger)
    seconds: Mapped[int] = mapped_column(BigInteger)


class InsightDimensionRow(Base):
    __tablename__ = "insight_dimensions"

    dimension: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(100), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    stage: Mapped[str] = mapped_column(String(20), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class InsightStageDaysRow(Base):
    __tablename__ = "insight_stage_days"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    stage: Mapped[str] = mapped_column(String(20), primary_key=True)
    days: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[int] = mapped_column(BigInteger)
