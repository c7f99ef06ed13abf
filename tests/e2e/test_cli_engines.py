"""The command line gives the same answers on a server as on a file (issue 14's "done when").

Every test runs on ``sqlite`` and ``postgresql``; the commands' output is compared with the same
commands run on a SQLite file at the same (frozen) clock.
"""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import crmdesk.cli.common
from crmdesk.app import open_workspace
from crmdesk.cli.main import main
from crmdesk.db.check import fresh_totals, kept_totals
from crmdesk.db.engine import make_engine
from crmdesk.db.models import DealRow, ScoringRuleRow
from tests.conftest import Clock

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
LEAD_KEYS = "icp_fit,buying_intent,two_way_conversation"


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command opens its database at the same moment, so two runs can be compared."""
    opened = functools.partial(open_workspace, clock=Clock(NOW))
    monkeypatch.setattr(crmdesk.cli.common, "open_workspace", opened)


def run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> str:
    capsys.readouterr()
    assert main(list(argv)) == code, capsys.readouterr().err
    return capsys.readouterr().out


def listing(capsys: pytest.CaptureFixture[str], db: str) -> list[dict[str, Any]]:
    return json.loads(run(capsys, "deals", "list", "--db", db, "--json"))  # type: ignore[no-any-return]


def summary(capsys: pytest.CaptureFixture[str], db: str) -> list[str]:
    return run(capsys, "summary", "--db", db).splitlines()[1:]  # the first line names the file


def test_the_demo_lists_and_sums_up_the_same_on_a_server_and_on_a_file(
    db_path: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, file = str(db_path), str(tmp_path / "reference.sqlite")
    for target in (db, file):
        run(capsys, "--db", target, "demo", "--deals", "2000", "--seed", "7")
    cards, expected = listing(capsys, db), listing(capsys, file)
    assert len(cards) == 2000
    fields = ("id", "title", "stage", "value_minor", "score", "probability")
    assert [{k: c[k] for k in fields} for c in cards] == [
        {k: c[k] for k in fields} for c in expected
    ]
    assert cards == expected  # and everything else a card shows
    lines = summary(capsys, db)
    assert len(lines) > 5 and lines == summary(capsys, file)


def _a_lead(db: str) -> int:
    ws = open_workspace(db, Clock(NOW))
    try:
        return ws.services.deals.create("Cửa hàng mới – Quận 3", 15_000_000, "VND").id
    finally:
        ws.close()


def test_moves_scoring_import_and_check_work_and_keep_the_totals(
    db_path: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(db_path)
    run(capsys, "demo", "--db", db, "--deals", "300", "--seed", "7")
    lead = _a_lead(db)
    assert lead == 301  # ids come from the engine, after the demo's
    refused = ("deals", "move", str(lead), "prospect", "--db", db)
    run(capsys, *refused, code=1)
    run(capsys, *refused, "--criteria-met", LEAD_KEYS)
    run(capsys, "deals", "move", str(lead), "lost", "--db", db, "--lost-reason", "price_too_high")
    run(capsys, "scoring", "set", "demo_request", "--points", "40", "--cap", "none", "--db", db)
    source = tmp_path / "leads.csv"
    source.write_text(
        "Deal,Organization,Contact,Contact email,Value,Currency,Stage\n"
        "Máy POS,Công ty Đức Phát,Trần Thị Hạnh,hanh@ducphat.vn,45.000.000,VND,lead\n"
        "Website,Tiệm bánh Thiên Long,Nguyễn Văn Đức,duc@thienlong.vn,12.500.000,VND,lead\n",
        encoding="utf-8",
    )
    run(capsys, "import", "--db", db, "--preset", "crmdesk", str(source))
    out = run(capsys, "check", "--db", db)
    assert "Kept totals: ok" in out and "The database is sound." in out
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            assert kept_totals(conn) == fresh_totals(conn)
            titles = set(conn.scalars(select(DealRow.title).where(DealRow.id > lead)))
            points = conn.scalar(
                select(ScoringRuleRow.points).where(ScoringRuleRow.key == "demo_request")
            )
    finally:
        engine.dispose()
    assert titles == {"Máy POS", "Website"} and points == 40
    moved = [c for c in listing(capsys, db) if c["id"] == lead]
    assert [c["stage"] for c in moved] == ["lost"]
