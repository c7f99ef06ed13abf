"""Finding the existing organization, contact or deal a row of an import names.

Candidates are looked up a batch of rows at a time through indexes (organizations and contacts
by folded name, contacts by lower-cased email, deals by source id or by title), so memory stays
flat however many contacts the file holds. A different email or a different phone is a
different person, and names compare with their accents (case and spacing ignored): ``Lê Văn
Anh`` and ``Lê Văn Ánh`` are two people.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crmdesk.db.bulk import Ref
from crmdesk.db.models import ContactRow, DealRow, OrganizationRow
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message
from crmdesk.domain.text import fold

Id = int | Ref  # an existing row's id, or the reference of a row this import adds
CHUNK = 500  # values in one IN (…) list


def digits(phone: str | None) -> str:
    """A phone number as comparable digits: +84 903… and 0903… are the same number (an
    extension is not part of the number)."""
    number = re.split(r"(?i)\s*(?:x|ext\.?|extension|#)\s*\d+\s*$", phone or "")[0]
    found = re.sub(r"\D", "", number)
    if found.startswith("84") and len(found) >= 11:
        found = found[2:]
    found = found.lstrip("0")
    return found if len(found) >= 6 else ""


def name_key(name: str | None) -> str:
    """A person's name as matching compares it: accents kept, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", name or "").casefold().split())


@dataclass(frozen=True, slots=True)
class Person:
    """What matching knows of one contact."""

    id: Id
    name: str
    email: str  # lower-cased, "" when none
    phone: str  # digits, "" when none
    org: Id | None

    def differs(self, email: str, phone: str) -> bool:
        """Whether the row's email or phone says it is someone else."""
        return bool(
            (email and self.email and email != self.email)
            or (phone and self.phone and phone != self.phone)
        )


def _chunks(values: Iterable[str]) -> list[list[str]]:
    items = sorted(set(values) - {""})
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


class Matches:
    """The organizations, contacts and deals a batch of rows may name (looked up per batch),
    and those this import made in the batch not yet written."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # Rows up to these ids were there before the import (the import holds the write lock).
        self.first_new = {
            name: int(session.scalar(select(func.coalesce(func.max(t.id), 0))) or 0)
            for name, t in (("org", OrganizationRow), ("contact", ContactRow), ("deal", DealRow))
        }
        self.orgs: dict[str, Id] = {}
        self.people: list[Person] = []
        self.by_email: dict[str, Person] = {}
        self.by_name: dict[str, list[Person]] = {}
        self.by_source: dict[str, int] = {}
        self.by_title: dict[tuple[str, str, int, str], int] = {}
        self.deal_stages: dict[int, str] = {}  # a found deal's stage (an update may move it)

    def existed(self, row_id: Id | None, kind: str = "contact") -> bool:
        """Whether the row was there before this import (not made by an earlier row)."""
        return isinstance(row_id, int) and row_id <= self.first_new[kind]

    def prepare(
        self,
        orgs: Iterable[str],
        emails: Iterable[str],
        names: Iterable[str],
        sources: Iterable[str] = (),
        titles: Iterable[str] = (),
    ) -> None:
        """Look up the candidates of the next batch (folded organization and person names,
        lower-cased emails, source keys, deal titles)."""
        self.orgs, self.people, self.by_email, self.by_name = {}, [], {}, {}
        self.by_source, self.by_title, self.deal_stages = {}, {}, {}
        o, c, d = OrganizationRow, ContactRow, DealRow
        for chunk in _chunks(orgs):
            for row in self.session.execute(
                select(o.id, o.name_folded)
                .where(o.name_folded.in_(chunk), o.archived.is_(False))
                .order_by(o.id)
            ):
                self.orgs.setdefault(row.name_folded, row.id)
        email_chunks, name_chunks = _chunks(emails), _chunks(names)
        seen: set[int] = set()
        for index in range(max(len(email_chunks), len(name_chunks))):
            wanted = []
            if index < len(email_chunks):
                wanted.append(func.lower(c.email).in_(email_chunks[index]))
            if index < len(name_chunks):
                wanted.append(c.name_folded.in_(name_chunks[index]))
            query = select(c.id, c.full_name, c.email, c.phone, c.organization_id).where(
                or_(*wanted), c.archived.is_(False)
            )
            for contact in self.session.execute(query.order_by(c.id)):
                if contact.id not in seen:
                    seen.add(contact.id)
                    self.add_contact(
                        contact.id, contact.email, contact.phone, contact.full_name,
                        contact.organization_id,
                    )  # fmt: skip
        for chunk in _chunks(sources):
            for sourced in self.session.execute(
                select(d.id, d.source_key, d.stage).where(
                    d.source_key.in_(chunk), d.archived.is_(False)
                )
            ):
                self.by_source.setdefault(sourced.source_key, sourced.id)
                self.deal_stages[sourced.id] = str(sourced.stage)
        for chunk in _chunks(titles):
            titled = (
                select(d.id, d.title, d.value_minor, d.currency, d.stage, o.name_folded)
                .outerjoin(o, o.id == d.organization_id)
                .where(d.title.in_(chunk), d.archived.is_(False))
                .where(d.id <= self.first_new["deal"])
            )
            for deal in self.session.execute(titled.order_by(d.id)):
                key = (deal.title, deal.name_folded or "", int(deal.value_minor), deal.currency)
                self.by_title.setdefault(key, deal.id)
                self.deal_stages[deal.id] = str(deal.stage)

    def add_contact(
        self, cid: Id, email: str | None, phone: str | None, name: str, org: Id | None
    ) -> None:
        """Remember a contact (found, or made by a row of this batch)."""
        person = Person(cid, name, (email or "").casefold(), digits(phone), org)
        if person.email:
            self.by_email.setdefault(person.email, person)
        self.by_name.setdefault(name_key(name), []).append(person)

    def contact(
        self, email: str | None, phone: str | None, name: str, org: Id | bool | None
    ) -> tuple[Person | None, str]:
        """The contact this row's person is, and how that was decided ("" when new).

        An email is one person's; a phone only with the same name (a switchboard number is
        shared by a whole company); a name only within the same organization (``org`` False:
        the row's organization is new, so no name match) — and never when the row's email or
        phone differs from the contact's.
        """
        mail, number = (email or "").casefold(), digits(phone)
        if mail and mail in self.by_email:
            return self.by_email[mail], "email"
        for person in self.by_name.get(name_key(name), []):
            if person.differs(mail, number):
                continue
            if number and person.phone == number:
                return person, "phone"
            if org is not False and person.org == org and org is not None:
                return person, "name"
            if org is None and person.org is None:
                return person, "name"
        return None, ""

    def deal(
        self, source: str | None, title: str, org: str, value: int, currency: str
    ) -> int | None:
        """The existing deal this row is again: same source id, else same title, organization
        (folded) and value."""
        if source and source in self.by_source:
            return self.by_source[source]
        if source:
            return None  # a row with an id of its own is another record
        return self.by_title.get((title, fold(org), value, currency))


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
