"""Background re-scores: every deal after a rule changes, or the day's decay of the due ones.

Both walk the deals by id range in short write transactions whose size adapts so each holds
the write lock about ``TARGET_S`` (the window's clicks wait for no more than that). The daily
decay reads only the deals whose ``score_due_s`` bound has passed (``crmdesk.domain.
score_decay``) and writes only the rows whose score or bound moved; the file records the day it
last ran (``DECAY_KEY``), so each database decays once a day however many windows open it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from time import perf_counter

from sqlalchemy.orm import Session

from crmdesk.db.models import SettingRow
from crmdesk.db.score_queries import id_bound, matching_industries, recompute_scores
from crmdesk.services.background import Progress
from crmdesk.services.context import ServiceContext
from crmdesk.services.settings import read_scoring_config

DECAY_KEY = "decay.scored_on"  # the UTC date (ISO) every score was last brought to
TARGET_S = 0.025  # seconds one batch aims to hold the write lock
FIRST_BATCH, MIN_BATCH, MAX_BATCH = 2_000, 100, 100_000


def next_size(size: int, elapsed: float) -> int:
    """The next batch's size: about ``TARGET_S`` of work, at most doubling or halving."""
    wanted = size * TARGET_S / max(elapsed, 1e-4)
    return max(MIN_BATCH, min(MAX_BATCH, int(min(size * 2, max(size / 2, wanted)))))


def today(ctx: ServiceContext) -> str:
    """The UTC date the clock says it is."""
    return ctx.clock().date().isoformat()


def scored_on(session: Session) -> str | None:
    """The day the file's scores were last all brought to, if ever."""
    row = session.get(SettingRow, DECAY_KEY)
    return json.loads(row.value) if row is not None else None


def _record(ctx: ServiceContext, day: str) -> None:
    with ctx.uow(write=True) as uow:
        row = uow.session.get(SettingRow, DECAY_KEY)
        if row is None:
            uow.session.add(SettingRow(key=DECAY_KEY, value=json.dumps(day)))
        else:
            row.value = json.dumps(day)
        uow.commit()


def rescore(
    ctx: ServiceContext, progress: Progress, superseded: Callable[[], bool], due_only: bool
) -> tuple[int, bool]:
    """Re-score in adaptive batches (``due_only``: the deals decay may have changed); returns
    how many rows changed and whether it ran to the end (then the day is recorded)."""
    day = today(ctx)
    bound = ctx.read(id_bound)
    config = ctx.read(lambda s: ctx.config("scoring", read_scoring_config, s))
    industries = ctx.read(lambda s: matching_industries(s, config))
    lo, size, changed = 0, FIRST_BATCH, 0
    while lo < bound:
        if superseded() or progress.cancelled():
            return changed, False  # a newer re-score took over, or the window is closing
        hi = min(bound, lo + size)
        started = perf_counter()
        with ctx.uow(write=True) as uow:
            changed += recompute_scores(
                uow.session, config, ctx.clock(), ids=(lo, hi), due_only=due_only,
                industries=industries,
            )  # fmt: skip
            uow.commit()
        size = next_size(hi - lo, perf_counter() - started)
        lo = hi
        progress.report(lo, bound)
    _record(ctx, day)
    return changed, True
