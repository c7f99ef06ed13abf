"""A kill or a full disk while the program writes a file leaves the previous file as it was."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk import files
from crmdesk.app import open_workspace
from crmdesk.cli.main import main
from crmdesk.db import migrate
from crmdesk.db.models import QuoteRow
from tests.storage_files import old_database

ROOT = Path(__file__).resolve().parents[2]
KILLED_WHILE_WRITING = """
import os, signal, sys
from crmdesk import files
def killed(fd):  # the data is in the temporary file; the rename has not happened
    os.kill(os.getpid(), signal.SIGKILL)
files.os.fsync = killed
from crmdesk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def quote_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("quotes") / "x.sqlite"
    assert main(["demo", "--db", str(path), "--deals", "200", "--seed", "3"]) == 0
    workspace = open_workspace(path)
    with workspace.services.context.session_factory() as session:
        number = session.scalars(select(QuoteRow.number).limit(1)).one()
    workspace.close()
    return path, number


def test_a_quote_export_killed_while_writing_leaves_the_previous_pdf(
    quote_db: tuple[Path, str], tmp_path: Path
) -> None:
    db, number = quote_db
    out = tmp_path / "báo giá.pdf"
    out.write_bytes(b"%PDF-1.4 the previous export")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    argv = ["quote", "export", number, "--db", str(db), "-o", str(out)]
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_WRITING, *argv], env=env, cwd=ROOT, check=False
    )
    assert proc.returncode == -9
    assert out.read_bytes() == b"%PDF-1.4 the previous export"
    assert main(argv) == 0  # the next export replaces it whole
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 1000


def test_a_quote_export_on_a_full_disk_says_so_and_leaves_the_previous_pdf(
    quote_db: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, number = quote_db
    out = tmp_path / "quote.pdf"
    out.write_bytes(b"%PDF-1.4 the previous export")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    assert main(["quote", "export", number, "--db", str(db), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and len(err.strip().splitlines()) == 1
    assert out.read_bytes() == b"%PDF-1.4 the previous export"
    assert os.listdir(tmp_path) == [out.name]


@pytest.mark.parametrize("name", ["deals.csv", "all.xlsx"])
def test_an_export_on_a_full_disk_leaves_the_previous_file(
    quote_db: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    db, _number = quote_db
    out = tmp_path / name
    out.write_bytes(b"the previous export")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    assert main(["export", str(out), "--db", str(db)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_bytes() == b"the previous export"
    assert os.listdir(tmp_path) == [out.name]


def test_an_import_report_on_a_full_disk_leaves_the_previous_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "leads.csv"
    source.write_text("Company,Name\nHoa Sen,Lan\n", encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("the previous report")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    argv = ["import", str(source), "--db", str(tmp_path / "crm.sqlite"), "--report", str(report)]
    argv += ["--map", "Company=org.name", "--map", "Name=contact.full_name"]
    assert main(argv) == 1
    assert "cannot write" in capsys.readouterr().err
    assert report.read_text() == "the previous report"


def test_a_backup_that_fails_halfway_leaves_no_partial_backup_and_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = old_database(tmp_path / "old.sqlite")
    original = path.read_bytes()

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(OSError):
        open_workspace(path)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "old.sqlite"
    ]
    assert path.read_bytes() == original
    monkeypatch.undo()
    workspace = open_workspace(path)
    try:
        assert migrate.current_revision(workspace.engine) == migrate.head_revision()
    finally:
        workspace.close()
