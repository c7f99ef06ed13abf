"""Scale: when each deal's rounded score may next change by decay, and deal search in the file.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-02 15:00:00

``deals.score_due_s`` is a lower bound, in seconds since 1970 (UTC), of the first moment the
deal's rounded score can change by decay alone; NULL when it never will (no behaviour points
left to lose). Existing rows start at 0 (due now): the first daily decay after the upgrade
computes their bound.

``deal_search`` (SQLite): the FTS5 index of ``deals.search_key`` that search reads instead of a
copy of every key in the window's memory, kept by triggers (``crmdesk.db.deal_search``). On
PostgreSQL search reads ``deals.search_key`` with a word-start pattern; nothing to create here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crmdesk.db.deal_search import SQLITE_DDL, SQLITE_DROP

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column and its index."""
    # Plain ALTER TABLE (no table rebuild: the insight triggers on deals stay as they are).
    op.add_column(
        "deals", sa.Column("score_due_s", sa.BigInteger, nullable=True, server_default="0")
    )
    op.create_index("ix_deals_score_due", "deals", ["score_due_s"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DDL:
            op.execute(statement)


def downgrade() -> None:
    """Remove them."""
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DROP:
            op.execute(statement)
    op.drop_index("ix_deals_score_due", "deals")
    op.drop_column("deals", "score_due_s")  # SQLite 3.35+ and PostgreSQL drop it in place
