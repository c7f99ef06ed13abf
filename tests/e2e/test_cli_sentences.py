"""Every failure of the command line is one sentence and a non-zero exit, never a traceback."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from crmdesk import logs
from crmdesk.app import open_workspace
from crmdesk.cli import deals as deals_cli
from crmdesk.cli.main import main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite"
    workspace = open_workspace(path)
    workspace.services.deals.create("Khách đầu tiên", 1_000_000, "VND")
    workspace.close()
    (tmp_path / "folder").mkdir()
    (tmp_path / "other.sqlite").write_bytes((tmp_path / "crm.sqlite").read_bytes())
    return path


CASES = [
    (["deals", "move", str(2**63), "prospect"], 2, "is not a record number"),
    (["deals", "move", "0", "prospect"], 2, "is not a record number"),
    (["deals", "move", "-5", "prospect"], 2, "is not a record number"),
    (["deals", "move", "abc", "prospect"], 2, "is not a record number"),
    (["deals", "move", "1", "closed"], 2, "invalid choice"),
    (["deals", "move", "999", "prospect", "--override-reason", "x"], 1, "999"),
    (["deals", "list", "--limit", "-1"], 2, "is not a count"),
    (["deals", "list", "--limit", "0"], 2, "is not a count"),
    (["quote", "export", "BG-2026-0001", "--revision", "0", "-o", "q.pdf"], 2, "not a revision"),
    (["quote", "export", "BG-1999-0001", "-o", "q.pdf"], 1, "BG-1999-0001"),
    (["import", "{tmp}/folder"], 2, "is a folder"),
    (["import", "{tmp}/other.sqlite"], 2, "is a database, not a spreadsheet"),
    (["import", "{tmp}/missing.csv"], 2, "There is no file"),
    (["demo", "--deals", "0"], 1, "demo deals"),
    (["screenshot", "-o", "{tmp}/x.png", "--size", "big"], 2, "is not a size"),
    (["frobnicate"], 2, "invalid choice"),
]


@pytest.mark.parametrize(("argv", "code", "fragment"), CASES)
def test_a_failing_command_says_one_sentence_and_exits_non_zero(
    db: Path, argv: list[str], code: int, fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tmp = db.parent
    args = [a.replace("{tmp}", str(tmp)) for a in argv]
    if args[0] not in ("frobnicate",):
        args += ["--db", str(db)]
    capsys.readouterr()
    assert main(args) == code
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert fragment in lines[0] and "Traceback" not in captured.err
    assert lines[0].startswith("crmdesk")


def test_an_unexpected_error_goes_to_a_private_log_and_the_terminal_gets_one_sentence(
    db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(_args: object) -> int:
        raise ZeroDivisionError("a bug in CRM Desk")

    monkeypatch.setattr(deals_cli, "list_deals", broken)
    monkeypatch.setattr(logs, "log_folder", lambda: tmp_path / "data")
    assert main(["deals", "list", "--db", str(db)]) == 3
    err = capsys.readouterr().err
    log = tmp_path / "data" / "crmdesk.log"
    assert err.strip().splitlines() == [
        f"crmdesk: something went wrong that CRM Desk did not expect; the details are in {log}."
    ]
    written = log.read_text(encoding="utf-8")
    assert "Traceback" in written and "ZeroDivisionError: a bug in CRM Desk" in written
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_the_deal_list_never_prints_control_characters_from_old_data(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = open_workspace(db)
    with workspace.engine.begin() as conn:  # as an older version may have stored it
        conn.execute(text("UPDATE deals SET title = :t"), {"t": "Đỏ\x1b[31m chữ\x00\x9b2J\x07"})
    workspace.close()
    capsys.readouterr()
    assert main(["deals", "list", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Đỏ [31m chữ  2J " in out
    assert not any(ch in out for ch in "\x1b\x00\x9b\x07")


def test_text_typed_with_control_characters_is_stored_without_them(db: Path) -> None:
    workspace = open_workspace(db)
    try:
        deal = workspace.services.deals.create("Tên\x1b[2J có\x00 lỗi\x0b\r\nxuống dòng", 5, "VND")
        assert deal.title == "Tên[2J có lỗi\nxuống dòng"
    finally:
        workspace.close()
