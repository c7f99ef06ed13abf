"""Finding the existing organization or contact a row of an import names."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.bulk import Ref
from crmdesk.db.models import ContactRow, OrganizationRow
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message

Id = int | Ref  # an existing row's id, or the reference of a row this import adds


def existed(row_id: Id | None) -> bool:
    """Whether the row was there before this import (not made by an earlier row)."""
    return isinstance(row_id, int)


def _digits(phone: str | None) -> str:
    """A phone number as comparable digits: +84 903… and 0903… are the same number."""
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("84") and len(digits) >= 11:
        digits = digits[2:]
    digits = digits.lstrip("0")
    return digits if len(digits) >= 6 else ""


class Matches:
    """Existing and newly made organizations and contacts, to find duplicates."""

    def __init__(self, session: Session) -> None:
        self.orgs: dict[str, Id] = {
            r.name_folded: r.id
            for r in session.execute(
                select(OrganizationRow.id, OrganizationRow.name_folded).where(
                    OrganizationRow.archived.is_(False)
                )
            )
        }
        self.by_email: dict[str, Id] = {}
        self.by_phone: dict[tuple[str, str], Id] = {}  # (phone, folded name) -> id
        self.by_name: dict[tuple[str, Id | None], Id] = {}
        self.names: dict[int, str] = {}
        rows = session.execute(
            select(
                ContactRow.id,
                ContactRow.full_name,
                ContactRow.email,
                ContactRow.phone,
                ContactRow.name_folded,
                ContactRow.organization_id,
            ).where(ContactRow.archived.is_(False))
        )
        for r in rows:
            self.names[r.id] = r.full_name  # for the report: only existing contacts are merged
            self.add_contact(r.id, r.email, r.phone, r.name_folded, r.organization_id)

    def add_contact(
        self, cid: Id, email: str | None, phone: str | None, name: str, org: Id | None
    ) -> None:
        if email:
            self.by_email.setdefault(email.casefold(), cid)
        if _digits(phone):
            self.by_phone.setdefault((_digits(phone), name), cid)
        self.by_name.setdefault((name, org), cid)

    def contact(
        self, email: str | None, phone: str | None, name: str, org: Id | bool | None
    ) -> tuple[Id | None, str]:
        """The contact this row's person is, and how that was decided ("" when new).

        An email is one person's; a phone only with the same name (a switchboard number is
        shared by a whole company); a name only within the same organization (``org`` False:
        the row's organization is new, so no name match).
        """
        if email and email.casefold() in self.by_email:
            return self.by_email[email.casefold()], "email"
        if _digits(phone) and (_digits(phone), name) in self.by_phone:
            return self.by_phone[(_digits(phone), name)], "phone"
        if org is not False and (name, org) in self.by_name:
            return self.by_name[(name, org)], "name"
        return None, ""


def match_message(how: str, name: str) -> Message:
    """How a row was found to be an existing contact, for the report."""
    templates = {
        "email": QT_TRANSLATE_NOOP("Messages", "The existing contact “{name}” (same email)."),
        "phone": QT_TRANSLATE_NOOP("Messages", "The existing contact “{name}” (same phone)."),
        "name": QT_TRANSLATE_NOOP(
            "Messages", "The existing contact “{name}” (same name, same organization)."
        ),
    }
    return Message(templates.get(how, templates["name"]), name=name)
