"""The command line end to end, on real files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from crmdesk.cli.main import main
from crmdesk.db.engine import make_engine

LEAD_KEYS = "icp_fit,buying_intent,two_way_conversation"


@pytest.fixture(scope="module")
def demo_db(new_database: Callable[[], Path]) -> Path:
    path = new_database()  # a file, or a database on the tests' PostgreSQL server
    assert main(["demo", "--db", str(path), "--deals", "2000", "--seed", "3"]) == 0
    return path


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def _a_lead_without_answers(capsys: pytest.CaptureFixture[str], db: Path) -> int:
    """A fresh lead, so no earlier answers help it through the gate."""
    from crmdesk.app import open_workspace

    ws = open_workspace(db)
    deal = ws.services.deals.create("Cửa hàng mới – Quận 3", 15_000_000, "VND")
    ws.close()
    return deal.id


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == "crmdesk 0.1.0"


def test_demo_then_listing_prospects_prints_valid_json(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    cards = _json(capsys, "deals", "list", "--db", str(demo_db), "--stage", "prospect", "--json")
    assert len(cards) > 200
    assert {c["stage"] for c in cards} == {"prospect"}
    assert all(isinstance(c["value_minor"], int) and c["currency"] in ("VND", "USD") for c in cards)
    assert any(c["contact"] and " " in c["contact"] for c in cards)


def test_search_from_the_command_line_ignores_diacritics(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    cards = _json(
        capsys, "deals", "list", "--db", str(demo_db), "--search", "nguyen van duc", "--json"
    )
    assert cards and all(c["contact"] == "Nguyễn Văn Đức" for c in cards)


def test_a_refused_move_exits_non_zero_naming_the_unmet_criteria(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    deal_id = _a_lead_without_answers(capsys, demo_db)
    capsys.readouterr()
    assert main(["deals", "move", str(deal_id), "prospect", "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert "Fits the ideal customer profile" in err
    assert "Shows buying intent" in err
    assert LEAD_KEYS in err
    [card] = [
        c
        for c in _json(capsys, "deals", "list", "--db", str(demo_db), "--stage", "lead", "--json")
        if c["id"] == deal_id
    ]
    assert card["stage"] == "lead"


def test_a_move_with_all_criteria_met_succeeds(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    deal_id = _a_lead_without_answers(capsys, demo_db)
    argv = [
        "deals",
        "move",
        str(deal_id),
        "prospect",
        "--db",
        str(demo_db),
        "--criteria-met",
        LEAD_KEYS,
    ]
    assert main(argv) == 0
    assert "to Prospect" in capsys.readouterr().out
    ids = [
        c["id"]
        for c in _json(
            capsys, "deals", "list", "--db", str(demo_db), "--stage", "prospect", "--json"
        )
    ]
    assert deal_id in ids


def test_a_move_with_an_override_reason_succeeds(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    deal_id = _a_lead_without_answers(capsys, demo_db)
    argv = [
        "deals",
        "move",
        str(deal_id),
        "prospect",
        "--db",
        str(demo_db),
        "--override-reason",
        "Khách quen",
    ]
    assert main(argv) == 0


def test_moving_to_lost_without_a_reason_is_refused(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    deal_id = _a_lead_without_answers(capsys, demo_db)
    assert main(["deals", "move", str(deal_id), "lost", "--db", str(demo_db)]) == 1
    assert "needs a reason" in capsys.readouterr().err
    assert (
        main(
            ["deals", "move", str(deal_id), "lost", "--db", str(demo_db), "--lost-reason", "timing"]
        )
        == 0
    )


def test_check_reports_the_file_sound(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["check", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "Integrity: ok" in out and "The database is sound." in out


def test_demo_refuses_a_database_that_already_holds_deals(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo", "--db", str(demo_db), "--deals", "5"]) == 1
    assert "already holds" in capsys.readouterr().err


def test_an_unknown_stage_is_a_usage_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["deals", "move", "1", "closed", "--db", str(tmp_path / "a.sqlite")]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_the_summary_shows_every_stage(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["summary", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    for label in ("Lead", "Prospect", "Opportunity", "Won", "Lost", "weighted"):
        assert label in out


@pytest.mark.slow
def test_killing_a_bulk_insert_leaves_the_file_consistent_with_nothing_half_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "killed.sqlite"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "crmdesk", "demo", "--db", str(path), "--deals", "300000"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # The demo builds in a file beside the target (renamed over it once whole): wait until the
    # bulk insert is well under way there, its write-ahead log past 2 MB.
    wal = path.with_name(f".{path.name}.demo-{proc.pid}-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 2_000_000):
        assert proc.poll() is None, "the demo finished before it could be killed"
        time.sleep(0.05)
    assert wal.exists() and wal.stat().st_size >= 2_000_000
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        for table in (
            "deals",
            "organizations",
            "contacts",
            "activities",
            "answers",
            "stage_history",
        ):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
        assert conn.execute(text("SELECT count(*) FROM criteria")).scalar() == 10  # defaults kept
    engine.dispose()


def test_quote_export_writes_the_pdf_of_the_latest_revision(
    demo_db: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    import pdfplumber

    engine = make_engine(demo_db)
    with engine.connect() as conn:
        number, revisions = conn.execute(
            text("SELECT number, max(revision) FROM quotes GROUP BY number ORDER BY 2 DESC LIMIT 1")
        ).one()
    engine.dispose()
    out = tmp_path / "quote.pdf"
    assert main(["quote", "export", number, "--db", str(demo_db), "-o", str(out)]) == 0
    assert f"Wrote {number} (revision {revisions})" in capsys.readouterr().out
    with pdfplumber.open(out) as pdf:
        first = pdf.pages[0].extract_text()
    assert number in first and ("BÁO GIÁ" in first or "QUOTATION" in first)


def test_exporting_an_unknown_quote_fails_with_a_sentence(
    demo_db: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "none.pdf"
    assert main(["quote", "export", "BG-1999-0001", "--db", str(demo_db), "-o", str(out)]) == 1
    assert "There is no quote BG-1999-0001." in capsys.readouterr().err
    assert not out.exists()


def big_csv(path: Path, rows: int) -> Path:
    """A Pipedrive-like export of ``rows`` deals."""
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("Deal - Title,Deal - Value,Organization - Name,Person - Name,Person - Email\n")
        for n in range(rows):
            file.write(
                f"Hệ thống POS {n},{1_000_000 + n},Công ty {n % 5000},"
                f"Nguyễn Văn {n},nv{n}@example.vn\n"
            )
    return path


@pytest.mark.slow
def test_killing_an_import_midway_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "target.sqlite"
    assert main(["demo", "--db", str(path), "--deals", "50", "--seed", "4"]) == 0
    engine = create_engine(f"sqlite:///{path}")

    def counts() -> dict[str, int]:
        with engine.connect() as conn:
            return {
                t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                for t in ("deals", "organizations", "contacts", "stage_history")
            }

    before = counts()
    source = big_csv(tmp_path / "big.csv", 200_000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "crmdesk", "import", str(source), "--db", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = path.with_name(path.name + "-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 2_000_000):
        assert proc.poll() is None, "the import finished before it could be killed"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert counts() == before
    engine.dispose()


def test_import_and_export_from_the_command_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "crm.sqlite"
    source = tmp_path / "people.csv"
    source.write_text(
        "Họ tên,Công ty,Email\nTrần Thị Hạnh,Hoa Sen,hanh@hoasen.vn\n", encoding="utf-8"
    )
    mapping = [
        "--map",
        "Họ tên=contact.full_name",
        "--map",
        "Công ty=org.name",
        "--map",
        "Email=contact.email",
    ]
    report = tmp_path / "report.txt"
    assert main(["import", str(source), "--db", str(db), *mapping, "--dry-run"]) == 0
    assert "Would import 1 deal, 1 new organization" in capsys.readouterr().out
    assert main(["import", str(source), "--db", str(db), *mapping, "--report", str(report)]) == 0
    assert "Imported 1 deal," in report.read_text(encoding="utf-8")
    assert main(["import", str(source), "--db", str(db), "--map", "Nope=org.name"]) == 1
    assert "The file has no column “Nope”." in capsys.readouterr().err
    out = tmp_path / "deals.csv"
    assert main(["export", str(out), "--db", str(db)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfDeal ID,Deal,Stage")
    assert "Hoa Sen – Trần Thị Hạnh" in out.read_text(encoding="utf-8-sig")
