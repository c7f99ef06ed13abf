"""Search keys and labelled emails and phones of contacts and organizations written in bulk.

The services keep them for every row they write; the bulk writers (import, restore, sample
data) and migration 0008 leave ``search_key`` empty and call :func:`fill_missing`, which fills
exactly the rows that lack them, in the caller's transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from crmdesk.domain.people import phone_digits, search_key

_BATCH = 2000


def _chunks(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [rows[i : i + _BATCH] for i in range(0, len(rows), _BATCH)]


def fill_missing(conn: Any) -> int:
    """Give every contact and organization with no search key its key, and every such contact
    its email and phone as labelled rows; returns how many rows got a key."""
    orgs = conn.execute(
        text(
            "SELECT id, name, tax_code, email, phone, website FROM organizations"
            " WHERE search_key = ''"
        )
    ).all()
    for chunk in _chunks(
        [
            {"k": search_key(o.name, o.tax_code, o.email, o.phone, o.website), "i": o.id}
            for o in orgs
        ]
    ):
        conn.execute(text("UPDATE organizations SET search_key = :k WHERE id = :i"), chunk)
    contacts = conn.execute(
        text(
            "SELECT c.id, c.full_name, c.job_title, o.name AS org, c.email, c.phone"
            " FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id"
            " WHERE c.search_key = ''"
        )
    ).all()
    keys = [
        {"k": search_key(c.full_name, c.job_title, c.org, c.email, c.phone), "i": c.id}
        for c in contacts
    ]
    for chunk in _chunks(keys):
        conn.execute(text("UPDATE contacts SET search_key = :k WHERE id = :i"), chunk)
    emails = [{"c": c.id, "v": c.email} for c in contacts if c.email]
    for chunk in _chunks(emails):
        conn.execute(
            text(
                "INSERT INTO contact_emails (contact_id, position, label, value)"
                " VALUES (:c, 0, 'work', :v)"
            ),
            chunk,
        )
    phones = [{"c": c.id, "v": c.phone, "d": phone_digits(c.phone)} for c in contacts if c.phone]
    for chunk in _chunks(phones):
        conn.execute(
            text(
                "INSERT INTO contact_phones (contact_id, position, label, value, digits)"
                " VALUES (:c, 0, 'mobile', :v, :d)"
            ),
            chunk,
        )
    return len(orgs) + len(contacts)
