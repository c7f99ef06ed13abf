"""``crmdesk scoring …`` and ``crmdesk deals show`` end to end, on a real file."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from crmdesk.app import open_workspace
from crmdesk.cli.main import main


@pytest.fixture
def demo(db_path: Path) -> Path:
    path = db_path  # a file, or a database on the tests' PostgreSQL server
    assert main(["demo", "--db", str(path), "--deals", "120", "--seed", "5"]) == 0
    return path


def _out(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _stored_equal_explained(path: Path) -> None:
    ws = open_workspace(path)
    try:
        for deal_id in range(1, 40):
            details = ws.services.deals.details(deal_id)
            assert details.deal.score == details.explanation.score
    finally:
        ws.close()


def test_scoring_list_prints_every_rule_and_the_thresholds_as_json(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(_out(capsys, "scoring", "list", "--json", "--db", str(demo)))
    assert set(data) == {"rules", "half_life_days", "warm_at", "hot_at"}
    keys = [r["key"] for r in data["rules"]]
    assert "demo_request" in keys and "fit_free_mail" in keys
    assert all(set(r) == {"key", "label", "points", "cap", "active"} for r in data["rules"])
    assert (data["half_life_days"], data["warm_at"], data["hot_at"]) == (30, 30, 70)


def test_scoring_set_changes_a_rule_and_rescores_every_deal(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _out(
        capsys,
        "scoring",
        "set",
        "demo_request",
        "--points",
        "-7",
        "--cap",
        "none",
        "--db",
        str(demo),
    )
    data = json.loads(_out(capsys, "scoring", "list", "--json", "--db", str(demo)))
    rule = next(r for r in data["rules"] if r["key"] == "demo_request")
    assert (rule["points"], rule["cap"], rule["active"]) == (-7, None, True)
    _stored_equal_explained(demo)
    _out(capsys, "scoring", "set", "website_visit", "--active", "no", "--db", str(demo))
    _out(capsys, "scoring", "set-half-life", "7", "--db", str(demo))
    _out(capsys, "scoring", "set-thresholds", "20", "60", "--db", str(demo))
    data = json.loads(_out(capsys, "scoring", "list", "--json", "--db", str(demo)))
    assert (data["half_life_days"], data["warm_at"], data["hot_at"]) == (7, 20, 60)
    assert not next(r for r in data["rules"] if r["key"] == "website_visit")["active"]
    _stored_equal_explained(demo)


def test_scoring_refusals_are_one_sentence_and_change_nothing(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _out(capsys, "scoring", "list", "--json", "--db", str(demo))
    for argv in (
        ["scoring", "set", "nope", "--points", "1"],
        ["scoring", "set", "demo_request", "--points", "500"],
        ["scoring", "set-half-life", "0"],
        ["scoring", "set-thresholds", "80", "60"],
    ):
        capsys.readouterr()
        assert main([*argv, "--db", str(demo)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("crmdesk: ") and err.count("\n") == 1 and "Traceback" not in err
    assert _out(capsys, "scoring", "list", "--json", "--db", str(demo)) == before


def test_deals_show_prints_the_whole_deal_with_an_explanation_adding_up(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cards = json.loads(
        _out(capsys, "deals", "list", "--json", "--stage", "opportunity", "--db", str(demo))
    )
    assert all("expected_close" in c for c in cards)
    card = cards[0]
    data = json.loads(_out(capsys, "deals", "show", str(card["id"]), "--json", "--db", str(demo)))
    for key in ("expected_close", "owner", "sub_stage", "probability", "value_minor", "currency"):
        assert key in data
    assert data["expected_close"] == card["expected_close"]
    assert data["probability"] == card["probability"] and data["stage"] == "opportunity"
    assert set(data["contact"]) >= {"full_name", "email", "phone"}
    assert set(data["organization"]) >= {"name", "email", "phone"}
    points = [line["points"] for line in data["score_explanation"]]
    assert data["score"] == card["score"] == max(0, min(100, sum(points)))
    assert all(set(line) == {"rule", "label", "points"} for line in data["score_explanation"])
    chain = data["history"]
    assert chain[0]["from_stage"] is None and chain[-1]["to_stage"] == "opportunity"
    assert all(a["to_stage"] == b["from_stage"] for a, b in itertools.pairwise(chain))
    assert any(a["gate"] for a in data["answers"])
    text = _out(capsys, "deals", "show", str(card["id"]), "--db", str(demo))
    assert card["title"] in text


def test_deals_show_of_a_missing_deal_is_one_sentence(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["deals", "show", "999999", "--db", str(demo)]) == 1
    assert capsys.readouterr().err.strip() == "crmdesk: There is no deal number 999999."
