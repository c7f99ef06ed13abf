"""A long session ends cleanly, twenty times over (issue: a refcount error at quit)."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from crmdesk.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
SESSIONS = 20


@pytest.mark.slow
def test_a_long_session_quits_cleanly_twenty_times(tmp_path: Path) -> None:
    template = tmp_path / "template.sqlite"
    assert main(["demo", "--db", str(template), "--deals", "150"]) == 0
    sample = tmp_path / "sample.sqlite"
    assert main(["demo", "--db", str(sample), "--deals", "60"]) == 0
    csv = tmp_path / "leads.csv"
    csv.write_text(
        "Name,Company,Email,Value\n"
        "Trần Thị Hạnh,Công ty TNHH Đức Phát,hanh@ducphat.vn,12000000\n"
        "Nguyễn Văn Đức,Tiệm bánh Thiên Long,duc@thienlong.vn,8000000\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}

    def run(n: int) -> subprocess.CompletedProcess[str]:
        folder = tmp_path / f"s{n}"
        folder.mkdir()
        db = folder / "crm.sqlite"
        db.write_bytes(template.read_bytes())
        own_sample = folder / "sample.sqlite"  # each its own: two sessions run at once
        own_sample.write_bytes(sample.read_bytes())
        return subprocess.run(
            [
                sys.executable,
                str(ROOT / "tests" / "e2e" / "long_session.py"),
                str(db),
                str(csv),
                str(own_sample),
            ],
            capture_output=True,
            text=True,
            env={**env, "HOME": str(folder), "XDG_DATA_HOME": str(folder / "data")},
            timeout=120,
            cwd=ROOT,
        )

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, range(SESSIONS)))
    for result in results:
        assert result.returncode == 0, result.stderr[-3000:]
        assert "session done" in result.stdout
        assert "Fatal Python error" not in result.stderr
