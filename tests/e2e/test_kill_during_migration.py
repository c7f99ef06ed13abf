"""A kill at any SQL statement of the first start leaves a file the next start finishes.

The harness (``kill_harness.py``) runs the real command line and SIGKILLs it just before its
Nth statement, for every N, while creating a new file and while upgrading the committed
revision-0002 file of 300 deals; each time the next start must open the file, bring it to the
current schema and keep every deal, and exactly one backup (of the old file) must exist.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crmdesk.db.guard import APPLICATION_ID
from crmdesk.db.migrate import head_revision
from crmdesk.domain.defaults import DEFAULT_CRITERIA
from tests.storage_files import old_database

HARNESS = Path(__file__).with_name("kill_harness.py")
ROOT = Path(__file__).resolve().parents[2]


def _start(mode: str, tmp_path: Path, *extra: str) -> subprocess.Popen[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    return subprocess.Popen(
        [sys.executable, str(HARNESS), mode, str(tmp_path / mode), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _lines(proc: subprocess.Popen[str]) -> tuple[int, list[dict[str, Any]]]:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    header, *lines = (json.loads(line) for line in out.splitlines())
    return header["statements"], lines


@pytest.mark.slow
def test_a_kill_at_any_statement_of_creating_or_upgrading_a_file_loses_nothing(
    tmp_path: Path,
) -> None:
    old = old_database(tmp_path / "old.sqlite")
    new_run = _start("new", tmp_path)
    upgrade_run = _start("upgrade", tmp_path, str(old))  # both at once: two cores
    created, new_lines = _lines(new_run)
    upgraded, upgrade_lines = _lines(upgrade_run)
    assert created > 80 and upgraded > 30  # every migration step, the seed, the version row
    assert [line["n"] for line in new_lines] == list(range(1, created + 1))
    assert [line["n"] for line in upgrade_lines] == list(range(1, upgraded + 1))
    head = head_revision()
    for line in new_lines + upgrade_lines:
        assert line["first"] == -9, line  # it was killed…
        assert line["again"] == 0, line  # …and the next start opened the file and worked
        assert (line["revision"], line["integrity"], line["broken"]) == (head, "ok", 0), line
        assert line["application_id"] == APPLICATION_ID, line
        assert line["criteria"] == len(DEFAULT_CRITERIA), line  # seeded once, whole
    assert all(line["deals"] == 0 and line["backups"] == [] for line in new_lines)
    for line in upgrade_lines:
        assert line["deals"] == 300, line
        assert line["backups"] == [{"revision": "0002", "deals": 300}], line
