"""Insight: dated exchange rates, and the report's totals kept by triggers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 06:00:00

The four ``insight_*`` tables and their triggers are described in ``crmdesk/db/insight_sql.py``;
they are filled from the existing deals and stage history here, in the same transaction.
An index on (archived, stage, expected_close, …) sums the slipped opportunities, one on
activities (deal_id, occurred_at) counts a deal's activities for the learnt probability.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import OperationalError

from crmdesk.db.insight_sql import (
    SUMS,
    TABLES,
    create_triggers,
    drop_triggers,
    rebuild_statements,
)

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TYPES: dict[str, sa.types.TypeEngine[Any]] = {
    "stage": sa.String(20),
    "currency": sa.String(3),
    "sub_stage": sa.String(30),
    "probability_override": sa.Integer(),
    "month": sa.String(7),
    "reached": sa.Integer(),
    "lost_reason": sa.String(50),
    "dimension": sa.String(20),
    "value": sa.String(100),
    "days": sa.Integer(),
}
# Slipped opportunities this month, summed from the index alone.
_CLOSE_INDEX = [
    "archived",
    "stage",
    "expected_close",
    "currency",
    "sub_stage",
    "probability_override",
    "value_minor",
]
# A sum of values that may pass 64 bits (only an older version could store such values),
# held at the largest integer instead of failing or becoming a float.
_HELD_SUM = "CAST(min(total(value_minor), 9223372036854775807.0) AS INTEGER)"
_SUM_TYPES: dict[str, sa.types.TypeEngine[Any]] = {
    "count": sa.Integer(),
    "value": sa.BigInteger(),
    "seconds": sa.BigInteger(),
}


def upgrade() -> None:
    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("to_currency", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.String(length=40), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
        sa.UniqueConstraint("currency", "to_currency", "valid_from", name="uq_exchange_rates_day"),
        sqlite_autoincrement=True,
    )
    for table, keys in TABLES.items():
        columns = [sa.Column(k, _TYPES[k], nullable=False) for k in keys]
        columns += [sa.Column(s, _SUM_TYPES[s], nullable=False) for s in SUMS[table]]
        op.create_table(table, *columns, sa.PrimaryKeyConstraint(*keys, name=op.f(f"pk_{table}")))
    op.create_index("ix_deals_stage_close", "deals", _CLOSE_INDEX, unique=False)
    op.create_index(
        "ix_activities_deal_occurred", "activities", ["deal_id", "occurred_at"], unique=False
    )
    conn = op.get_bind()
    dialect = conn.dialect.name
    try:
        with conn.begin_nested():
            for statement in rebuild_statements(dialect):
                conn.exec_driver_sql(statement)
    except OperationalError:  # "integer overflow": an older file holds sums past 64 bits
        for statement in rebuild_statements(dialect):  # held at the largest integer, as 0005 does
            conn.exec_driver_sql(statement.replace("sum(value_minor)", _HELD_SUM))
    for statement in create_triggers(dialect):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_triggers(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_index("ix_activities_deal_occurred", table_name="activities")
    op.drop_index("ix_deals_stage_close", table_name="deals")
    for table in reversed(list(TABLES)):
        op.drop_table(table)
    op.drop_table("exchange_rates")
