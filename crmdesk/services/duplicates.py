"""Duplicates: candidate pairs of contacts and organizations, and merging one into another."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from crmdesk.db.models import (
    ActivityRow,
    ContactEmailRow,
    ContactPhoneRow,
    ContactRow,
    DealRow,
    OrganizationRow,
    QuoteRow,
)
from crmdesk.domain.entities import Labelled
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from crmdesk.domain.people import phone_digits
from crmdesk.services.context import ServiceContext
from crmdesk.services.derived import refresh_deals
from crmdesk.services.people_write import (
    channels,
    refresh_contact_keys,
    refresh_organization_key,
    set_channels,
)
from crmdesk.services.rows import CONTACT, ORGANIZATION, get_or_raise

MAX_PAIRS = 500
KEPT, OTHER = "kept", "other"  # a field's value chosen from the kept record or the other
Choices = Mapping[str, str]  # field -> KEPT or OTHER; a field not named is merged as usual
MIN_PHONE_DIGITS = 6
CONTACT_MERGED = ("full_name", "organization_id", "job_title", "decision_role", "address", "notes")
ORG_MERGED = (
    "name",
    "tax_code",
    "industry",
    "size",
    "region",
    "address",
    "website",
    "phone",
    "email",
    "notes",
)


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two records that look like the same one, and why (email, phone, name, tax_code)."""

    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reason: str


