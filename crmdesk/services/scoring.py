"""Scoring rules and thresholds, and keeping every deal's stored score in step with them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import ScoringRuleRow
from crmdesk.db.score_queries import id_bound, recompute_scores
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from crmdesk.domain.scoring import ScoringConfig
from crmdesk.domain.text import nfc
from crmdesk.services.background import Progress
from crmdesk.services.context import ServiceContext
from crmdesk.services.notices import Change, Kind, OpChanges
from crmdesk.services.score_jobs import rescore, scored_on, today
from crmdesk.services.settings import read_scoring_config, write_setting

TRIAL_DEALS = 256  # deals re-scored, then rolled back, inside a scoring change's transaction


class ScoringService:
    """Edit the rules (each change undoable); scores follow, undo and redo included.

    After a rule or threshold changes, every deal is re-scored in batches of short write
    transactions (``services.score_jobs``) through ``ServiceContext.background``: at once on
    the command line, on a worker in the window, which hears a ``Change.SCORES`` notice when it
    is done. A newer change restarts a re-score that is still running. Once a day per file,
    :meth:`decay_in_background` re-scores only the deals whose rounded score may have decayed.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._generation = 0
        ctx.add_derived_hook(self._after_change)

    def _after_change(self, notice: OpChanges) -> None:
        if notice.kind != Kind.DERIVED and notice.touches(Change.SCORING):
            self.rescore_in_background()

    def config(self) -> ScoringConfig:
        """The rules and thresholds in force."""
        return self._ctx.read(read_scoring_config)

    def recompute_all(self) -> int:
        """Re-score every deal in SQL with the rules in force now, in one transaction; returns
        how many changed. Scores are derived data: this is no undo step of its own."""
        with self._ctx.uow(write=True) as uow:
            changed = recompute_scores(
                uow.session, read_scoring_config(uow.session), self._ctx.clock()
            )
            uow.commit()
        return changed

    def _try_rescore(self, session: Session) -> None:
        """Run the re-score statement on the first deals with the new rules and undo its
        writes (a savepoint): a re-score the database refuses refuses the change with it
        (nothing committed, no undo step), before the background re-score is queued."""
        session.flush()
        with session.begin_nested() as trial:
            bound = min(id_bound(session), TRIAL_DEALS)
            recompute_scores(
                session, read_scoring_config(session), self._ctx.clock(), ids=(0, bound)
            )
            trial.rollback()

    def rescore_in_background(self) -> None:
        """Re-score every deal in short batches, off the caller's thread when the context has a
        worker; the listeners then hear that scores changed."""
        self._generation += 1
        generation = self._generation
        self._ctx.background.submit(lambda p: self._run(generation, p, False), "rescore")

    def decay_in_background(self) -> None:
        """Bring decayed scores to today, once a day per file: only the deals whose bound has
        passed are read, only changed rows written; a rule change meanwhile supersedes it."""
        if self._ctx.read(scored_on) == today(self._ctx):
            return
        generation = self._generation  # a decay never stops a full re-score
        self._ctx.background.submit(lambda p: self._run(generation, p, True), "decay")

    def _run(self, generation: int, progress: Progress, due_only: bool) -> None:
        if due_only and self._ctx.read(scored_on) == today(self._ctx):
            return  # another window, or a full re-score, did it first
        changed, _ = rescore(self._ctx, progress, lambda: generation != self._generation, due_only)
        if changed:
            label = Message(QT_TRANSLATE_NOOP("Messages", "Re-score {count} deals"), count=changed)
            self._ctx.announce(OpChanges(label, Kind.DERIVED, frozenset({Change.SCORES})))

    def set_thresholds(self, warm_at: int, hot_at: int) -> None:
        """Where warm and hot begin (0 < warm < hot ≤ 100)."""
        if not 0 < warm_at < hot_at <= 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Warm must start above 0 and below hot, and hot at 100 at most."
                ),
                "thresholds",
            )
        self._write(Message(QT_TRANSLATE_NOOP("Messages", "Change temperature thresholds")),
                    {"scoring.warm_at": warm_at, "scoring.hot_at": hot_at})  # fmt: skip

    def set_half_life(self, days: int) -> None:
        """After how many days a behaviour signal counts half."""
        if not 1 <= days <= 365:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The half-life is between 1 and 365 days."),
                "half_life",
            )
        self._write(
            Message(QT_TRANSLATE_NOOP("Messages", "Change score half-life")),
            {"scoring.half_life_days": days},
        )

    def set_fit(
        self,
        target_industries: list[str],
        size_min: int | None,
        size_max: int | None,
        free_mail_domains: list[str],
    ) -> None:
        """The ideal customer: target industries, company-size band, free-mail domains."""
        if size_min is not None and size_max is not None and size_min > size_max:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The smallest company size is above the largest."),
                "size",
            )
        if any(n is not None and n < 0 for n in (size_min, size_max)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A company size cannot be negative."), "size"
            )
        industries = sorted({nfc(i) for i in target_industries if nfc(i)}, key=str.casefold)
        domains = sorted({d.strip().casefold().lstrip("@") for d in free_mail_domains if d.strip()})
        bad = [d for d in domains if "." not in d or " " in d]
        if bad:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "“{domain}” is not an email domain."),
                "free_mail_domains",
                domain=bad[0],
            )
        self._write(Message(QT_TRANSLATE_NOOP("Messages", "Change the ideal customer profile")), {
            "scoring.target_industries": industries,
            "scoring.size_min": size_min,
            "scoring.size_max": size_max,
            "scoring.free_mail_domains": domains,
        })  # fmt: skip

    def _write(self, label: Message, values: dict[str, Any]) -> None:
        def apply(session: Session) -> None:
            for key, value in values.items():
                write_setting(session, key, value)
            self._try_rescore(session)

        self._ctx.change(label, apply)

    def set_rule(
        self, key: str, *, points: int | None = None, cap: int | str | None = "keep",
        active: bool | None = None,
    ) -> None:  # fmt: skip
        """Change a rule's points, cap (None removes it) or whether it counts."""
        if points is not None and not -100 <= points <= 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A rule is worth between −100 and 100 points."),
                "points",
            )
        if cap not in ("keep", None) and not (isinstance(cap, int) and 0 < cap <= 100):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A cap is a number of points from 1 to 100."), "cap"
            )

        def apply(session: Session) -> None:
            row = session.scalar(select(ScoringRuleRow).where(ScoringRuleRow.key == key))
            if row is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "There is no scoring rule called “{key}”."),
                    "key",
                    key=key,
                )
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
            self._try_rescore(session)

        self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Change scoring rule “{key}”"), key=key), apply
        )
