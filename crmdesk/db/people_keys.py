"""Search keys and labelled emails and phones of contacts and organizations written in bulk.

The services keep them for every row they write; the bulk writers (import, restore, sample
data) and migration 0008 leave ``search_key`` empty and call :func:`fill_missing`, which fills
exactly the rows that lack them, in the caller's transaction.

Each batch is a few statements, not one per row: the keys go into a temporary table with one
multi-row ``INSERT`` and reach their rows with one ``UPDATE``; the labelled rows are one
multi-row ``INSERT`` each. A migration killed at any statement is then cheap to test, and a
million rows cost a thousand statements on either engine.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Integer, Text, column, insert, table, text

from crmdesk.domain.people import phone_digits, search_key

_BATCH = 2000
_KEYS = table("people_keys_tmp", column("id", Integer), column("k", Text))
_EMAILS = table(
    "contact_emails", column("contact_id"), column("position"), column("label"), column("value")
)
_PHONES = table(
    "contact_phones",
    column("contact_id"),
    column("position"),
    column("label"),
    column("value"),
    column("digits"),
)


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), _BATCH):
        yield rows[start : start + _BATCH]


def _set_keys(conn: Any, table_name: str, keys: list[dict[str, Any]]) -> None:
    if not keys:
        return
    conn.execute(text("CREATE TEMPORARY TABLE people_keys_tmp (id INTEGER PRIMARY KEY, k TEXT)"))
    for chunk in _chunks(keys):
        conn.execute(insert(_KEYS).values(list(chunk)))
    conn.execute(
        text(
            f"UPDATE {table_name} SET search_key ="
            f" (SELECT k FROM people_keys_tmp WHERE people_keys_tmp.id = {table_name}.id)"
            " WHERE id IN (SELECT id FROM people_keys_tmp)"
        )
    )
    conn.execute(text("DROP TABLE people_keys_tmp"))


def fill_missing(conn: Any) -> int:
    """Give every contact and organization with no search key its key, and every such contact
    its email and phone as labelled rows; returns how many rows got a key."""
    orgs = conn.execute(
        text(
            "SELECT id, name, tax_code, email, phone, website FROM organizations"
            " WHERE search_key = ''"
        )
    ).all()
    _set_keys(
        conn,
        "organizations",
        [
            {"id": o.id, "k": search_key(o.name, o.tax_code, o.email, o.phone, o.website)}
            for o in orgs
        ],
    )
    contacts = conn.execute(
        text(
            "SELECT c.id, c.full_name, c.job_title, o.name AS org, c.email, c.phone"
            " FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id"
            " WHERE c.search_key = ''"
        )
    ).all()
    _set_keys(
        conn,
        "contacts",
        [
            {"id": c.id, "k": search_key(c.full_name, c.job_title, c.org, c.email, c.phone)}
            for c in contacts
        ],
    )
    emails = [
        {"contact_id": c.id, "position": 0, "label": "work", "value": c.email}
        for c in contacts
        if c.email
    ]
    for chunk in _chunks(emails):
        conn.execute(insert(_EMAILS).values(list(chunk)))
    phones = [
        {
            "contact_id": c.id,
            "position": 0,
            "label": "mobile",
            "value": c.phone,
            "digits": phone_digits(c.phone),
        }
        for c in contacts
        if c.phone
    ]
    for chunk in _chunks(phones):
        conn.execute(insert(_PHONES).values(list(chunk)))
    return len(orgs) + len(contacts)
