"""An index that lets one statement re-score every deal from its behaviour signals.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 21:25:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_activities_signal", "activities", ["kind", "deal_id", "occurred_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_activities_signal", table_name="activities")
