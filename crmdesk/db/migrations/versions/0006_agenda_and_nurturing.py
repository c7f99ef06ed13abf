"""Reminders per activity, an index for the agenda, and nurturing plans with their enrolments.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 10:00:00

``activities.remind_before`` holds the minutes before the due time a reminder comes (NULL: no
reminder; existing rows remind at the due time), ``activities.enrolment_id`` ties a touch to
its plan's enrolment. A file that already has settings gets its calendar identity (the stable
domain of exported event UIDs); a new file gets it when it is seeded.
"""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "nurture_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nurture_plans")),
        sa.UniqueConstraint("key", name=op.f("uq_nurture_plans_key")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "nurture_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("day_offset", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["nurture_plans.id"], name=op.f("fk_nurture_steps_plan_id_nurture_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nurture_steps")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_nurture_steps_plan_id"), "nurture_steps", ["plan_id"])
    op.create_table(
        "nurture_enrolments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("steps", sa.Integer(), nullable=False),
        sa.Column("stopped_at", sa.DateTime(), nullable=True),
        sa.Column("stop_reason", sa.String(length=32), nullable=True),
        sa.Column("stop_detail", sa.String(length=50), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_nurture_enrolments_deal_id_deals")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["nurture_plans.id"],
            name=op.f("fk_nurture_enrolments_plan_id_nurture_plans"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nurture_enrolments")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_nurture_enrolments_deal", "nurture_enrolments", ["deal_id", "stopped_at"])
    op.create_index(op.f("ix_nurture_enrolments_plan_id"), "nurture_enrolments", ["plan_id"])
    with op.batch_alter_table("activities") as batch:
        batch.add_column(
            sa.Column("remind_before", sa.Integer(), nullable=True, server_default=None)
        )
        batch.add_column(sa.Column("enrolment_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_activities_enrolment_id_nurture_enrolments"),
            "nurture_enrolments",
            ["enrolment_id"],
            ["id"],
        )
        batch.create_index(op.f("ix_activities_enrolment_id"), ["enrolment_id"])
        batch.create_index("ix_activities_open_due", ["done_at", "due_at"])
    op.execute("UPDATE activities SET remind_before = 0")
    identity = json.dumps(uuid.uuid4().hex)
    op.execute(
        sa.text(
            "INSERT INTO settings (key, value) SELECT 'calendar.identity', :value "
            "WHERE EXISTS (SELECT 1 FROM settings) "
            "AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'calendar.identity')"
        ).bindparams(value=identity)
    )


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key = 'calendar.identity'")
    with op.batch_alter_table("activities") as batch:
        batch.drop_index("ix_activities_open_due")
        batch.drop_index(op.f("ix_activities_enrolment_id"))
        batch.drop_constraint(
            op.f("fk_activities_enrolment_id_nurture_enrolments"), type_="foreignkey"
        )
        batch.drop_column("enrolment_id")
        batch.drop_column("remind_before")
    op.drop_index(op.f("ix_nurture_enrolments_plan_id"), table_name="nurture_enrolments")
    op.drop_index("ix_nurture_enrolments_deal", table_name="nurture_enrolments")
    op.drop_table("nurture_enrolments")
    op.drop_index(op.f("ix_nurture_steps_plan_id"), table_name="nurture_steps")
    op.drop_table("nurture_steps")
    op.drop_table("nurture_plans")
