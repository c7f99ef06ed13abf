"""``crmdesk contacts``, ``organizations`` and ``deals add/archive/restore`` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(db: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CRMDESK_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "crmdesk", *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_lead_with_its_contact_is_listed_shown_archived_restored_and_merged(
    tmp_path: Path,
) -> None:
    db = tmp_path / "crm.sqlite"
    added = _run(
        db, "deals", "add", "--title", "Máy POS", "--organization", "Công ty Hoa Sen",
        "--contact", "Nguyễn Văn Đức", "--email", "duc@hoasen.vn", "--phone", "0903 111 222",
        "--value", "1250000", "--currency", "VND", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    deal = json.loads(added.stdout)
    assert deal["id"] == 1 and deal["value_minor"] == 1_250_000
    again = _run(db, "deals", "add", "--title", "Two", "--organization", "cong ty hoa sen")
    assert again.returncode == 0, again.stderr
    contacts = json.loads(_run(db, "contacts", "list", "--search", "nguyen duc", "--json").stdout)
    assert [c["full_name"] for c in contacts] == ["Nguyễn Văn Đức"]
    assert contacts[0]["email"] == "duc@hoasen.vn"
    orgs = json.loads(_run(db, "organizations", "list", "--json").stdout)
    assert len(orgs) == 1  # the second lead found the organization by its folded name
    shown = json.loads(_run(db, "contacts", "show", str(contacts[0]["id"]), "--json").stdout)
    assert shown["phones"] == [{"label": "mobile", "value": "0903 111 222"}]
    assert [d["title"] for d in shown["deals"]] == ["Máy POS"]
    org = json.loads(_run(db, "organizations", "show", str(orgs[0]["id"]), "--json").stdout)
    assert len(org["deals"]) == 2
    assert _run(db, "deals", "archive", "1").returncode == 0
    archived = json.loads(_run(db, "deals", "list", "--archived", "--json").stdout)
    assert [d["id"] for d in archived] == [1]
    assert _run(db, "deals", "restore", "1").returncode == 0
    assert json.loads(_run(db, "deals", "list", "--archived", "--json").stdout) == []
    refused = _run(db, "contacts", "merge", "1", "1")
    assert refused.returncode == 1
    assert refused.stderr.strip() == "crmdesk: Choose two different records to merge."
    missing = _run(db, "contacts", "show", "99")
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
