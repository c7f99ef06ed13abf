"""Deals' scores recomputed in SQL, after a scoring rule or threshold changes or as they decay.

Beside the score it stores ``score_due_s``, the bound of ``crmdesk.domain.score_decay`` (the
same formula): the daily decay (``due_only``) reads only the deals whose bound has passed.

The statement mirrors ``crmdesk.domain.scoring.explain_score`` step for step: each signal's
points halved every half-life over its age in whole seconds, in millionths of a point rounded
half up (``decayed_micro``); summed per rule as integers, capped, rounded to whole points halves
away from zero (``whole_points``); plus the fit rules; clamped to 0–100. Integer sums make the
result independent of the order the database adds the signals in, so SQL and the domain agree
exactly (a property test checks it over random rule sets). It needs SQLite's math functions
(``power``, ``floor``), built into the SQLite that ships with Python 3.11 and later.
"""

from __future__ import annotations

import math
from datetime import datetime

from sqlalchemy import CursorResult, String, bindparam, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from crmdesk.db.models import DealRow, OrganizationRow
from crmdesk.domain.score_decay import MARGIN_S
from crmdesk.domain.scoring import (
    FIT_COMPANY_SIZE,
    FIT_DECISION_MAKER,
    FIT_FREE_MAIL,
    FIT_INDUSTRY,
    FIT_INFLUENCER,
    MICRO,
    ScoringConfig,
    half_life_seconds,
)

_EMAIL = "coalesce(nullif(c.email, ''), o.email)"
_HALF = MICRO // 2

# Per dialect: a timestamp column in whole seconds since 1970, the text after an email's
# first "@", and "differs, NULL included".
_SQLITE = {
    "epoch": "CAST(strftime('%s', a.occurred_at) AS INTEGER)",
    "domain": f"CASE WHEN instr({_EMAIL}, '@') > 0 "
    f"THEN lower(substr({_EMAIL}, instr({_EMAIL}, '@') + 1)) END",
    "differs": "IS NOT",
    "greatest": "max",
}
_POSTGRESQL = {
    "epoch": "CAST(floor(extract(epoch FROM a.occurred_at)) AS BIGINT)",
    "domain": f"CASE WHEN strpos({_EMAIL}, '@') > 0 "
    f"THEN lower(substr({_EMAIL}, strpos({_EMAIL}, '@') + 1)) END",
    "differs": "IS DISTINCT FROM",
    "greatest": "greatest",
}

_TEMPLATE = """
UPDATE deals SET score = t.score, score_due_s = t.due
FROM (
    SELECT d.id AS deal_id, d.due AS due,
           CASE WHEN raw < 0 THEN 0 WHEN raw > 100 THEN 100 ELSE raw END AS score
    FROM (
        SELECT d.id AS id, b.due AS due,
               coalesce(b.points, 0)
               + CASE WHEN o.industry IN :industries THEN :p_industry ELSE 0 END
               + CASE WHEN o.size IS NOT NULL AND :size_rule
                           AND o.size >= coalesce(:size_min, 0)
                           AND (:size_max IS NULL OR o.size <= :size_max)
                      THEN :p_size ELSE 0 END
               + CASE c.decision_role WHEN 'decision_maker' THEN :p_decision_maker
                                      WHEN 'influencer' THEN :p_influencer ELSE 0 END
               + CASE WHEN {domain} IN :free_mail THEN :p_free_mail ELSE 0 END AS raw
        FROM deals AS d
        LEFT JOIN organizations AS o ON o.id = d.organization_id
        LEFT JOIN contacts AS c ON c.id = d.contact_id
        LEFT JOIN (
            SELECT deal_id, sum(points) AS points, min(due) AS due FROM (
                SELECT deal_id, points,
                       CASE WHEN future > 0 THEN :now_s
                            WHEN points = 0 OR :half_life_s <= 0 THEN NULL
                            WHEN abs(total) - n * 0.5 <= (abs(points) - 0.5) * {micro} + n * 0.5
                            THEN :now_s
                            ELSE {greatest}(:now_s, :now_s - {margin} + CAST(floor(:half_life_s
                                 * ln((abs(total) - n * 0.5)
                                      / ((abs(points) - 0.5) * {micro} + n * 0.5))
                                 / ln(2.0)) AS BIGINT))
                       END AS due
                FROM (
                    SELECT deal_id, total, n, future,
                           CASE WHEN micro >= 0 THEN (micro + {half}) / {micro}
                                ELSE -((-micro + {half}) / {micro}) END AS points
                    FROM (
                        SELECT s.deal_id AS deal_id, s.total AS total, s.n AS n,
                               s.future AS future,
                               CASE WHEN s.cap IS NOT NULL AND s.total > s.cap * {micro}
                                    THEN s.cap * {micro} ELSE s.total END AS micro
                        FROM (
                            SELECT a.deal_id AS deal_id, r.id AS rule_id, r.cap AS cap,
                                   count(*) AS n,
                                   max(CASE WHEN :now_s - {epoch} <= 0 THEN 1 ELSE 0 END)
                                       AS future,
                                   CAST(sum(CASE
                                       WHEN :half_life_s <= 0 OR :now_s - {epoch} <= 0
                                       THEN r.points * {micro}
                                       ELSE CAST(floor(r.points
                                            * power(0.5, (:now_s - {epoch}) / :half_life_s)
                                            * {micro}.0 + 0.5) AS BIGINT)
                                   END) AS BIGINT) AS total
                            FROM scoring_rules AS r
                            JOIN activities AS a ON a.kind = r.signal
                            WHERE r.active AND a.occurred_at IS NOT NULL
                              AND a.deal_id >= :lo AND a.deal_id < :hi{due_activities}
                            GROUP BY a.deal_id, r.id, r.cap
                        ) AS s
                    ) AS capped
                ) AS per_rule
            ) AS dues GROUP BY deal_id
        ) AS b ON b.deal_id = d.id
        WHERE d.id >= :lo AND d.id < :hi AND (NOT d.archived OR :include_archived){due_deals}
    ) AS d
) AS t
WHERE deals.id = t.deal_id
  AND (deals.score {differs} t.score
       OR (deals.score_due_s IS NULL) <> (t.due IS NULL)
       OR abs(deals.score_due_s - t.due) > {tolerance})
"""

