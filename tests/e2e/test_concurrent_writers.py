"""Two programs writing the same file at once: each write reads what it changes under the write
lock, so no change is based on a stale read and no id is taken twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app import open_workspace
from crmdesk.db.models import DealRow, StageHistoryRow

WRITER = Path(__file__).with_name("concurrent_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _writer(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _result(proc: subprocess.Popen[str]) -> dict[str, object]:
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "database is locked" not in err
    return json.loads(out)  # type: ignore[no-any-return]


def _chains(db: Path) -> dict[int, list[tuple[str | None, str]]]:
    workspace = open_workspace(db)
    try:
        with workspace.services.context.session_factory() as session:
            h = StageHistoryRow
            rows = session.execute(select(h.deal_id, h.from_stage, h.to_stage).order_by(h.id)).all()
            stages = dict(session.execute(select(DealRow.id, DealRow.stage)).all())
    finally:
        workspace.close()
    chains: dict[int, list[tuple[str | None, str]]] = {}
    for deal_id, before, after in rows:
        chains.setdefault(deal_id, []).append((before, after))
    for deal_id, chain in chains.items():
        assert chain[-1][1] == stages[deal_id], deal_id
    return chains


@pytest.mark.slow
def test_two_programs_moving_the_same_deals_keep_every_stage_history_chain_unbroken(
    tmp_path: Path,
) -> None:
    db = tmp_path / "shared.sqlite"
    workspace = open_workspace(db)
    for n in range(12):
        workspace.services.deals.create(f"Khách {n}", 1_000_000, "VND")
    workspace.close()
    first, second = _writer("moves", str(db), "1", "150"), _writer("moves", str(db), "2", "150")
    results = [_result(first), _result(second)]
    assert all(r["errors"] == [] for r in results)
    assert sum(int(r["moves"]) for r in results) == 300  # type: ignore[call-overload]
    chains = _chains(db)
    moved = sum(len(chain) - 1 for chain in chains.values())
    assert moved > 100  # the two really did interleave on the same twelve deals
    for deal_id, chain in chains.items():
        assert chain[0][0] is None, deal_id
        for (_, earlier), (later, _) in pairwise(chain):
            assert later == earlier, (deal_id, chain)  # from_stage is the previous to_stage


@pytest.mark.slow
def test_an_import_during_moves_and_inserts_in_another_program_collides_with_nothing(
    tmp_path: Path,
) -> None:
    db = tmp_path / "shared.sqlite"
    workspace = open_workspace(db)
    for n in range(12):
        workspace.services.deals.create(f"Khách {n}", 1_000_000, "VND")
    workspace.close()
    source = tmp_path / "leads.csv"
    lines = [f"Công ty {n},Người {n},Đơn {n},{n * 1000}" for n in range(3000)]
    source.write_text("Company,Name,Title,Value\n" + "\n".join(lines) + "\n", encoding="utf-8")
    inserts = _writer("inserts", str(db), "3", "120")
    moves = _writer("moves", str(db), "4", "120")
    imported = _writer("import", str(db), str(source))
    done = _result(imported)
    made, moved = _result(inserts), _result(moves)
    assert done == {"deals": 3000, "organizations": 3000, "skipped": 0}
    assert set(made["errors"]) <= {"DatabaseBusyError"}  # type: ignore[arg-type]
    assert set(moved["errors"]) <= {"DatabaseBusyError"}  # type: ignore[arg-type]
    workspace = open_workspace(db)
    try:
        totals = workspace.services.board.totals()
        assert sum(t.count for t in totals.values()) == 12 + 3000 + int(made["made"])  # type: ignore[call-overload]
    finally:
        workspace.close()
    for deal_id, chain in _chains(db).items():
        for (_, earlier), (later, _) in pairwise(chain):
            assert later == earlier, (deal_id, chain)
