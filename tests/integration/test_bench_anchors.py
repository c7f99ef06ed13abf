"""The bench's anchors do the same work on the same data as the program: the same cards, totals
and search results, the same rows for a move, the same scores and the same imported deals."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crmdesk.app import Workspace, open_workspace
from crmdesk.bench.anchors.bare_board import PAGE, BareBoard, connect, fold
from crmdesk.bench.anchors.bare_moves import MovingBareBoard
from crmdesk.bench.anchors.imports import import_csv
from crmdesk.bench.anchors.scores import capture
from crmdesk.cli.main import main
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import OPEN_STAGES, Stage
from crmdesk.services.imports.plan import ImportOptions
from tests.conftest import dump

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("anchors") / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--deals", "300", "--seed", "4"]) == 0
    return path


def _copy(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@pytest.fixture
def copy(demo_file: Path, tmp_path: Path) -> Path:
    return _copy(demo_file, tmp_path / "copy.sqlite")


@pytest.fixture
def workspace(copy: Path) -> Iterator[Workspace]:
    ws = open_workspace(copy, lambda: NOW)
    yield ws
    ws.close()


def _scores(path: Path) -> dict[int, int]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT id, score FROM deals"))


@pytest.mark.parametrize("search", ["", "nguyen", "cong ty", "tran thi"])
def test_the_bare_board_shows_the_cards_and_totals_the_services_give(
    qapp: object, copy: Path, workspace: Workspace, search: str
) -> None:
    board = BareBoard(connect(str(copy)))
    board.load(fold(search))
    shown = 0
    f = BoardFilter(search=search)
    totals = workspace.services.board.totals(f)
    for stage in OPEN_STAGES:
        cards = workspace.services.board.column(stage, f, limit=PAGE)
        assert [row[0] for row in board.rows[stage.value]] == [c.id for c in cards]
        shown += len(cards)
    for stage in Stage:
        count, values = board.totals[stage.value]
        assert count == totals[stage].count
        assert tuple(sorted(values.items())) == totals[stage].value_by_currency
    assert shown > 0
    board.conn.close()


def test_a_bare_move_writes_what_a_drop_writes_and_is_put_back(
    qapp: object, copy: Path, workspace: Workspace
) -> None:
    before = dump(workspace.engine)
    board = MovingBareBoard(connect(str(copy)))
    board.load()
    deal = board.rows["lead"][0][0]
    board.move_to_top(deal, "lead", "prospect")
    assert board.rows["prospect"][0][0] == deal
    assert workspace.services.board.stages_of([deal]) == {deal: Stage.PROSPECT}
    after = dump(workspace.engine)
    assert len(after["stage_history"]) == len(before["stage_history"]) + 1
    assert len(after["answers"]) == len(before["answers"]) + 5  # the Lead → Prospect gate
    board.move_to_top(deal, "prospect", "lead")
    board.undo_moves()
    assert dump(workspace.engine) == before
    board.conn.close()


def test_the_captured_score_update_sets_the_scores_the_services_set(
    demo_file: Path, tmp_path: Path
) -> None:
    ours, plain = _copy(demo_file, tmp_path / "a.sqlite"), _copy(demo_file, tmp_path / "b.sqlite")
    for path in (ours, plain):
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE scoring_rules SET points = points + 7 WHERE key = 'website_visit'")
    workspace = open_workspace(ours, lambda: NOW)
    changed = workspace.services.scoring.recompute_all()
    workspace.close()
    conn = connect(str(plain))
    assert capture(plain, NOW).run(conn) == changed
    conn.commit()
    conn.close()
    assert changed > 0
    assert _scores(plain) == _scores(ours)


def _deals(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT d.title, d.stage, d.value_minor, d.currency, d.expected_close, d.search_key,"
            " d.score, o.name, c.full_name, c.email FROM deals AS d"
            " LEFT JOIN organizations AS o ON o.id = d.organization_id"
            " LEFT JOIN contacts AS c ON c.id = d.contact_id ORDER BY d.id"
        ).fetchall()


def test_the_plain_import_makes_the_deals_the_services_import_makes(
    copy: Path, workspace: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "deals.csv"
    workspace.services.transfer.export(source, "deals")
    ours, plain = tmp_path / "ours.sqlite", tmp_path / "plain.sqlite"
    for target in (ours, plain):
        open_workspace(target).close()
    target = open_workspace(ours)
    report = target.services.transfer.import_file(source, ImportOptions())
    target.close()
    conn = connect(str(plain))
    counts = import_csv(conn, source, capture(plain), lambda: None)
    conn.close()
    assert counts == {"rows": 300, "deals": report.deals} and report.deals == 300
    assert _deals(plain) == _deals(ours)


def test_the_bare_list_replays_what_the_contacts_view_read_and_shows_the_same_rows(
    demo_file: Path,
) -> None:
    from crmdesk.bench import contacts
    from crmdesk.bench.anchors.bare_list import BareList
    from crmdesk.domain.people import PeopleFilter

    figures, ready_sql, search_sql = contacts._window(demo_file)
    assert figures["contacts_ready_ms"] > 0 and figures["contacts_search_ms"] > 0
    assert len(search_sql) == len(contacts.SEARCH_TEXT)
    workspace = open_workspace(demo_file)
    try:
        people = workspace.services.people
        first_page = [r.id for r in people.contacts(limit=100)]
        searched = [r.id for r in people.contacts(PeopleFilter(search=contacts.SEARCH_TEXT))]
    finally:
        workspace.close()
    bare = BareList(str(demo_file))
    try:
        bare.replay(ready_sql)
        shown = [int(bare.model.item(r, 0).text()) for r in range(bare.model.rowCount())]
        assert shown == first_page
        bare.replay(search_sql[-1])
        shown = [int(bare.model.item(r, 0).text()) for r in range(bare.model.rowCount())]
        assert shown == searched
    finally:
        bare.close_file()
