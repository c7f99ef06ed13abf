"""Board indexes: totals from one covering index, one per column sort and filter list, and
one holding the search key, so a column page under a search never reads the deals table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 21:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_deals_totals": [
        "archived",
        "stage",
        "currency",
        "sub_stage",
        "probability_override",
        "value_minor",
    ],
    "ix_deals_stage_value": ["archived", "stage", "value_minor"],
    "ix_deals_stage_next_action": ["archived", "stage", "next_action_at"],
    "ix_deals_stage_age": ["archived", "stage", "stage_entered_at"],
    "ix_deals_search_position": ["archived", "stage", "position", "search_key"],
    "ix_deals_source": ["archived", "source"],
    "ix_deals_owner": ["archived", "owner"],
}


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.create_index(name, "deals", columns, unique=False)


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="deals")
