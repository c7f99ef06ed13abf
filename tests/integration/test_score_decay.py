"""Scores decay without rewriting the file: once a day, only the deals whose bound has passed
are re-scored, and afterwards every stored score equals ``explain_score`` at that moment.

A small file with random rule sets (negative points, caps, short and long half-lives) and
signals of any age; the clock moves a day (and a few hours) at a time for two months. Each day
the rows the decay wrote are caught by a trigger: every deal whose rounded score changed was
written, and a deal written without a new score had its bound passed.
"""

from __future__ import annotations

import math
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, text, update

from crmdesk.app import open_workspace
from crmdesk.db.models import ActivityRow, ContactRow, DealRow, OrganizationRow, ScoringRuleRow
from crmdesk.db.score_queries import score_table
from crmdesk.domain.enums import SIGNAL_KINDS, DecisionRole
from crmdesk.services.derived import explain_deal, refresh_deal
from crmdesk.services.settings import read_scoring_config, write_setting

START = datetime(2026, 11, 2, 9, 0, 17, tzinfo=UTC)
DEALS = 16
DAYS = 60

rules = st.fixed_dictionaries(
    {"points": st.integers(-30, 40), "cap": st.none() | st.integers(1, 60), "active": st.booleans()}
)
signal = st.tuples(
    st.integers(0, DEALS - 1),
    st.sampled_from(sorted(SIGNAL_KINDS)),
    st.integers(-3 * 86_400, 200 * 86_400),  # seconds before START: the future too
)


class MovingClock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def _populate(session, signals) -> list[int]:  # type: ignore[no-untyped-def]
    ids = []
    for n in range(DEALS):
        org = session.execute(
            insert(OrganizationRow).values(
                name=f"Org {n}", name_folded=f"org {n}", archived=False, created_at=START,
                industry="Retail" if n % 3 == 0 else None, size=20 + n,
            )
        ).inserted_primary_key[0]  # fmt: skip
        contact = session.execute(
            insert(ContactRow).values(
                full_name=f"Person {n}", name_folded=f"person {n}", organization_id=org,
                decision_role=list(DecisionRole)[n % len(DecisionRole)], archived=False,
                created_at=START,
            )
        ).inserted_primary_key[0]  # fmt: skip
        ids.append(
            session.execute(
                insert(DealRow).values(
                    title=f"Deal {n}", organization_id=org, contact_id=contact, stage="lead",
                    value_minor=0, currency="VND", position=float(n), stage_entered_at=START,
                    archived=False, score=0, two_way=False, last_touched_at=START,
                    search_key="", created_at=START, updated_at=START,
                )
            ).inserted_primary_key[0]
        )  # fmt: skip
    for index, kind, seconds_before in signals:
        session.execute(
            insert(ActivityRow).values(
                deal_id=ids[index], kind=kind, subject="",
                occurred_at=START - timedelta(seconds=seconds_before),
            )
        )  # fmt: skip
    return ids


def _written(session) -> set[int]:  # type: ignore[no-untyped-def]
    return set(session.scalars(text("SELECT deal_id FROM decay_log")))


def test_the_daily_decay_changes_exactly_the_deals_whose_rounded_score_changes() -> None:
    folder = Path(tempfile.mkdtemp())
    files: list[Path] = []

    @settings(
        max_examples=12,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking a two-month run is slow
    )
    @given(
        st.lists(rules, min_size=20, max_size=20),
        st.sampled_from([1, 3, 7, 30, 90]),
        st.lists(signal, min_size=5, max_size=60),
    )
    def check(rule_values, half_life, signals) -> None:  # type: ignore[no-untyped-def]
        clock = MovingClock()
        files.append(folder / f"decay-{len(files)}.sqlite")
        workspace = open_workspace(files[-1], clock)
        services = workspace.services
        factory = services.context.session_factory
        try:
            with factory() as session:
                keys = list(session.scalars(select(ScoringRuleRow.key).order_by(ScoringRuleRow.id)))
                for key, values in zip(keys, rule_values, strict=False):
                    session.execute(
                        update(ScoringRuleRow).where(ScoringRuleRow.key == key).values(**values)
                    )
                write_setting(session, "scoring.half_life_days", half_life)
                write_setting(session, "scoring.target_industries", ["retail"])
                deal_ids = _populate(session, signals)
                session.execute(text("CREATE TABLE decay_log (deal_id INTEGER)"))
                session.execute(text(
                    "CREATE TRIGGER decay_logged AFTER UPDATE OF score, score_due_s ON deals "
                    "BEGIN INSERT INTO decay_log VALUES (NEW.id); END"
                ))  # fmt: skip
                session.commit()
            services.scoring.rescore_in_background()  # the rules changed: every deal, at once
            with factory() as session:  # half the deals scored as a user action scores them
                config = read_scoring_config(session)
                for deal_id in deal_ids[::2]:
                    deal = session.get(DealRow, deal_id)
                    refresh_deal(session, deal, config, clock.now)
                session.commit()
            for day in range(DAYS):
                clock.now = START + timedelta(days=day + 1, hours=day % 12)  # a new UTC day
                now_s = math.floor(clock.now.timestamp())
                with factory() as session:
                    session.execute(text("DELETE FROM decay_log"))
                    session.commit()
                    before = score_table(session)
                    due_before = {
                        i: d for i, d in session.execute(text("SELECT id, score_due_s FROM deals"))
                    }
                services.scoring.decay_in_background()
                with factory() as session:
                    config = read_scoring_config(session)
                    after = score_table(session)
                    for deal_id in deal_ids:
                        deal = session.get(DealRow, deal_id)
                        expected = explain_deal(session, deal, config, clock.now).score
                        assert after[deal_id] == expected, (day, deal_id)
                    written = _written(session)
                changed = {i for i in deal_ids if after[i] != before[i]}
                assert changed <= written
                for deal_id in written - changed:  # rewritten only for its bound: it was due
                    assert due_before[deal_id] is not None and due_before[deal_id] <= now_s
                services.scoring.decay_in_background()  # the same day again: nothing to do
                with factory() as session:
                    assert _written(session) == written
        finally:
            workspace.close()

    check()


def test_the_decay_runs_once_a_day_per_file_whatever_window_opens_it(tmp_path: Path) -> None:
    clock = MovingClock()
    first = open_workspace(tmp_path / "crm.sqlite", clock)
    first.services.scoring.decay_in_background()
    second = open_workspace(tmp_path / "crm.sqlite", clock)
    runs: list[str] = []

    class Counting:
        def submit(self, job, name: str) -> None:  # type: ignore[no-untyped-def]
            runs.append(name)

    second.services.context.background = Counting()
    try:
        second.services.scoring.decay_in_background()
        assert runs == []  # the file says today's decay is done
        clock.now += timedelta(days=1)
        second.services.scoring.decay_in_background()
        assert runs == ["decay"]
    finally:
        first.close()
        second.close()
