"""``deals edit … --if-version N``: a script's change made on what it read, refused in one line
naming who changed the deal and when if the deal moved on; ``deals show --json`` gives the
version and the owner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def target(db_path: Path | str) -> str:
    """The database the commands share (a file, or a PostgreSQL URL)."""
    return str(db_path)


def _crmdesk(user: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CRMDESK_USER=user, CRMDESK_LANG="en", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "crmdesk", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def _show(capsys: pytest.CaptureFixture[str], target: str, deal_id: int) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["deals", "show", str(deal_id), "--db", target, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_an_edit_on_a_version_that_moved_on_is_refused_naming_who_and_when(
    target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    added = _crmdesk("minh", "deals", "add", "--db", target, "--title", "POS – Hoa Sen", "--json")
    assert added.returncode == 0, added.stderr
    deal = json.loads(added.stdout)
    assert deal["version"] == 1
    seen = deal["version"]
    moved = _crmdesk(
        "minh", "deals", "move", "--db", target, str(deal["id"]), "prospect",
        "--override-reason", "referred by the owner",
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    refused = _crmdesk(
        "hanh", "deals", "edit", "--db", target, str(deal["id"]), "--title", "POS – Hoa Sen (2)",
        "--value", "2000000", "--if-version", str(seen),
    )  # fmt: skip
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("crmdesk: minh moved this deal to Prospect at ")
    assert lines[0].endswith("; your change was not saved.")
    after = _show(capsys, target, deal["id"])
    assert (after["title"], after["value_minor"], after["version"]) == ("POS – Hoa Sen", 0, 2)


def test_an_edit_at_the_current_version_is_saved_and_moves_the_version_on(
    target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["deals", "add", "--db", target, "--title", "Website – Sen Vàng"]) == 0
    before = _show(capsys, target, 1)
    argv = ["deals", "edit", "1", "--db", target, "--value", "1.500.000", "--expected-close",
            "2027-01-15", "--if-version", str(before["version"])]  # fmt: skip
    assert main(argv) == 0
    assert "now version 2" in capsys.readouterr().out
    after = _show(capsys, target, 1)
    assert (after["value_minor"], after["expected_close"]) == (1_500_000, "2027-01-15")
    assert after["version"] == before["version"] + 1 and "owner" in after
    assert main(["deals", "edit", "1", "--db", target, "--title", "Again"]) == 0  # no check
    assert _show(capsys, target, 1)["version"] == 3


def test_a_bad_date_or_version_is_one_sentence_and_writes_nothing(
    target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["deals", "add", "--db", target, "--title", "Kho – Minh Long"]) == 0
    capsys.readouterr()
    assert main(["deals", "edit", "1", "--db", target, "--expected-close", "2027-02-30"]) == 1
    assert capsys.readouterr().err.strip() == (
        "crmdesk: “2027-02-30” is not a date (use YYYY-MM-DD)."
    )
    assert main(["deals", "edit", "1", "--db", target, "--if-version", "zero"]) == 2
    assert "“zero” is not a count" in capsys.readouterr().err
    assert _show(capsys, target, 1)["version"] == 1
