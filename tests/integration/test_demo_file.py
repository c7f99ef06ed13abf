"""``crmdesk demo`` builds beside the target and renames: flat memory, still all-or-nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crmdesk.app import open_workspace
from crmdesk.cli.demo_file import build_demo
from crmdesk.cli.main import main
from crmdesk.services import demo


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = ("deals", "activities", "stage_history", "deal_totals", "settings")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_a_demo_committed_slice_by_slice_equals_the_one_made_in_one_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK_DEALS", 100)  # many slices, each committed
    assert main(["demo", "--db", str(tmp_path / "batched.sqlite"), "--deals", "450"]) == 0
    whole = open_workspace(tmp_path / "whole.sqlite")
    try:
        factory, clock = whole.services.context.session_factory, whole.services.context.clock
        demo.generate_demo(factory, 450, 1, clock())
    finally:
        whole.close()
    batched = _counts(tmp_path / "batched.sqlite")
    assert batched["deals"] == 450
    assert batched == _counts(tmp_path / "whole.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batched.sqlite", "whole.sqlite"]


def test_a_demo_that_fails_half_way_leaves_the_target_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "crm.sqlite"
    workspace = open_workspace(target)
    workspace.services.scoring.set_half_life(12)  # the user's own rules, kept either way
    workspace.close()
    before = target.read_bytes()
    monkeypatch.setattr(demo, "CHUNK_DEALS", 50)

    def broken(*_args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo, "add_demo_quotes", broken)  # after every slice was committed
    workspace = open_workspace(target)
    with pytest.raises(OSError):
        build_demo(workspace, target, 300, 1)
    workspace.close()
    assert target.read_bytes() == before
    assert _counts(target)["deals"] == 0
    assert [p.name for p in tmp_path.iterdir()] == ["crm.sqlite"]
