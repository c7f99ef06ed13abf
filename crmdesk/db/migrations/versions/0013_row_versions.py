"""Row versions: every editable row says how many times it changed, by whom and when.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 15:00:00

``version`` starts at 1 and grows by one with every change a user makes (the services refuse a
change made on a copy whose version is behind); ``changed_by`` and ``changed_at`` name who made
the last one and when, for the sentence that refuses it ("minh moved this deal to Opportunity
at 10:42"). Rows written before this migration start at version 1 with nobody named.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLES = (
    "deals",
    "organizations",
    "contacts",
    "quotes",
    "quote_lines",
    "activities",
    "settings",
)


def upgrade() -> None:
    """Add the three columns to every editable table."""
    # Plain ALTER TABLE ADD COLUMN (no table rebuild: the insight triggers on deals stay).
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        op.add_column(table, sa.Column("changed_by", sa.String(100), nullable=True))
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Remove them."""
    for table in reversed(TABLES):
        op.drop_column(table, "changed_at")  # SQLite 3.35+ and PostgreSQL drop it in place
        op.drop_column(table, "changed_by")
        op.drop_column(table, "version")
