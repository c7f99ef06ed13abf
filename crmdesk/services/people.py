"""Organizations and contacts: create, update, archive, find."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crmdesk.db.models import ContactEmailRow, ContactPhoneRow, ContactRow, DealRow, OrganizationRow
from crmdesk.db.portable import binary, holds
from crmdesk.domain import validation as v
from crmdesk.domain.entities import Contact, Labelled, Organization
from crmdesk.domain.enums import DecisionRole
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, Message, ValidationError
from crmdesk.domain.text import fold
from crmdesk.services.context import ServiceContext
from crmdesk.services.derived import refresh_deals
from crmdesk.services.people_write import (
    channels,
    clean_emails,
    clean_phones,
    contact_key,
    first_replaced,
    organization_key,
    refresh_contact_keys,
    refresh_organization_key,
    set_channels,
)
from crmdesk.services.rows import CONTACT, ORGANIZATION, get_or_raise, to_contact, to_organization
from crmdesk.services.versions import check_version


def _decision_role(value: Any) -> DecisionRole:
    try:
        return DecisionRole(value)
    except ValueError as exc:
        roles = ", ".join(r.value for r in DecisionRole)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{value}” is not a decision role; use one of {roles}."),
            "decision_role",
            value=str(value),
            roles=roles,
        ) from exc


ORG_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": lambda x: v.required_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "An organization's name")), "name", 200
    ),
    "industry": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The industry")), "industry", 100
    ),
    "size": lambda x: v.positive_int(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The company size")), "size"
    ),
    "region": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The region")), "region", 100
    ),
    "address": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The address")), "address"
    ),
    "tax_code": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The tax code")), "tax_code", 50
    ),
    "phone": v.phone,
    "email": v.email,
    "website": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The website")), "website", 200
    ),
    "notes": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The notes")), "notes", 20000
    ),
}

CONTACT_FIELDS: dict[str, Callable[[Any], Any]] = {
    "full_name": lambda x: v.required_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "A contact's name")), "full_name", 200
    ),
    "organization_id": lambda x: x,
    "job_title": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The job title")), "job_title", 100
    ),
    "email": v.email,
    "phone": v.phone,
    "decision_role": _decision_role,
    "address": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The address")), "address"
    ),
    "notes": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The notes")), "notes", 20000
    ),
    "emails": clean_emails,
    "phones": clean_phones,
}
_CHANNELS = ("emails", "phones")


def clean(fields: dict[str, Any], rules: dict[str, Callable[[Any], Any]]) -> dict[str, Any]:
    """Validate and normalize the given fields; unknown names are refused."""
    unknown = set(fields) - set(rules)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Unknown field(s): {names}."),
            None,
            names=", ".join(sorted(unknown)),
        )
    return {name: rules[name](value) for name, value in fields.items()}


def apply_fields(row: object, fields: dict[str, Any]) -> None:
    """Set only the fields whose value changes (the undo journal then holds no no-ops)."""
    for name, value in fields.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def add_organization(session: Session, values: dict[str, Any], now: datetime) -> OrganizationRow:
    """Insert an organization from cleaned ``values``."""
    row = OrganizationRow(**{k: None for k in ORG_FIELDS}, archived=False, created_at=now)
    apply_fields(row, values)
    row.name_folded = fold(row.name)
    row.search_key = organization_key(row)
    session.add(row)
    session.flush()
    return row


def add_contact(session: Session, values: dict[str, Any], now: datetime) -> ContactRow:
    """Insert a contact from cleaned ``values`` (its organization must exist)."""
    values = {"decision_role": DecisionRole.UNKNOWN, **values}
    if values.get("organization_id") is not None:
        get_or_raise(session, OrganizationRow, values["organization_id"], ORGANIZATION)
    fields = {k: val for k, val in values.items() if k not in _CHANNELS}
    row = ContactRow(
        **{k: None for k in CONTACT_FIELDS if k not in _CHANNELS},
        archived=False,
        created_at=now,
        search_key="",
    )
    apply_fields(row, fields)
    row.name_folded = fold(row.full_name)
    session.add(row)
    session.flush()
    write_channels(session, row, values, [], [])
    row.search_key = contact_key(session, row)
    return row


def write_channels(
    session: Session,
    row: ContactRow,
    values: dict[str, Any],
    emails: list[Labelled],
    phones: list[Labelled],
) -> None:
    """Write the ``emails`` and ``phones`` of ``values``; a lone ``email`` or ``phone`` replaces
    the first of ``emails`` (``phones``), the contact's current ones."""
    new_emails = values.get("emails")
    if new_emails is None and "email" in values:
        new_emails = first_replaced(emails, values["email"], "work")
    new_phones = values.get("phones")
    if new_phones is None and "phone" in values:
        new_phones = first_replaced(phones, values["phone"], "mobile")
    set_channels(session, row, new_emails, new_phones)


