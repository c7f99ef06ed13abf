"""What every write of a contact or an organization keeps in step: the search keys, the
labelled emails and phones, and the contact's first email and phone."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import ContactEmailRow, ContactPhoneRow, ContactRow, OrganizationRow
from crmdesk.domain import validation as v
from crmdesk.domain.entities import Labelled
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.people import EMAIL_LABELS, PHONE_LABELS, phone_digits, search_key

MAX_CHANNELS = 20


def _labelled(values: Any, labels: dict[str, str], check: Any, field: str) -> list[Labelled]:
    if values is None:
        return []
    out: list[Labelled] = []
    for item in values:
        label, value = (item.label, item.value) if isinstance(item, Labelled) else item
        if label not in labels:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "“{value}” is not a label; use one of {labels}."),
                field,
                value=str(label),
                labels=", ".join(labels),
            )
        try:
            cleaned = check(value)
        except ValidationError as error:
            raise ValidationError(error.template, field, **error.values) from error
        if cleaned:
            out.append(Labelled(label, cleaned))
    if len(out) > MAX_CHANNELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A contact has at most {max} of each."),
            field,
            max=MAX_CHANNELS,
        )
    return out


def clean_emails(values: Any) -> list[Labelled]:
    """Labelled emails, each checked; empty ones dropped."""
    return _labelled(values, EMAIL_LABELS, v.email, "emails")


def clean_phones(values: Any) -> list[Labelled]:
    """Labelled phone numbers, each checked; empty ones dropped."""
    return _labelled(values, PHONE_LABELS, v.phone, "phones")


def _sync(
    session: Session, model: Any, contact_id: int, wanted: Sequence[Labelled], phones: bool
) -> None:
    rows = list(
        session.scalars(
            select(model).where(model.contact_id == contact_id).order_by(model.position, model.id)
        )
    )
    for position, item in enumerate(wanted):
        if position < len(rows):
            row = rows[position]
            for name, value in (
                ("position", position),
                ("label", item.label),
                ("value", item.value),
            ):
                if getattr(row, name) != value:
                    setattr(row, name, value)
            if phones and row.digits != phone_digits(item.value):
                row.digits = phone_digits(item.value)
        else:
            extra = {"digits": phone_digits(item.value)} if phones else {}
            session.add(
                model(
                    contact_id=contact_id,
                    position=position,
                    label=item.label,
                    value=item.value,
                    **extra,
                )
            )
    for row in rows[len(wanted) :]:
        session.delete(row)


def channels(session: Session, model: Any, contact_id: int) -> list[Labelled]:
    """A contact's emails (``ContactEmailRow``) or phones (``ContactPhoneRow``), in order."""
    rows = session.scalars(
        select(model).where(model.contact_id == contact_id).order_by(model.position, model.id)
    )
    return [Labelled(r.label, r.value) for r in rows]


def set_channels(
    session: Session,
    row: ContactRow,
    emails: Sequence[Labelled] | None,
    phones: Sequence[Labelled] | None,
) -> None:
    """Write the contact's emails and phones (``None``: leave them) and mirror the first of
    each in ``contacts.email`` and ``contacts.phone``."""
    session.flush()
    if emails is not None:
        _sync(session, ContactEmailRow, row.id, emails, phones=False)
        first = emails[0].value if emails else None
        if row.email != first:
            row.email = first
    if phones is not None:
        _sync(session, ContactPhoneRow, row.id, phones, phones=True)
        first = phones[0].value if phones else None
        if row.phone != first:
            row.phone = first


def first_replaced(current: list[Labelled], value: str | None, label: str) -> list[Labelled]:
    """``current`` with its first entry set to ``value`` (removed when ``value`` is empty)."""
    rest = current[1:]
    if not value:
        return rest
    return [Labelled(current[0].label if current else label, value), *rest]


def contact_key(session: Session, row: ContactRow) -> str:
    """The contact's search key: name, job title, organization, every email and phone."""
    session.flush()
    org = session.get(OrganizationRow, row.organization_id) if row.organization_id else None
    emails: list[str | None] = [c.value for c in channels(session, ContactEmailRow, row.id)]
    phones: list[str | None] = [c.value for c in channels(session, ContactPhoneRow, row.id)]
    emails, phones = emails or [row.email], phones or [row.phone]
    return search_key(row.full_name, row.job_title, org.name if org else None, *emails, *phones)


def organization_key(row: OrganizationRow) -> str:
    """The organization's search key: name, tax code, email, phone, website."""
    return search_key(row.name, row.tax_code, row.email, row.phone, row.website)


def refresh_contact_keys(session: Session, rows: Iterable[ContactRow]) -> None:
    """Recompute the search key of each contact (only real changes are written)."""
    for row in list(rows):
        key = contact_key(session, row)
        if row.search_key != key:
            row.search_key = key


def refresh_organization_key(session: Session, row: OrganizationRow) -> None:
    """Recompute the organization's key, and its contacts' (they hold its name)."""
    key = organization_key(row)
    if row.search_key != key:
        row.search_key = key
        refresh_contact_keys(
            session, session.scalars(select(ContactRow).where(ContactRow.organization_id == row.id))
        )
