"""Files CRM Desk will not open are refused in one sentence and left byte for byte as they were."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from crmdesk.app import open_workspace
from crmdesk.cli.main import main
from crmdesk.db.check import check_file
from crmdesk.domain.errors import DatabaseRefusedError
from tests.storage_files import folder_state, old_database, read_only_rows


def _crm_file(path: Path) -> Path:
    workspace = open_workspace(path)
    for n in range(40):
        workspace.services.deals.create(f"Khách hàng {n}", 1_000_000 + n, "VND")
    workspace.close()
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _text(path: Path) -> Path:
    path.write_text("Tên,Email\nLan,lan@example.vn\n" * 50, encoding="utf-8")
    return path


def _random(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(20_000))
    return path


def _truncated(path: Path) -> Path:
    _crm_file(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _header_only(path: Path) -> Path:
    _crm_file(path)
    path.write_bytes(path.read_bytes()[:60])
    return path


def _other_program(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('không phải của CRM Desk')")
    conn.close()
    return path


def _other_program_with_its_id(path: Path) -> Path:
    _other_program(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 1234")
    conn.close()
    return path


def _other_program_in_wal_mode(path: Path) -> Path:
    _other_program(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return path


def _other_program_with_a_deals_table(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE deals (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    return path


def _read_only(path: Path) -> Path:
    _crm_file(path)
    path.chmod(0o400)
    return path


def _unreadable(path: Path) -> Path:
    _crm_file(path)
    path.chmod(0o000)
    return path


def _in_a_read_only_folder(path: Path) -> Path:
    _crm_file(path)
    path.parent.chmod(0o500)
    return path


def _missing_in_a_read_only_folder(path: Path) -> Path:
    path.parent.chmod(0o500)
    return path


def _under_a_file(path: Path) -> Path:
    path.parent.rmdir()
    path.parent.write_text("a file where the folder should be")
    return path


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "a folder": (_folder, "is a folder, not a database file"),
    "a text file": (_text, "is not a CRM Desk database (not even an SQLite file)"),
    "random bytes": (_random, "is not a CRM Desk database (not even an SQLite file)"),
    "a cut-off database": (_truncated, "is damaged"),
    "a cut-off header": (_header_only, "is damaged"),
    "another program's file": (_other_program, "belongs to another program"),
    "another program's file with its id": (_other_program_with_its_id, "another program"),
    "another program's file in WAL mode": (_other_program_in_wal_mode, "another program"),
    "another program's deals table": (_other_program_with_a_deals_table, "another program"),
    "a read-only file": (_read_only, "is read-only"),
    "an unreadable file": (_unreadable, "not allowed to read"),
    "a read-only folder": (_in_a_read_only_folder, "cannot write in the folder"),
    "a new file in a read-only folder": (_missing_in_a_read_only_folder, "cannot write"),
    "a path under a file": (_under_a_file, "is not a folder"),
}


@pytest.fixture
def place(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "place"
    folder.mkdir()
    yield folder / "crm.sqlite"
    for path in (tmp_path, folder, folder / "crm.sqlite"):
        if path.exists() and not path.is_symlink():
            path.chmod(0o700 if path.is_dir() else 0o600)


@pytest.mark.parametrize("case", list(CASES))
def test_a_file_crm_desk_cannot_use_is_refused_in_a_sentence_and_left_as_it_was(
    place: Path, case: str
) -> None:
    make, sentence = CASES[case]
    path = make(place)
    root = place.parent.parent
    before = folder_state(root)
    with pytest.raises(DatabaseRefusedError) as error:
        open_workspace(path)
    assert sentence in str(error.value)
    assert str(error.value).endswith(".") and "\n" not in str(error.value)
    assert folder_state(root) == before  # bytes, times and permissions; no journal, no backup


@pytest.mark.parametrize(
    "case", ["a text file", "another program's file", "a read-only file", "a folder"]
)
def test_the_command_line_says_the_same_sentence_and_exits_non_zero(
    place: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make, sentence = CASES[case]
    path = make(place)
    before = folder_state(place.parent.parent)
    for argv in (["summary", "--db", str(path)], ["deals", "list", "--db", str(path)]):
        capsys.readouterr()
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert sentence in err and len(err.strip().splitlines()) == 1
        assert "Traceback" not in err
    assert folder_state(place.parent.parent) == before


def test_check_reads_an_older_file_without_migrating_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = old_database(tmp_path / "old.sqlite")
    before = folder_state(tmp_path)
    assert main(["check", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Schema revision: 0002" in out and "brought up to date the next time" in out
    assert folder_state(tmp_path) == before
    assert read_only_rows(path, "SELECT version_num FROM alembic_version") == [("0002",)]


def test_check_of_a_read_only_file_leaves_no_journal_files_behind(place: Path) -> None:
    path = _read_only(place)
    before = folder_state(place.parent)
    assert check_file(path).sound
    assert folder_state(place.parent) == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o400


def test_check_of_a_missing_file_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(tmp_path / "nothing.sqlite")]) == 1
    assert "There is no database at" in capsys.readouterr().err
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("case", ["a cut-off database", "another program's file", "a folder"])
def test_check_refuses_a_file_crm_desk_would_not_open(
    place: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make, sentence = CASES[case]
    path = make(place)
    before = folder_state(place.parent)
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert sentence in err and len(err.strip().splitlines()) == 1
    assert folder_state(place.parent) == before


def test_an_empty_file_and_an_empty_sqlite_file_become_crm_desk_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    blank = tmp_path / "blank.sqlite"
    conn = sqlite3.connect(blank)
    conn.execute("PRAGMA user_version = 5")  # an SQLite header, and not a single table
    conn.close()
    assert blank.read_bytes().startswith(b"SQLite format 3")
    for path in (empty, blank):
        workspace = open_workspace(path)
        assert workspace.services.settings.criteria  # seeded
        workspace.close()
        assert check_file(path).sound
