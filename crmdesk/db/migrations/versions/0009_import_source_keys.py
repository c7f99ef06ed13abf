"""Import: the id a deal had in the program it came from, and look-ups the import makes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 10:00:00

``deals.source_key`` holds ``<format>:<id>`` (``hubspot_deals:8123``) for a deal imported from a
file with a record id column, so importing the same file again finds it. Indexes: that key,
deals by (title, value) for files without ids, and contacts by their lower-cased email (the
import looks up each batch of rows by email).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column and the indexes."""
    # Plain ALTER TABLE (no table rebuild: the insight triggers on deals stay as they are).
    op.add_column("deals", sa.Column("source_key", sa.String(200), nullable=True))
    op.create_index("ix_deals_source_key", "deals", ["source_key"])
    op.create_index("ix_deals_title_value", "deals", ["title", "value_minor"])
    op.create_index("ix_contacts_email_lower", "contacts", [sa.text("lower(email)")])


def downgrade() -> None:
    """Remove them."""
    op.drop_index("ix_contacts_email_lower", "contacts")
    op.drop_index("ix_deals_title_value", "deals")
    op.drop_index("ix_deals_source_key", "deals")
    op.drop_column("deals", "source_key")  # SQLite 3.35+ and PostgreSQL drop it in place