def _new_organization(name: str | None) -> dict[str, Any] | None:
    """The cleaned values of an organization to create by name (None: none)."""
    if name is None or not name.strip():
        return None
    try:
        return clean({"name": name}, ORG_FIELDS)
    except ValidationError as error:
        raise ValidationError(error.template, "new_organization", **error.values) from error


class OrganizationService:
    """Customer organizations."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def create(self, name: str, **fields: Any) -> Organization:
        """Add an organization."""
        values = clean({"name": name, **fields}, ORG_FIELDS)

        def apply(session: Session) -> Organization:
            return to_organization(add_organization(session, values, self._ctx.clock()))

        return self._ctx.change(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Add organization “{name}”"), name=values["name"]
            ),
            apply,
        )

    def update(self, org_id: int, if_version: int | None = None, **fields: Any) -> Organization:
        """Change an organization's fields (refused, naming who and when, if it is no longer at
        ``if_version``)."""
        values = clean(fields, ORG_FIELDS)

        def apply(session: Session) -> Organization:
            row = get_or_raise(session, OrganizationRow, org_id, ORGANIZATION, lock=True)
            check_version(session, row, if_version, self._ctx.clock)
            apply_fields(row, values)
            if row.name_folded != fold(row.name):
                row.name_folded = fold(row.name)
            refresh_organization_key(session, row)
            deals = session.scalars(select(DealRow).where(DealRow.organization_id == org_id))
            refresh_deals(session, deals, self._ctx.clock())
            return to_organization(row)

        return self._ctx.change(Message(QT_TRANSLATE_NOOP("Messages", "Edit organization")), apply)

    def archive(self, org_id: int) -> None:
        """Archive an organization (undoable); its deals stay as they are."""
        self._set_archived(org_id, True)

    def restore(self, org_id: int) -> None:
        """Bring an archived organization back (undoable)."""
        self._set_archived(org_id, False)

    def _set_archived(self, org_id: int, archived: bool) -> None:
        def apply(session: Session) -> str:
            row = get_or_raise(session, OrganizationRow, org_id, ORGANIZATION)
            row.archived = archived
            return row.name

        if archived:
            template = QT_TRANSLATE_NOOP("Messages", "Archive organization “{name}”")
        else:
            template = QT_TRANSLATE_NOOP("Messages", "Restore organization “{name}”")
        self._ctx.change(lambda name: Message(template, name=name), apply)

    def get(self, org_id: int) -> Organization:
        """One organization."""
        return self._ctx.read(
            lambda s: to_organization(get_or_raise(s, OrganizationRow, org_id, ORGANIZATION))
        )

    def find(self, text: str = "", limit: int = 20) -> list[Organization]:
        """Organizations whose folded name contains ``text`` (for completion)."""
        query = (
            select(OrganizationRow)
            .where(
                OrganizationRow.archived.is_(False),
                OrganizationRow.name_folded.contains(fold(text), autoescape=True),
            )
            .order_by(binary(OrganizationRow.name_folded), OrganizationRow.id)
            .limit(limit)
        )
        return self._ctx.read(lambda s: [to_organization(r) for r in s.scalars(query)])


class ContactService:
    """People at organizations."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def create(self, full_name: str, new_organization: str | None = None, **fields: Any) -> Contact:
        """Add a contact (at a new organization called ``new_organization``, created with it
        in the same undoable action, if given)."""
        values = clean({"full_name": full_name, **fields}, CONTACT_FIELDS)
        values.setdefault("decision_role", DecisionRole.UNKNOWN)
        org_values = _new_organization(new_organization)

        def apply(session: Session) -> Contact:
            if org_values is not None:
                org = add_organization(session, org_values, self._ctx.clock())
                values["organization_id"] = org.id
            return to_contact(add_contact(session, values, self._ctx.clock()), session)

        return self._ctx.change(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Add contact “{name}”"), name=values["full_name"]
            ),
            apply,
        )

    def update(
        self,
        contact_id: int,
        new_organization: str | None = None,
        if_version: int | None = None,
        **fields: Any,
    ) -> Contact:
        """Change a contact's fields (moving them to a new organization called
        ``new_organization``, created in the same undoable action, if given; refused, naming
        who and when, if it is no longer at ``if_version``)."""
        values = clean(fields, CONTACT_FIELDS)
        org_values = _new_organization(new_organization)

        def apply(session: Session) -> Contact:
            row = get_or_raise(session, ContactRow, contact_id, CONTACT, lock=True)
            check_version(session, row, if_version, self._ctx.clock)
            if org_values is not None:
                org = add_organization(session, org_values, self._ctx.clock())
                values["organization_id"] = org.id
            if values.get("organization_id") is not None:
                get_or_raise(session, OrganizationRow, values["organization_id"], ORGANIZATION)
            emails = channels(session, ContactEmailRow, contact_id)
            phones = channels(session, ContactPhoneRow, contact_id)
            apply_fields(row, {k: val for k, val in values.items() if k not in _CHANNELS})
            if row.name_folded != fold(row.full_name):
                row.name_folded = fold(row.full_name)
            write_channels(session, row, values, emails, phones)
            refresh_contact_keys(session, [row])
            deals = session.scalars(select(DealRow).where(DealRow.contact_id == contact_id))
            refresh_deals(session, deals, self._ctx.clock())
            return to_contact(row, session)

        return self._ctx.change(Message(QT_TRANSLATE_NOOP("Messages", "Edit contact")), apply)

    def archive(self, contact_id: int) -> None:
        """Archive a contact (undoable)."""
        self._set_archived(contact_id, True)

    def restore(self, contact_id: int) -> None:
        """Bring an archived contact back (undoable)."""
        self._set_archived(contact_id, False)

    def _set_archived(self, contact_id: int, archived: bool) -> None:
        def apply(session: Session) -> str:
            row = get_or_raise(session, ContactRow, contact_id, CONTACT)
            row.archived = archived
            return row.full_name

        if archived:
            template = QT_TRANSLATE_NOOP("Messages", "Archive contact “{name}”")
        else:
            template = QT_TRANSLATE_NOOP("Messages", "Restore contact “{name}”")
        self._ctx.change(lambda name: Message(template, name=name), apply)

    def get(self, contact_id: int) -> Contact:
        """One contact, with its emails and phones."""
        return self._ctx.read(
            lambda s: to_contact(get_or_raise(s, ContactRow, contact_id, CONTACT), s)
        )

    def find(
        self, text: str = "", organization_id: int | None = None, limit: int = 20
    ) -> list[Contact]:
        """Contacts by folded name or email, optionally at one organization."""
        query = select(ContactRow).where(
            ContactRow.archived.is_(False),
            or_(
                ContactRow.name_folded.contains(fold(text), autoescape=True),
                holds(ContactRow.email, text.strip()),
            ),
        )
        if organization_id is not None:
            query = query.where(ContactRow.organization_id == organization_id)
        query = query.order_by(binary(ContactRow.name_folded), ContactRow.id).limit(limit)
        return self._ctx.read(lambda s: [to_contact(r) for r in s.scalars(query)])
