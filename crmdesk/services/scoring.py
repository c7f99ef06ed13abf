"""Scoring rules and thresholds, and keeping every deal's stored score in step with them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import ScoringRuleRow
from crmdesk.db.score_queries import recompute_scores
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.scoring import ScoringConfig
from crmdesk.services.context import OpChanges, ServiceContext
from crmdesk.services.settings import read_scoring_config

# A change to these tables may change any deal's score.
SCORING_TABLES = frozenset({"settings", "scoring_rules"})


class ScoringService:
    """Edit the rules (each change undoable); scores follow at once, undo and redo included."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        ctx.add_derived_hook(self._after_change)

    def _after_change(self, notice: OpChanges) -> None:
        if notice.tables & SCORING_TABLES:
            self.recompute_all()

    def config(self) -> ScoringConfig:
        """The rules and thresholds in force."""
        return self._ctx.read(read_scoring_config)

    def recompute_all(self) -> int:
        """Re-score every deal in SQL with the rules in force now; returns how many changed.

        Scores are derived data: this writes them without an undo step of its own.
        """
        with self._ctx.uow() as uow:
            changed = recompute_scores(
                uow.session, read_scoring_config(uow.session), self._ctx.clock()
            )
            uow.commit()
        return changed

    def set_rule(
        self, key: str, *, points: int | None = None, cap: int | str | None = "keep",
        active: bool | None = None,
    ) -> None:  # fmt: skip
        """Change a rule's points, cap (None removes it) or whether it counts."""
        if points is not None and not -100 <= points <= 100:
            raise ValidationError("A rule is worth between −100 and 100 points.", "points")
        if cap not in ("keep", None) and not (isinstance(cap, int) and 0 < cap <= 100):
            raise ValidationError("A cap is a number of points from 1 to 100.", "cap")

        def apply(session: Session) -> None:
            row = session.scalar(select(ScoringRuleRow).where(ScoringRuleRow.key == key))
            if row is None:
                raise ValidationError(f"There is no scoring rule called “{key}”.", "key")
            changes: dict[str, Any] = {}
            if points is not None:
                changes["points"] = points
            if cap != "keep":
                changes["cap"] = cap
            if active is not None:
                changes["active"] = active
            for name, value in changes.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)

        self._ctx.change(f"Change scoring rule “{key}”", apply)
