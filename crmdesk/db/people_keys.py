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


def _missing(conn: Any, sql: str, key: str) -> Iterator[Sequence[Any]]:
    """The rows ``sql`` selects (those without a key), ``_BATCH`` at a time in id order, so
    memory stays flat however many a bulk write left."""
    after = 0
    while True:
        rows = conn.execute(
            text(f"{sql} AND {key} > :after ORDER BY {key} LIMIT {_BATCH}"), {"after": after}
        ).all()
        if rows:
            yield rows
        if len(rows) < _BATCH:
            return
        after = rows[-1].id


def fill_missing(conn: Any) -> int:
    """Give every contact and organization with no search key its key, and every such contact
    its email and phone as labelled rows (a batch of rows at a time); returns how many rows
    got a key."""
    done = 0
    for orgs in _missing(
        conn,
        "SELECT id, name, tax_code, email, phone, website FROM organizations WHERE search_key = ''",
        "id",
    ):
        keys = [
            {"id": o.id, "k": search_key(o.name, o.tax_code, o.email, o.phone, o.website)}
            for o in orgs
        ]
        _set_keys(conn, "organizations", keys)
        done += len(orgs)
    for contacts in _missing(
        conn,
        "SELECT c.id, c.full_name, c.job_title, o.name AS org, c.email, c.phone"
        " FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id"
        " WHERE c.search_key = ''",
        "c.id",
    ):
        _fill_contacts(conn, contacts)
        done += len(contacts)
    return done


def _fill_contacts(conn: Any, contacts: Sequence[Any]) -> None:
    """Keys, labelled emails and labelled phones of one batch of contacts."""
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
    if emails:
        conn.execute(insert(_EMAILS).values(emails))
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
    if phones:
        conn.execute(insert(_PHONES).values(phones))
