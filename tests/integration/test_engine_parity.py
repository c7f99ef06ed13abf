"""The same demo gives the same answers on every engine: board, lists, totals, forecast, funnel.

Each engine's database is compared with a SQLite reference made in the same module from the
same seed at the same clock: on ``postgresql`` this proves the SQL portable, on ``sqlite`` that
nothing depends on the order a database happens to return unordered rows in.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.app import Workspace, open_workspace
from crmdesk.cli.formatting import card_json
from crmdesk.db.check import check_database, fresh_totals, kept_totals
from crmdesk.db.models import DealRow
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.deal_list import DealListFilter, DealListSort
from crmdesk.domain.enums import BoardSort, Stage
from crmdesk.domain.people import PeopleFilter, PeopleSort
from crmdesk.services import AnswerInput, Services
from crmdesk.services.demo import generate_demo
from tests.conftest import Clock

DEALS, SEED = 2000, 7
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
SEARCHES = ("", "nguyen van", "cong ty")
LEAD_REQUIRED = ("icp_fit", "buying_intent", "two_way_conversation")


def _column(services: Services, stage: Stage, f: BoardFilter, sort: BoardSort) -> list[Any]:
    cards: list[Any] = []
    while True:
        page = services.board.column(stage, f, sort, len(cards), 1000)
        cards.extend(page)  # immutable rows: equal when every field is
        if len(page) < 1000:
            return cards


def snapshot(services: Services) -> dict[str, Any]:
    """What a user can read of the pipeline, as plain values."""
    seen: dict[str, Any] = {}
    for sort in BoardSort:
        for search in SEARCHES:
            for stage in Stage:
                seen[f"board {stage} {sort} {search!r}"] = _column(
                    services, stage, BoardFilter(search=search), sort
                )
    seen["totals"] = services.board.totals()
    seen["json"] = [card_json(c) for c in seen["board lead score ''"]]  # as the CLI prints
    for sort in DealListSort:
        for descending in (False, True):
            rows = services.deal_list.page(DealListFilter(), sort, descending, 0, 300)
            seen[f"deal list {sort} {descending}"] = rows
    seen["deal list count"] = services.deal_list.count()
    for sort in PeopleSort:
        for descending in (False, True):
            for search in ("", "tran thi"):
                f = PeopleFilter(search=search)
                contacts = services.people.contacts(f, sort, descending, 0, 300)
                orgs = services.people.organizations(f, sort, descending, 0, 300)
                seen[f"contacts {sort} {descending} {search}"] = contacts
                seen[f"organizations {sort} {descending} {search}"] = orgs
    seen["people counts"] = (
        services.people.contacts_count(),
        services.people.organizations_count(),
    )
    seen["choices"] = services.people.choices()
    seen["forecast"] = repr(services.insight.forecast())
    seen["funnel"] = repr(services.insight.funnel())
    seen["agenda"] = repr(services.agenda.agenda())
    return seen


def _demo(ws: Workspace) -> None:
    generate_demo(ws.services.context.session_factory, DEALS, SEED, START)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The same demo in a SQLite file, at the same clock."""
    path: Path = tmp_path_factory.mktemp("reference") / "crm.sqlite"
    ws = open_workspace(path, Clock(START))
    _demo(ws)
    yield ws
    ws.close()


def assert_same(actual: dict[str, Any], expected: dict[str, Any]) -> None:
    assert actual.keys() == expected.keys()
    differing = [k for k in expected if actual[k] != expected[k]]
    for key in differing[:1]:
        assert actual[key] == expected[key], key
    assert not differing


def test_the_demo_reads_the_same_on_every_engine(
    workspace: Workspace, reference: Workspace, clock: Clock
) -> None:
    _demo(workspace)
    expected = snapshot(reference.services)
    actual = snapshot(workspace.services)
    assert len(expected["board lead manual ''"]) > 100  # the demo filled the board
    assert_same(actual, expected)


def _changes(services: Services, clock: Clock) -> None:
    """Gates crossed and refused, a scoring rule, an archive and an undo, a new deal, a quote."""
    leads = [c.id for c in services.board.column(Stage.LEAD, sort=BoardSort.SCORE, limit=6)]
    met = {k: AnswerInput(True) for k in LEAD_REQUIRED}
    services.pipeline.move(leads[:2], Stage.PROSPECT, answers=met)
    services.pipeline.move(
        [leads[2]],
        Stage.PROSPECT,
        answers={"icp_fit": AnswerInput(False)},
        override_reason="Referred by the director",
    )
    services.pipeline.move([leads[3]], Stage.LOST, lost_reason="price_too_high")
    services.deals.archive([leads[4]])
    services.history.undo()
    services.scoring.set_rule("demo_request", points=40, cap=60)
    clock.advance(days=3)
    services.scoring.recompute_all()
    deal = services.deals.create("Máy POS cho chuỗi Đức Phát", 45_000_000, "VND")
    services.quotes.create(deal.id)
    services.quotes.create(leads[5])


def test_moves_rules_and_undo_keep_the_engines_in_step(
    workspace: Workspace, clock: Clock, tmp_path: Path
) -> None:
    twin = Clock(clock.now)
    reference = open_workspace(tmp_path / "reference.sqlite", twin)
    try:
        _demo(reference)
        _changes(reference.services, twin)
        expected = snapshot(reference.services)
    finally:
        reference.close()
    _demo(workspace)
    _changes(workspace.services, clock)
    assert_same(snapshot(workspace.services), expected)
    with workspace.engine.connect() as conn:
        assert kept_totals(conn) == fresh_totals(conn)
    assert check_database(workspace.engine).sound


def test_a_new_deal_after_the_demo_takes_the_next_id(workspace: Workspace) -> None:
    _demo(workspace)
    deal = workspace.services.deals.create("Sau dữ liệu mẫu", 1_000_000, "VND")
    lead = workspace.services.board.column(Stage.LEAD, sort=BoardSort.SCORE, limit=1)[0]
    workspace.services.pipeline.move(
        [lead.id], Stage.PROSPECT, answers={k: AnswerInput(True) for k in LEAD_REQUIRED}
    )
    with workspace.engine.connect() as conn:
        highest = conn.scalar(select(DealRow.id).order_by(DealRow.id.desc()).limit(1))
    assert deal.id == highest == DEALS + 1
