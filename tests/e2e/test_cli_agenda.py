"""``crmdesk agenda``, ``activities`` and ``nurture`` end to end, on a real file."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtGui import QImage

from crmdesk.cli.main import main
from crmdesk.services import local_zone

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")
ITEM_KEYS = {"activity_id", "deal_id", "kind", "subject", "due_at"}


@pytest.fixture(autouse=True)
def saigon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_zone, "local_zone", lambda: SAIGON)


@pytest.fixture
def db(db_path: Path) -> Path:
    from crmdesk.app import open_workspace

    path = db_path  # a file, or a database on the tests' PostgreSQL server
    ws = open_workspace(path)
    ws.services.deals.create("Phần mềm bán hàng – Hoa Sen", 125_000_000, "VND")
    ws.services.deals.create("Website – Minh An", 40_000_000, "VND")
    ws.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_activities_add_and_done_feed_the_agenda_json(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = datetime.now(SAIGON)
    soon = (now + timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M")
    code, out, _ = run(capsys, "activities", "add", "1", "--kind", "call", "--subject",
                       "Gọi anh Đức", "--due", soon, "--db", str(db))  # fmt: skip
    assert code == 0
    call_id = int(re.search(r"activity (\d+)", out).group(1))  # type: ignore[union-attr]
    late = (now - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S+07:00")
    assert (
        run(capsys, "activities", "add", "2", "--kind", "task", "--due", late, "--db", str(db))[0]
        == 0
    )
    ahead = (now + timedelta(days=3)).strftime("%Y-%m-%d")
    assert (
        run(capsys, "activities", "add", "2", "--kind", "email", "--due", ahead, "--db", str(db))[0]
        == 0
    )
    assert run(capsys, "activities", "add", "1", "--kind", "website_visit", "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "agenda", "--json", "--db", str(db))
    assert code == 0
    agenda = json.loads(out)
    assert set(agenda) == {"overdue", "today", "upcoming"}
    items = [i for section in agenda.values() for i in section]
    assert all(set(i) == ITEM_KEYS for i in items)
    assert len(agenda["overdue"]) == 1 and agenda["overdue"][0]["kind"] == "task"
    [upcoming] = agenda["upcoming"]
    assert upcoming["due_at"].endswith("T09:00:00+07:00")
    due_today = [i for i in agenda["today"] if i["activity_id"] == call_id]
    if now.date() == (now + timedelta(minutes=5)).date():
        assert due_today and due_today[0]["subject"] == "Gọi anh Đức"
        assert datetime.fromisoformat(due_today[0]["due_at"]).utcoffset() == timedelta(hours=7)
    code, out, _ = run(capsys, "activities", "done", str(call_id), "--db", str(db))
    assert code == 0 and "Gọi anh Đức" in out
    agenda = json.loads(run(capsys, "agenda", "--json", "--db", str(db))[1])
    assert call_id not in [i["activity_id"] for s in agenda.values() for i in s]
    code, _, err = run(capsys, "activities", "done", str(call_id), "--db", str(db))
    assert code == 1 and "already done" in err and err.count("\n") == 1


def test_bad_input_is_one_sentence_and_a_non_zero_exit(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "activities", "add", "1", "--kind", "call", "--due", "mai", "--db", str(db)
    )
    assert code == 2 and "is not a date and time" in err and err.count("\n") == 1
    code, _, err = run(capsys, "activities", "add", "9", "--kind", "note", "--db", str(db))
    assert code == 1 and "no deal number 9" in err
    code, _, err = run(
        capsys, "activities", "add", "1", "--kind", "note", "--due", "2026-12-01", "--db", str(db)
    )
    assert code == 1 and "cannot be scheduled" in err
    code, _, err = run(capsys, "agenda", "--days", "999", "--db", str(db))
    assert code == 1 and "0 to 366 days" in err


def test_the_agenda_as_ics_reads_back_with_its_events(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    when = (datetime.now(SAIGON) + timedelta(days=1)).strftime("%Y-%m-%d 10:30")
    run(capsys, "activities", "add", "1", "--kind", "meeting", "--subject", "Họp chốt hợp đồng",
        "--due", when, "--db", str(db))  # fmt: skip
    out = tmp_path / "agenda.ics"
    code, text, _ = run(capsys, "agenda", "--ics", str(out), "--db", str(db))
    assert code == 0 and "1 follow-up" in text
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Họp chốt hợp đồng"
    assert event.decoded("dtstart").strftime("%H:%M") == "10:30"
    assert event["dtstart"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert len(event.walk("VALARM")) == 1
    first_uid = str(event["uid"])
    run(capsys, "agenda", "--ics", str(out), "--db", str(db))
    [again] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(again["uid"]) == first_uid
    assert not list(tmp_path.glob("*.part"))


def test_nurture_plans_enrol_and_stop(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "nurture", "plans", "--json", "--db", str(db))
    plans = json.loads(out)
    assert code == 0 and [p["key"] for p in plans] == ["not_ready", "timing_not_right"]
    assert all(set(p) == {"key", "name", "steps"} for p in plans)
    assert plans[0]["steps"][1] == {
        "kind": "newsletter",
        "day_offset": 7,
        "subject": "Newsletter for {contact}: tips for {organization}",
    }
    code, out, _ = run(capsys, "nurture", "enrol", "1", "not_ready", "--db", str(db))
    assert code == 0 and "5 touches" in out
    code, _, err = run(capsys, "nurture", "enrol", "1", "not_ready", "--db", str(db))
    assert code == 1 and "already enrolled" in err and err.count("\n") == 1
    agenda = json.loads(run(capsys, "agenda", "--days", "60", "--json", "--db", str(db))[1])
    kinds = sorted(i["kind"] for s in agenda.values() for i in s)
    assert kinds == ["call", "case_study", "email", "newsletter", "newsletter"]
    code, out, _ = run(capsys, "nurture", "stop", "1", "--db", str(db))
    assert code == 0 and "5 touch(es) cancelled" in out
    agenda = json.loads(run(capsys, "agenda", "--days", "60", "--json", "--db", str(db))[1])
    assert [i for s in agenda.values() for i in s] == []
    code, _, err = run(capsys, "nurture", "stop", "1", "--db", str(db))
    assert code == 1 and "not in a nurturing plan" in err


def test_screenshot_shows_the_view_asked_for(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    board, today = tmp_path / "board.png", tmp_path / "today.png"
    assert (
        run(capsys, "screenshot", "--db", str(db), "-o", str(board), "--size", "1024x600")[0] == 0
    )
    code, _, _ = run(capsys, "screenshot", "--db", str(db), "-o", str(today), "--view", "today",
                     "--size", "1024x600")  # fmt: skip
    assert code == 0
    assert QImage(str(today)).size() == QImage(str(board)).size()
    assert QImage(str(today)) != QImage(str(board))
    code, _, err = run(
        capsys, "screenshot", "--db", str(db), "-o", str(today), "--view", "calendar"
    )
    assert code == 2 and "no view “calendar”" in err and "today" in err
