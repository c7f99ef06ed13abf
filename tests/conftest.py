"""Shared fixtures: a real SQLite file per test, a controllable clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CRMDESK_LANG"] = "en"  # the suite reads English unless a test asks for Vietnamese

from crmdesk.app import Workspace, open_workspace
from crmdesk.db.models import VERSION_COLUMNS, Base
from crmdesk.services import Services


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite"


@pytest.fixture
def workspace(db_path: Path, clock: Clock) -> Iterator[Workspace]:
    ws = open_workspace(db_path, clock)
    yield ws
    ws.close()


@pytest.fixture
def services(workspace: Workspace) -> Services:
    return workspace.services


def dump(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, for comparing whole-database states.

    Without the version stamps (``version``, ``changed_by``, ``changed_at``): they only move
    forward, undo included (an undo is a change another client must not mistake for the state
    it saw), so a state put back is equal in everything else; tests/integration/test_versions.py
    checks the stamps themselves."""
    with engine.connect() as conn:
        return {
            table.name: [
                {k: v for k, v in r.items() if k not in VERSION_COLUMNS}
                for r in conn.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            ]
            for table in Base.metadata.sorted_tables
        }
