"""One scoring truth: the SQL that re-scores every deal gives exactly the domain's score.

A property over random rule sets — negative points, caps, inactive rules, half-lives of one
day to a year, signals of any age (the future included) and every kind of fit — on a real
database: after ``recompute_scores`` the stored score of every deal equals ``explain_score``.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update

from crmdesk.app import open_workspace
from crmdesk.db.models import ActivityRow, ContactRow, DealRow, OrganizationRow, ScoringRuleRow
from crmdesk.db.score_queries import recompute_scores, score_table
from crmdesk.domain.enums import SIGNAL_KINDS, DecisionRole
from crmdesk.services.derived import explain_deal
from crmdesk.services.settings import read_scoring_config, write_setting

NOW = datetime(2026, 11, 2, 9, 0, 17, 250_000, tzinfo=UTC)
INDUSTRIES = ["Retail", "Software", "Bán lẻ", None]
EMAILS = ["an@gmail.com", "binh@hoasen.vn", "chi@Yahoo.COM", "", None, "dung@outlook.com"]
ROLES = list(DecisionRole)
DEALS = 12

rules = st.fixed_dictionaries(
    {
        "points": st.integers(-100, 100),
        "cap": st.none() | st.integers(1, 100),
        "active": st.booleans(),
    }
)
signal = st.tuples(
    st.integers(0, DEALS - 1),
    st.sampled_from(sorted(SIGNAL_KINDS)),
    # Seconds before NOW: up to three years back, or two days into the future.
    st.integers(-2 * 86_400, 3 * 365 * 86_400),
    st.integers(0, 999_999),
)
fit = st.tuples(
    st.sampled_from(INDUSTRIES),
    st.none() | st.integers(0, 500),
    st.sampled_from(ROLES),
    st.sampled_from(EMAILS),
)


def _populate(session) -> list[int]:  # type: ignore[no-untyped-def]
    ids = []
    for n in range(DEALS):
        org = session.execute(
            insert(OrganizationRow).values(
                name=f"Org {n}", name_folded=f"org {n}", archived=False, created_at=NOW
            )
        ).inserted_primary_key[0]
        contact = session.execute(
            insert(ContactRow).values(
                full_name=f"Person {n}",
                name_folded=f"person {n}",
                organization_id=org,
                decision_role=DecisionRole.UNKNOWN,
                archived=False,
                created_at=NOW,
            )
        ).inserted_primary_key[0]
        ids.append(
            session.execute(
                insert(DealRow).values(
                    title=f"Deal {n}",
                    organization_id=org,
                    contact_id=contact,
                    stage="lead",
                    value_minor=0,
                    currency="VND",
                    position=float(n),
                    stage_entered_at=NOW,
                    archived=n == DEALS - 1,  # archived deals are scored too
                    score=0,
                    two_way=False,
                    last_touched_at=NOW,
                    search_key="",
                    created_at=NOW,
                    updated_at=NOW,
                )
            ).inserted_primary_key[0]
        )
    session.commit()
    return ids


def test_sql_scores_equal_the_domains_for_random_rule_sets() -> None:
    folder = Path(tempfile.mkdtemp())
    workspace = open_workspace(folder / "parity.sqlite")
    factory = workspace.services.context.session_factory
    with factory() as session:
        deal_ids = _populate(session)
        rule_keys = list(session.scalars(select(ScoringRuleRow.key).order_by(ScoringRuleRow.id)))

    @settings(
        max_examples=200,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(
        st.lists(rules, min_size=len(rule_keys), max_size=len(rule_keys)),
        st.integers(1, 365),
        st.lists(signal, max_size=40),
        st.lists(fit, min_size=DEALS, max_size=DEALS),
        st.integers(0, 200),
        st.integers(0, 500),
    )
    def check(rule_values, half_life, signals, fits, size_min, size_span) -> None:  # type: ignore[no-untyped-def]
        with factory() as session:
            for key, values in zip(rule_keys, rule_values, strict=True):
                session.execute(
                    update(ScoringRuleRow).where(ScoringRuleRow.key == key).values(**values)
                )
            write_setting(session, "scoring.half_life_days", half_life)
            write_setting(session, "scoring.target_industries", ["retail", "Bán lẻ"])
            write_setting(session, "scoring.size_min", size_min)
            write_setting(session, "scoring.size_max", size_min + size_span)
            write_setting(session, "scoring.free_mail_domains", ["gmail.com", "yahoo.com"])
            for deal_id, (industry, size, role, email) in zip(deal_ids, fits, strict=True):
                deal = session.get(DealRow, deal_id)
                assert deal is not None
                session.execute(
                    update(OrganizationRow)
                    .where(OrganizationRow.id == deal.organization_id)
                    .values(industry=industry, size=size)
                )
                session.execute(
                    update(ContactRow)
                    .where(ContactRow.id == deal.contact_id)
                    .values(decision_role=role, email=email)
                )
            session.execute(delete(ActivityRow))
            for index, kind, seconds_before, micro in signals:
                at = NOW - timedelta(seconds=seconds_before, microseconds=micro)
                session.execute(
                    insert(ActivityRow).values(
                        deal_id=deal_ids[index], kind=kind, subject="", occurred_at=at
                    )
                )
            session.flush()
            config = read_scoring_config(session)
            recompute_scores(session, config, NOW)
            stored = score_table(session)
            for deal_id in deal_ids:
                deal = session.get(DealRow, deal_id)
                assert deal is not None
                assert stored[deal_id] == explain_deal(session, deal, config, NOW).score
            session.rollback()

    try:
        check()
    finally:
        workspace.close()
