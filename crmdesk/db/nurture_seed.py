"""The nurturing plans and the calendar identity a new file starts with."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import insert
from sqlalchemy.orm import Session

from crmdesk.db.models import NurturePlanRow, NurtureStepRow, SettingRow
from crmdesk.domain.nurture_defaults import DEFAULT_PLANS

IDENTITY_KEY = "calendar.identity"


def seed_plans(session: Session) -> None:
    """Insert the default plans with their steps, and the file's calendar identity."""
    for position, plan in enumerate(DEFAULT_PLANS):
        row = NurturePlanRow(key=plan.key, name=plan.name, active=True, position=position)
        session.add(row)
        session.flush()
        session.execute(
            insert(NurtureStepRow),
            [
                {
                    "plan_id": row.id,
                    "position": i,
                    "kind": step.kind,
                    "day_offset": step.day_offset,
                    "subject": step.subject,
                }
                for i, step in enumerate(plan.steps)
            ],
        )
    if session.get(SettingRow, IDENTITY_KEY) is None:
        session.add(SettingRow(key=IDENTITY_KEY, value=json.dumps(uuid.uuid4().hex)))
    session.flush()