@dataclass(frozen=True, slots=True)
class MergeField:
    """One field of a merge: the kept record's value, the other's, and what it becomes."""

    field: str
    kept: str
    other: str
    result: str


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What the kept record becomes, and what moves over to it."""

    fields: tuple[MergeField, ...]
    deals: int
    quotes: int
    activities: int
    contacts: int  # organizations: the people who move


def _text(value: Any) -> str:
    if value is None:
        return ""
    return getattr(value, "value", None) or str(value)


def _empty(value: Any) -> bool:
    return value is None or value == "" or _text(value) == "unknown"


def _merged_value(field: str, kept: Any, other: Any, choice: str | None = None) -> Any:
    if choice == KEPT:
        return kept
    if choice == OTHER:
        return other
    if field == "notes" and kept and other and kept != other:
        return f"{kept}\n\n{other}"
    return other if _empty(kept) and not _empty(other) else kept


def _union(first: list[Labelled], second: list[Labelled], key: Any) -> list[Labelled]:
    seen = {key(x.value) for x in first}
    extra = [x for x in second if key(x.value) not in seen]
    return [*first, *extra]


def _contact_candidates(session: Session) -> list[DuplicatePair]:
    a, b = aliased(ContactRow), aliased(ContactRow)
    ea, eb = aliased(ContactEmailRow), aliased(ContactEmailRow)
    pa, pb = aliased(ContactPhoneRow), aliased(ContactPhoneRow)
    live = and_(a.archived.is_(False), b.archived.is_(False), a.id < b.id)
    by_email = (
        select(a.id, b.id)
        .join(ea, ea.contact_id == a.id)
        .join(eb, func.lower(eb.value) == func.lower(ea.value))
        .join(b, b.id == eb.contact_id)
        .where(live)
        .distinct()
    )
    by_phone = (
        select(a.id, b.id)
        .join(pa, pa.contact_id == a.id)
        .join(pb, pb.digits == pa.digits)
        .join(b, b.id == pb.contact_id)
        .where(live, func.length(pa.digits) >= MIN_PHONE_DIGITS)
        .distinct()
    )
    by_name = (
        select(a.id, b.id)
        .join(b, and_(b.name_folded == a.name_folded, b.organization_id == a.organization_id))
        .where(live, a.organization_id.is_not(None))
    )
    found: list[tuple[int, int, str]] = []
    for query, reason in ((by_email, "email"), (by_phone, "phone"), (by_name, "name")):
        found += [(x, y, reason) for x, y in session.execute(query.limit(MAX_PAIRS)).all()]
    return _named(session, ContactRow, ContactRow.full_name, found)


def _org_candidates(session: Session) -> list[DuplicatePair]:
    a, b = aliased(OrganizationRow), aliased(OrganizationRow)
    live = and_(a.archived.is_(False), b.archived.is_(False), a.id < b.id)
    by_name = select(a.id, b.id).join(b, b.name_folded == a.name_folded).where(live)
    by_tax = (
        select(a.id, b.id)
        .join(b, b.tax_code == a.tax_code)
        .where(live, a.tax_code.is_not(None), a.tax_code != "")
    )
    found: list[tuple[int, int, str]] = []
    for query, reason in ((by_name, "name"), (by_tax, "tax_code")):
        found += [(x, y, reason) for x, y in session.execute(query.limit(MAX_PAIRS)).all()]
    return _named(session, OrganizationRow, OrganizationRow.name, found)


def _named(
    session: Session, model: Any, name: Any, found: list[tuple[int, int, str]]
) -> list[DuplicatePair]:
    pairs: dict[tuple[int, int], str] = {}
    for x, y, reason in found:
        pairs.setdefault((x, y), reason)
    ids = {i for pair in pairs for i in pair}
    names: dict[int, str] = dict(
        session.execute(select(model.id, name).where(model.id.in_(ids))).all()
    )
    return [
        DuplicatePair(x, names[x], y, names[y], reason) for (x, y), reason in list(pairs.items())
    ][:MAX_PAIRS]


def _check_two(keep_id: int, other_id: int, choices: Choices, fields: tuple[str, ...]) -> None:
    if keep_id == other_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Choose two different records to merge."), "other_id"
        )
    for name, choice in choices.items():
        if name not in fields or choice not in (KEPT, OTHER):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "“{name}” cannot be chosen in a merge."),
                "choices",
                name=f"{name}={choice}",
            )


def _moved(session: Session, link: Any) -> tuple[int, int, int]:
    ids = list(session.scalars(select(DealRow.id).where(link)))
    if not ids:
        return 0, 0, 0
    quotes = session.scalar(select(func.count(QuoteRow.id)).where(QuoteRow.deal_id.in_(ids)))
    acts = session.scalar(select(func.count(ActivityRow.id)).where(ActivityRow.deal_id.in_(ids)))
    return len(ids), int(quotes or 0), int(acts or 0)


class DuplicateService:
    """Find look-alike contacts and organizations, and merge them in one undoable step."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def contacts(self) -> list[DuplicatePair]:
        """Pairs of live contacts with the same email, phone, or folded name at one company."""
        return self._ctx.read(_contact_candidates)

    def organizations(self) -> list[DuplicatePair]:
        """Pairs of live organizations with the same folded name or tax code."""
        return self._ctx.read(_org_candidates)

    def preview_contacts(
        self, keep_id: int, other_id: int, choices: Choices | None = None
    ) -> MergePreview:
        """What merging ``other_id`` into ``keep_id`` makes of the kept contact."""
        chosen = dict(choices or {})
        _check_two(keep_id, other_id, chosen, CONTACT_MERGED)
        return self._ctx.read(lambda s: self._contact_plan(s, keep_id, other_id, chosen)[0])

    def _contact_plan(
        self, session: Session, keep_id: int, other_id: int, choices: Choices
    ) -> tuple[MergePreview, dict[str, Any], list[Labelled], list[Labelled]]:
        keep = get_or_raise(session, ContactRow, keep_id, CONTACT)
        other = get_or_raise(session, ContactRow, other_id, CONTACT)
        values = {
            f: _merged_value(f, getattr(keep, f), getattr(other, f), choices.get(f))
            for f in CONTACT_MERGED
        }
        emails = _union(
            channels(session, ContactEmailRow, keep_id),
            channels(session, ContactEmailRow, other_id),
            str.lower,
        )
        phones = _union(
            channels(session, ContactPhoneRow, keep_id),
            channels(session, ContactPhoneRow, other_id),
            phone_digits,
        )
        orgs = {
            o.id: o.name
            for o in session.scalars(
                select(OrganizationRow).where(
                    OrganizationRow.id.in_([keep.organization_id, other.organization_id])
                )
            )
        }

        def shown(field: str, value: Any) -> str:
            return orgs.get(value, "") if field == "organization_id" and value else _text(value)

        fields = [
            MergeField(f, shown(f, getattr(keep, f)), shown(f, getattr(other, f)), shown(f, v))
            for f, v in values.items()
        ]
        for name, model, result in (
            ("emails", ContactEmailRow, emails),
            ("phones", ContactPhoneRow, phones),
        ):
            kept_list, other_list = (
                channels(session, model, keep_id),
                channels(session, model, other_id),
            )
            fields.append(
                MergeField(
                    name,
                    ", ".join(x.value for x in kept_list),
                    ", ".join(x.value for x in other_list),
                    ", ".join(x.value for x in result),
                )
            )
        deals, quotes, acts = _moved(session, DealRow.contact_id == other_id)
        preview = MergePreview(tuple(fields), deals, quotes, acts, 0)
        return preview, values, emails, phones

    def merge_contacts(
        self, keep_id: int, other_id: int, choices: Choices | None = None
    ) -> MergePreview:
        """Merge ``other_id`` into ``keep_id``: fields filled (or taken as ``choices`` says),
        emails and phones joined, every deal (with its quotes and activities) moved over, the
        other archived; one undo step."""
        chosen = dict(choices or {})
        _check_two(keep_id, other_id, chosen, CONTACT_MERGED)

        def apply(session: Session) -> tuple[MergePreview, str, str]:
            preview, values, emails, phones = self._contact_plan(session, keep_id, other_id, chosen)
            keep = get_or_raise(session, ContactRow, keep_id, CONTACT)
            other = get_or_raise(session, ContactRow, other_id, CONTACT)
            for name, value in values.items():
                if getattr(keep, name) != value:
                    setattr(keep, name, value)
            set_channels(session, keep, emails, phones)
            deals = list(session.scalars(select(DealRow).where(DealRow.contact_id == other_id)))
            for deal in deals:
                deal.contact_id = keep_id
            other.archived = True
            refresh_contact_keys(session, [keep])
            refresh_deals(session, deals, self._ctx.clock())
            return preview, keep.full_name, other.full_name

        template = QT_TRANSLATE_NOOP("Messages", "Merge contact “{other}” into “{kept}”")
        preview, _, _ = self._ctx.change(lambda r: Message(template, kept=r[1], other=r[2]), apply)
        return preview

    def preview_organizations(
        self, keep_id: int, other_id: int, choices: Choices | None = None
    ) -> MergePreview:
        """What merging ``other_id`` into ``keep_id`` makes of the kept organization."""
        chosen = dict(choices or {})
        _check_two(keep_id, other_id, chosen, ORG_MERGED)
        return self._ctx.read(lambda s: self._org_plan(s, keep_id, other_id, chosen)[0])

    def _org_plan(
        self, session: Session, keep_id: int, other_id: int, choices: Choices
    ) -> tuple[MergePreview, dict[str, Any]]:
        keep = get_or_raise(session, OrganizationRow, keep_id, ORGANIZATION)
        other = get_or_raise(session, OrganizationRow, other_id, ORGANIZATION)
        values = {
            f: _merged_value(f, getattr(keep, f), getattr(other, f), choices.get(f))
            for f in ORG_MERGED
        }
        fields = tuple(
            MergeField(f, _text(getattr(keep, f)), _text(getattr(other, f)), _text(v))
            for f, v in values.items()
        )
        deals, quotes, acts = _moved(session, DealRow.organization_id == other_id)
        people = session.scalar(
            select(func.count(ContactRow.id)).where(ContactRow.organization_id == other_id)
        )
        return MergePreview(fields, deals, quotes, acts, int(people or 0)), values

    def merge_organizations(
        self, keep_id: int, other_id: int, choices: Choices | None = None
    ) -> MergePreview:
        """Merge ``other_id`` into ``keep_id``: fields filled (or taken as ``choices`` says),
        every contact and deal (with its quotes and activities) moved over, the other
        archived; one undo step."""
        chosen = dict(choices or {})
        _check_two(keep_id, other_id, chosen, ORG_MERGED)

        def apply(session: Session) -> tuple[MergePreview, str, str]:
            preview, values = self._org_plan(session, keep_id, other_id, chosen)
            keep = get_or_raise(session, OrganizationRow, keep_id, ORGANIZATION)
            other = get_or_raise(session, OrganizationRow, other_id, ORGANIZATION)
            for name, value in values.items():
                if getattr(keep, name) != value:
                    setattr(keep, name, value)
            people = list(
                session.scalars(select(ContactRow).where(ContactRow.organization_id == other_id))
            )
            for person in people:
                person.organization_id = keep_id
            deals = list(
                session.scalars(select(DealRow).where(DealRow.organization_id == other_id))
            )
            for deal in deals:
                deal.organization_id = keep_id
            other.archived = True
            refresh_organization_key(session, keep)
            refresh_contact_keys(session, people)
            refresh_deals(session, deals, self._ctx.clock())
            return preview, keep.name, other.name

        template = QT_TRANSLATE_NOOP("Messages", "Merge organization “{other}” into “{kept}”")
        preview, _, _ = self._ctx.change(lambda r: Message(template, kept=r[1], other=r[2]), apply)
        return preview
