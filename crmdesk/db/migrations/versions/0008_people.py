"""People and companies: several emails and phones per contact, addresses, notes, search keys.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 09:40:00

``contact_emails`` and ``contact_phones`` hold a contact's labelled addresses and numbers
(``contacts.email`` and ``contacts.phone`` stay, as the first of each: scoring and the board's
search read them). ``search_key`` on contacts and organizations holds their folded words, each
after a space, so the lists match the start of any word with portable ``LIKE``. Existing rows
get their emails, phones and keys here, in the same transaction.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from crmdesk.db.people_keys import fill_missing

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _channel_table(name: str, width: int, digits: bool) -> None:
    columns: list[sa.Column[Any]] = [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=width), nullable=False),
    ]
    if digits:
        columns.append(sa.Column("digits", sa.String(length=50), nullable=False))
    op.create_table(
        name,
        *columns,
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f(f"fk_{name}_contact_id_contacts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f(f"ix_{name}_contact_id"), name, ["contact_id"], unique=False)


def upgrade() -> None:
    for table in ("organizations", "contacts"):
        if table == "contacts":
            op.add_column(table, sa.Column("address", sa.Text(), nullable=True))
        op.add_column(table, sa.Column("notes", sa.Text(), nullable=True))
        op.add_column(table, sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
        op.create_index(op.f(f"ix_{table}_list"), table, ["archived", "name_folded"])
    _channel_table("contact_emails", 200, digits=False)
    _channel_table("contact_phones", 50, digits=True)
    op.create_index(op.f("ix_contact_emails_value"), "contact_emails", ["value"], unique=False)
    op.create_index(op.f("ix_contact_phones_digits"), "contact_phones", ["digits"], unique=False)
    fill_missing(op.get_bind())


def downgrade() -> None:
    op.drop_table("contact_phones")
    op.drop_table("contact_emails")
    for table in ("contacts", "organizations"):
        op.drop_index(op.f(f"ix_{table}_list"), table_name=table)
        # Plain DROP COLUMN (SQLite 3.35+, PostgreSQL): a table rebuild would trip the insight
        # triggers, which name these tables.
        op.drop_column(table, "search_key")
        op.drop_column(table, "notes")
        if table == "contacts":
            op.drop_column(table, "address")
