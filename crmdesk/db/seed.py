"""The defaults a new file starts with (see the README's pipeline section) written into it."""

from __future__ import annotations

import json

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    CriterionRow,
    LostReasonRow,
    ScoringRuleRow,
    SettingRow,
    SubStageProbabilityRow,
)
from crmdesk.db.nurture_seed import seed_plans
from crmdesk.domain.defaults import (
    DEFAULT_CRITERIA,
    DEFAULT_LOST_REASONS,
    DEFAULT_PROBABILITIES,
    DEFAULT_SCORING_RULES,
    DEFAULT_SETTINGS,
)


def seed_defaults(session: Session | Connection) -> None:
    """Insert default criteria, probabilities, lost reasons, scoring rules and settings (one
    multi-row INSERT per table)."""
    criteria = [
        {
            "gate": c.gate,
            "key": c.key,
            "label": c.label,
            "required": c.required,
            "active": True,
            "position": i,
        }
        for i, c in enumerate(DEFAULT_CRITERIA)
    ]
    probabilities = [{"sub_stage": s, "probability": p} for s, p in DEFAULT_PROBABILITIES.items()]
    reasons = [
        {"key": k, "label": label, "needs_note": note, "active": True, "position": i}
        for i, (k, label, note) in enumerate(DEFAULT_LOST_REASONS)
    ]
    rules = [
        {
            "key": r.key,
            "label": r.label,
            "points": r.points,
            "cap": r.cap,
            "signal": r.signal,
            "active": r.active,
            "position": i,
        }
        for i, r in enumerate(DEFAULT_SCORING_RULES)
    ]
    settings = [
        {"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in DEFAULT_SETTINGS.items()
    ]
    for table, rows in (
        (CriterionRow, criteria),
        (SubStageProbabilityRow, probabilities),
        (LostReasonRow, reasons),
        (ScoringRuleRow, rules),
        (SettingRow, settings),
    ):
        session.execute(insert(table).values(rows))
    seed_plans(session)
