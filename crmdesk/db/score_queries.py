"""Every deal's score recomputed by one SQL statement, after a scoring rule or threshold changes.

The statement mirrors ``crmdesk.domain.scoring.explain_score``: per behaviour rule the sum of
its signals' points halved every half-life, capped, rounded half up; plus the fit rules; clamped
to 0–100. It needs SQLite's math functions (``pow``), built into the SQLite that ships with
Python 3.11 and later.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crmdesk.db.models import OrganizationRow
from crmdesk.domain.scoring import (
    FIT_COMPANY_SIZE,
    FIT_DECISION_MAKER,
    FIT_FREE_MAIL,
    FIT_INDUSTRY,
    FIT_INFLUENCER,
    ScoringConfig,
)

_AGE = "(:now - julianday(a.occurred_at))"  # in days; :now is a Julian day number
_EMAIL = "coalesce(nullif(c.email, ''), o.email)"

_RECOMPUTE = f"""
UPDATE deals SET score = t.score
FROM (
    SELECT d.id AS deal_id,
           max(0, min(100, coalesce(b.points, 0)
               + CASE WHEN o.industry IN (SELECT value FROM json_each(:industries))
                      THEN :p_industry ELSE 0 END
               + CASE WHEN o.size IS NOT NULL AND :size_rule
                           AND o.size >= coalesce(:size_min, 0)
                           AND (:size_max IS NULL OR o.size <= :size_max)
                      THEN :p_size ELSE 0 END
               + CASE c.decision_role WHEN 'decision_maker' THEN :p_decision_maker
                                      WHEN 'influencer' THEN :p_influencer ELSE 0 END
               + CASE WHEN instr({_EMAIL}, '@') > 0
                           AND lower(substr({_EMAIL}, instr({_EMAIL}, '@') + 1))
                               IN (SELECT value FROM json_each(:free_mail))
                      THEN :p_free_mail ELSE 0 END)) AS score
    FROM deals AS d
    LEFT JOIN organizations AS o ON o.id = d.organization_id
    LEFT JOIN contacts AS c ON c.id = d.contact_id
    LEFT JOIN (
        SELECT deal_id, sum(points) AS points FROM (
            SELECT a.deal_id AS deal_id,
                   CAST(min(coalesce(r.cap, 9e18), sum(
                       CASE WHEN :half_life <= 0 OR {_AGE} <= 0 THEN r.points
                            ELSE r.points * pow(0.5, {_AGE} / :half_life) END
                   )) + 0.5 AS INTEGER) AS points
            FROM scoring_rules AS r
            CROSS JOIN activities AS a ON a.kind = r.signal
            WHERE r.active AND a.occurred_at IS NOT NULL
            GROUP BY r.id, a.deal_id
        ) GROUP BY deal_id
    ) AS b ON b.deal_id = d.id
    WHERE d.archived = 0 OR :include_archived
) AS t
WHERE deals.id = t.deal_id AND deals.score IS NOT t.score
"""


def julian_day(moment: datetime) -> float:
    """``moment`` as a Julian day number, SQLite's ``julianday()`` scale."""
    return moment.astimezone(UTC).timestamp() / 86_400 + 2_440_587.5


def _points(config: ScoringConfig, key: str) -> int:
    rule = config.rule(key)
    return rule.points if rule is not None else 0


def matching_industries(session: Session, config: ScoringConfig) -> list[str]:
    """The industries written in the file that the target list names (case aside)."""
    targets = {i.casefold() for i in config.target_industries}
    written = session.scalars(select(OrganizationRow.industry).distinct())
    return [i for i in written if i and i.casefold() in targets]


def recompute_scores(
    session: Session, config: ScoringConfig, now: datetime, include_archived: bool = True
) -> int:
    """Set every deal's score as the rules in force give it at ``now``; returns rows changed."""
    params = {
        "now": julian_day(now),
        "half_life": config.half_life_days,
        "industries": json.dumps(matching_industries(session, config)),
        "p_industry": _points(config, FIT_INDUSTRY),
        "size_rule": config.size_min is not None or config.size_max is not None,
        "size_min": config.size_min,
        "size_max": config.size_max,
        "p_size": _points(config, FIT_COMPANY_SIZE),
        "p_decision_maker": _points(config, FIT_DECISION_MAKER),
        "p_influencer": _points(config, FIT_INFLUENCER),
        "free_mail": json.dumps(sorted(d.casefold() for d in config.free_mail_domains)),
        "p_free_mail": _points(config, FIT_FREE_MAIL),
        "include_archived": include_archived,
    }
    result = session.execute(text(_RECOMPUTE), params)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def score_table(session: Session, deal_ids: Sequence[int] | None = None) -> dict[int, int]:
    """Stored scores (for checks and tests)."""
    rows = session.execute(text("SELECT id, score FROM deals"))
    wanted = None if deal_ids is None else set(deal_ids)
    return {i: s for i, s in rows if wanted is None or i in wanted}
