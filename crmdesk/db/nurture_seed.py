"""The nurturing plans and the calendar identity a new file starts with."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from crmdesk.db.models import NurturePlanRow, NurtureStepRow, SettingRow
from crmdesk.domain.nurture_defaults import DEFAULT_PLANS

IDENTITY_KEY = "calendar.identity"


def seed_plans(session: Session | Connection) -> None:
    """Insert the default plans with their steps, and the file's calendar identity (Core
    statements: this runs inside the migration's own transaction too)."""
    for position, plan in enumerate(DEFAULT_PLANS):
        plan_id = session.execute(
            insert(NurturePlanRow)
            .values(key=plan.key, name=plan.name, active=True, position=position)
            .returning(NurturePlanRow.id)
        ).scalar_one()
        session.execute(
            insert(NurtureStepRow),
            [
                {
                    "plan_id": plan_id,
                    "position": i,
                    "kind": step.kind,
                    "day_offset": step.day_offset,
                    "subject": step.subject,
                }
                for i, step in enumerate(plan.steps)
            ],
        )
    known = session.execute(select(SettingRow.key).where(SettingRow.key == IDENTITY_KEY))
    if known.first() is None:
        session.execute(
            insert(SettingRow).values(key=IDENTITY_KEY, value=json.dumps(uuid.uuid4().hex))
        )
