"""People lists: organizations by industry and by region.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 16:00:00

The Contacts and Organizations views offer every industry and region in use as filters; without
an index each is a scan of every organization (about 150 ms at 59,000) each time a list is built.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the indexes."""
    op.create_index("ix_organizations_industry", "organizations", ["industry"])
    op.create_index("ix_organizations_region", "organizations", ["region"])


def downgrade() -> None:
    """Remove them."""
    op.drop_index("ix_organizations_region", "organizations")
    op.drop_index("ix_organizations_industry", "organizations")