# Decay alone: only the deals whose bound has passed (the index on score_due_s finds them).
_DUE_DEALS = " AND d.score_due_s <= :now_s"
_DUE_ACTIVITIES = (
    " AND a.deal_id IN (SELECT id FROM deals"
    " WHERE id >= :lo AND id < :hi AND score_due_s <= :now_s)"
)
# A stored bound this close to a new one stays (it is within the bound's margin): a full
# re-score then rewrites only the rows whose score, or bound, really moved.
_TOLERANCE_S = 600


def _statement(dialect: str, due_only: bool = False) -> str:
    parts = _POSTGRESQL if dialect == "postgresql" else _SQLITE
    return _TEMPLATE.format(
        micro=MICRO,
        half=_HALF,
        margin=MARGIN_S,
        tolerance=_TOLERANCE_S,
        due_deals=_DUE_DEALS if due_only else "",
        due_activities=_DUE_ACTIVITIES if due_only else "",
        **parts,
    )


_STATEMENTS: dict[tuple[str, bool], TextClause] = {}


def _compiled(dialect: str, due_only: bool) -> TextClause:
    statement = _STATEMENTS.get((dialect, due_only))
    if statement is None:
        statement = text(_statement(dialect, due_only)).bindparams(
            bindparam("industries", expanding=True, type_=String),
            bindparam("free_mail", expanding=True, type_=String),
        )
        _STATEMENTS[dialect, due_only] = statement
    return statement


def _points(config: ScoringConfig, key: str) -> int:
    rule = config.rule(key)
    return rule.points if rule is not None else 0


def matching_industries(session: Session, config: ScoringConfig) -> list[str]:
    """The industries written in the file that the target list names (case aside)."""
    targets = {i.casefold() for i in config.target_industries}
    written = session.scalars(select(OrganizationRow.industry).distinct())
    return [i for i in written if i and i.casefold() in targets]


def id_bound(session: Session) -> int:
    """One more than the highest deal id (0 for no deals): the end of every id range."""
    highest = session.scalar(select(DealRow.id).order_by(DealRow.id.desc()).limit(1))
    return (highest or 0) + 1


def recompute_scores(
    session: Session,
    config: ScoringConfig,
    now: datetime,
    include_archived: bool = True,
    ids: tuple[int, int] | None = None,
    due_only: bool = False,
    industries: list[str] | None = None,
) -> int:
    """Set the score and its decay bound of every deal (or of those with ``lo <= id < hi`` for
    ``ids``; with ``due_only``, of those whose bound has passed) as the rules in force give them
    at ``now``; returns how many rows changed. ``industries``: :func:`matching_industries`,
    when the caller already has it (a batch of a long re-score)."""
    lo, hi = ids if ids is not None else (0, id_bound(session))
    params = {
        "now_s": math.floor(now.timestamp()),
        "half_life_s": float(half_life_seconds(config.half_life_days)),
        "industries": (
            industries if industries is not None else matching_industries(session, config)
        ),
        "p_industry": _points(config, FIT_INDUSTRY),
        "size_rule": config.size_min is not None or config.size_max is not None,
        "size_min": config.size_min,
        "size_max": config.size_max,
        "p_size": _points(config, FIT_COMPANY_SIZE),
        "p_decision_maker": _points(config, FIT_DECISION_MAKER),
        "p_influencer": _points(config, FIT_INFLUENCER),
        "free_mail": sorted(d.casefold() for d in config.free_mail_domains),
        "p_free_mail": _points(config, FIT_FREE_MAIL),
        "include_archived": include_archived,
        "lo": lo,
        "hi": hi,
    }
    statement = _compiled(session.get_bind().dialect.name, due_only)
    result = session.execute(statement, params)
    assert isinstance(result, CursorResult)  # an UPDATE's result counts its rows
    return int(result.rowcount or 0)


def score_table(session: Session) -> dict[int, int]:
    """Stored scores by deal id (for checks and tests)."""
    return {i: s for i, s in session.execute(text("SELECT id, score FROM deals"))}
