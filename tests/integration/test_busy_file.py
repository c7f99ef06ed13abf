"""A file another program keeps busy: CRM Desk waits, then says so in a sentence."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from crmdesk.app import open_workspace
from crmdesk.db import engine as db_engine
from crmdesk.domain.errors import DatabaseBusyError


def test_a_write_waits_for_another_writer_then_gives_up_in_a_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "busy.sqlite"
    workspace = open_workspace(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of a long change
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError) as error:
            workspace.services.deals.create("Chờ", 1, "VND")
        waited = time.monotonic() - started
        assert 0.25 < waited < 3
        assert str(error.value) == (
            "Another program kept the database busy for too long, so nothing was changed; "
            "try again in a moment."
        )
        assert workspace.services.board.totals()["lead"].count == 0  # reads still work meanwhile
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert workspace.services.deals.create("Xong", 1, "VND").title == "Xong"
    workspace.close()
