"""Migrations: one transaction each, older files upgraded whole, backups that are never lost."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from crmdesk.app import open_workspace
from crmdesk.db import migrate
from crmdesk.db.check import check_file
from crmdesk.db.guard import APPLICATION_ID
from crmdesk.db.migrate import BACKUPS_KEPT, head_revision
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import DatabaseRefusedError
from tests.storage_files import folder_state, old_database, read_only_rows

COUNTS = (
    "SELECT (SELECT count(*) FROM deals), (SELECT count(*) FROM stage_history), "
    "(SELECT count(*) FROM activities), (SELECT count(*) FROM quotes), "
    "(SELECT count(*) FROM organizations), (SELECT count(*) FROM contacts)"
)


def _backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".*.bak"))


def test_an_older_file_with_300_deals_is_upgraded_keeping_every_row(tmp_path: Path) -> None:
    path = old_database(tmp_path / "old.sqlite")
    before = read_only_rows(path, COUNTS)
    assert before[0][0] == 300
    assert read_only_rows(path, "SELECT version_num FROM alembic_version") == [("0002",)]

    workspace = open_workspace(path)
    try:
        with workspace.engine.connect() as conn:
            assert conn.execute(text(COUNTS)).fetchall() == before
            assert conn.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
            kept = conn.execute(
                text("SELECT stage, currency, sum(count), sum(value) FROM deal_totals "
                     "WHERE archived = 0 GROUP BY stage, currency ORDER BY 1, 2")
            ).fetchall()  # fmt: skip
            summed = conn.execute(
                text("SELECT stage, currency, count(*), sum(value_minor) FROM deals "
                     "WHERE archived = 0 GROUP BY stage, currency ORDER BY 1, 2")
            ).fetchall()  # fmt: skip
        assert kept == summed
        totals = workspace.services.board.totals()
        assert sum(t.count for t in totals.values()) == sum(r[2] for r in summed)
        assert totals[Stage.LEAD].count > 0
    finally:
        workspace.close()
    [backup] = _backups(path)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert read_only_rows(backup, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert read_only_rows(backup, COUNTS) == before
    report = check_file(path)
    assert report.sound and report.revision == head_revision()


def _failing_upgrade(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every migration step runs, then the process 'fails' before the commit."""
    real = migrate.command.upgrade

    def upgrade_then_fail(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrate.command, "upgrade", upgrade_then_fail)


def test_a_failed_upgrade_leaves_the_file_as_it_was_with_one_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = old_database(tmp_path / "old.sqlite")
    original = path.read_bytes()
    _failing_upgrade(monkeypatch)
    for _attempt in range(BACKUPS_KEPT + 2):
        with pytest.raises(RuntimeError, match="power cut"):
            open_workspace(path)
        assert read_only_rows(path, "SELECT version_num FROM alembic_version") == [("0002",)]
        tables = {r[0] for r in read_only_rows(path, "SELECT name FROM sqlite_master")}
        assert "deal_totals" not in tables and "ix_activities_signal" not in tables
    [backup] = _backups(path)  # the same copy is never made twice, and never rotated out
    monkeypatch.undo()
    open_workspace(path).close()
    assert _backups(path) == [backup]
    restored = tmp_path / "restored.sqlite"
    restored.write_bytes(original)
    assert read_only_rows(backup, COUNTS) == read_only_rows(restored, COUNTS)


def test_old_backups_are_pruned_only_after_a_successful_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = old_database(tmp_path / "old.sqlite")
    older = []
    for day in range(1, BACKUPS_KEPT + 1):  # backups of earlier upgrades, different files
        copy = path.with_name(f"{path.name}.202601{day:02d}-120000.bak")
        copy.write_bytes(f"an earlier backup {day}".encode())
        older.append(copy)
    _failing_upgrade(monkeypatch)
    for _attempt in range(3):
        with pytest.raises(RuntimeError):
            open_workspace(path)
    assert all(p.exists() for p in older)  # failed attempts delete nothing
    assert len(_backups(path)) == BACKUPS_KEPT + 1
    monkeypatch.undo()
    open_workspace(path).close()
    kept = _backups(path)
    assert len(kept) == BACKUPS_KEPT
    assert older[0] not in kept and kept[-1] not in older  # the newest backup is the good one
    assert read_only_rows(kept[-1], "SELECT version_num FROM alembic_version") == [("0002",)]


def test_a_file_of_a_newer_version_is_refused_and_left_alone_with_no_backup(
    tmp_path: Path,
) -> None:
    path = tmp_path / "newer.sqlite"
    open_workspace(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    before = folder_state(tmp_path)
    with pytest.raises(DatabaseRefusedError) as error:
        open_workspace(path)
    assert "newer version of CRM Desk" in str(error.value) and "0099" in str(error.value)
    with pytest.raises(DatabaseRefusedError):
        check_file(path)
    assert folder_state(tmp_path) == before
    assert _backups(path) == []


@pytest.mark.parametrize(
    "name", ["thư mục có dấu/Mới 100%.sqlite", "cũ.sqlite", "100%25 %(x)s/a%b.sqlite"]
)
def test_a_new_file_at_a_path_with_vietnamese_letters_or_percent_signs_is_created_there(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    workspace = open_workspace(path)
    workspace.services.deals.create("Đơn hàng đầu tiên", 1_000_000, "VND")
    workspace.close()
    assert path.exists()
    made = {p.name for p in path.parent.iterdir()}
    assert made <= {path.name, path.name + "-wal", path.name + "-shm"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("name", ["cũ.sqlite", "thư mục có dấu/Mới 100%.sqlite"])
def test_an_older_file_at_a_path_with_vietnamese_letters_is_upgraded_and_backed_up_beside_it(
    tmp_path: Path, name: str
) -> None:
    path = old_database(tmp_path / name)
    open_workspace(path).close()
    assert read_only_rows(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    [backup] = _backups(path)
    assert backup.name.startswith(path.name + ".")
    made = {p.name for p in path.parent.iterdir()}
    assert made <= {path.name, path.name + "-wal", path.name + "-shm", backup.name}
    assert not list(tmp_path.rglob("*%C5%A9*")) and not list(tmp_path.rglob("*%E1*"))
    assert read_only_rows(backup, "SELECT count(*) FROM deals") == [(300,)]


def test_backups_made_in_the_same_second_are_kept_apart_and_a_copy_is_never_made_twice(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite"
    workspace = open_workspace(path)
    moment = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    first = migrate.backup_copy(path, moment)
    workspace.services.deals.create("Thay đổi", 1, "VND")
    second = migrate.backup_copy(path, moment)
    again = migrate.backup_copy(path, moment)
    workspace.close()
    assert first.name == "crm.sqlite.20261102-090000.bak"
    assert second.name == "crm.sqlite.20261102-090000-2.bak"
    assert again == second and set(_backups(path)) == {first, second}
    assert read_only_rows(second, "SELECT count(*) FROM deals") == [(1,)]
