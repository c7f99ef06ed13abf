"""The data folder is its owner's only (0700), and so is every file CRM Desk makes (0600)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AFTER_START = """
import sys
from pathlib import Path
from crmdesk.cli.main import main
assert main(["--version"]) == 0  # the program's start, as every command and the window run it
from crmdesk.gui.locking import lock_database
from crmdesk.gui.language import user_settings
from crmdesk.locations import data_dir
settings = user_settings()
settings.setValue("ui/language", "vi")
settings.sync()
print(settings.fileName())
import os, stat
lock = lock_database(data_dir() / "crmdesk.sqlite")
assert lock.acquired
print(oct(stat.S_IMODE(os.stat(data_dir() / "crmdesk.sqlite.lock").st_mode)))
lock.release()
"""


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _run(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    env.pop("CRMDESK_DB", None)
    old = os.umask(0o022)  # a usual desktop session's umask: CRM Desk must not rely on it
    try:
        return subprocess.run(
            [sys.executable, *argv], env=env, cwd=ROOT, capture_output=True, text=True, check=False
        )
    finally:
        os.umask(old)


def test_the_data_folder_and_every_database_file_in_it_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "CRM Desk"
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)  # as an older version left it
    done = _run(tmp_path, "-m", "crmdesk", "demo", "--deals", "5")
    assert done.returncode == 0, done.stderr
    done = _run(tmp_path, "-m", "crmdesk", "summary")
    assert done.returncode == 0, done.stderr
    assert _mode(folder) == 0o700
    made = sorted(folder.iterdir())
    assert {p.name for p in made} >= {"sample.sqlite", "crmdesk.sqlite"}
    assert {p.name: _mode(p) for p in made} == {p.name: 0o600 for p in made}


def test_settings_and_the_lock_file_made_after_the_start_are_owner_only(tmp_path: Path) -> None:
    done = _run(tmp_path, "-c", AFTER_START)
    assert done.returncode == 0, done.stderr
    version, settings, lock = done.stdout.split("\n")[:3]
    assert version.startswith("crmdesk ")
    assert Path(settings).is_relative_to(tmp_path) and _mode(Path(settings)) == 0o600
    assert _mode(Path(settings).parent) == 0o700
    assert lock == "0o600"  # it holds the host name


def test_the_wal_and_shm_files_of_an_open_database_are_owner_only(tmp_path: Path) -> None:
    script = (
        "from crmdesk.cli.main import main; from crmdesk.app import open_workspace; "
        "from pathlib import Path; import os, stat; main(['--version']); "
        f"p = Path({str(tmp_path / 'x.sqlite')!r}); w = open_workspace(p); "
        "w.services.deals.create('Một', 1, 'VND'); "
        "print([oct(stat.S_IMODE(os.stat(str(p) + s).st_mode)) for s in ('', '-wal', '-shm')])"
    )
    done = _run(tmp_path, "-c", script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "['0o600', '0o600', '0o600']"
