"""Shared fixtures: a real database per test (an SQLite file, or a fresh PostgreSQL database for
the tests in :data:`BOTH_ENGINES` folders, which run once per engine), a controllable clock."""

from __future__ import annotations

import os
import shutil
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
from crmdesk.services.score_jobs import DECAY_KEY
from tests import postgres_server

ENGINES = ("sqlite", "postgresql")
BOTH_ENGINES = ("integration", "e2e", "unit")  # folders whose database tests run on both
SQLITE_ONLY = "about the SQLite file itself (sqlite_only)"


def no_postgresql() -> str | None:
    """Why the PostgreSQL tests cannot run here, or ``None`` when they can."""
    if postgres_server.find_binaries() is None:
        return (
            "PostgreSQL tests skipped: no PostgreSQL server programs (initdb, pg_ctl) here; "
            "install Debian's postgresql package (make test does it when run as root)"
        )
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "PostgreSQL tests skipped: running as root without runuser to start the server"
    return None


def pytest_report_header() -> str:
    """One line saying whether the PostgreSQL half of the suite runs, and with which server."""
    reason = no_postgresql()
    return reason or f"postgresql: {postgres_server.find_binaries()}"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Database tests in the :data:`BOTH_ENGINES` folders run once per engine."""
    if "engine_name" not in metafunc.fixturenames:
        return
    folder = Path(metafunc.definition.path).relative_to(Path(__file__).parent).parts[0]
    if folder in BOTH_ENGINES:
        metafunc.parametrize("engine_name", ENGINES, ids=ENGINES, indirect=True, scope="module")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests about the SQLite file itself are skipped on PostgreSQL, saying so."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgresql = callspec is not None and callspec.params.get("engine_name") == ENGINES[1]
        if on_postgresql and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason=SQLITE_ONLY))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Every test skipped for want of PostgreSQL is reported at one place, so ``-rs`` folds
    them into one line (with their count) rather than one line per test."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    longrepr = report.longrepr
    if report.skipped and isinstance(longrepr, tuple) and "PostgreSQL tests skipped" in longrepr[2]:
        report.longrepr = ("tests/conftest.py", 0, longrepr[2])


@pytest.fixture(scope="module")
def engine_name(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: the engine the test's database is on."""
    return str(getattr(request, "param", ENGINES[0]))


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[postgres_server.Databases]:
    """A throwaway PostgreSQL server for the session (one per xdist worker)."""
    reason = no_postgresql()
    if reason is not None:
        pytest.skip(reason)  # reported once for all of them (pytest_runtest_makereport)
    binaries = postgres_server.find_binaries()
    assert binaries is not None
    with postgres_server.running_server(binaries) as server:
        yield postgres_server.Databases(server)


@pytest.fixture(scope="module")
def new_database(
    engine_name: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """Make databases on the test's engine: ``new_database()`` a migrated one (a file path or a
    URL), ``new_database(empty=True)`` one that holds nothing yet; dropped after the module."""
    made: list[str] = []
    databases = request.getfixturevalue("postgres_databases") if engine_name != "sqlite" else None

    def make(empty: bool = False) -> Path | str:
        if databases is None:
            return tmp_path_factory.mktemp("db") / "crm.sqlite"
        url = databases.empty() if empty else databases.migrated()
        made.append(url)
        return url

    yield make
    for url in made:
        assert databases is not None
        databases.drop(url)


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
def db_path(tmp_path: Path, engine_name: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """The test's database: a new SQLite file's path, or a fresh PostgreSQL database's URL."""
    if engine_name == "sqlite":
        yield tmp_path / "crm.sqlite"
        return
    databases: postgres_server.Databases = request.getfixturevalue("postgres_databases")
    url = databases.migrated()
    yield url
    databases.drop(url)


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
    checks the stamps themselves. Without the setting that records the day the background
    re-score last brought every score to (``decay.scored_on``): a re-score may finish at any
    moment and is no user's change; tests/integration/test_score_decay.py checks it."""
    with engine.connect() as conn:
        return {
            table.name: [
                {k: v for k, v in r.items() if k not in VERSION_COLUMNS}
                for r in conn.execute(select(table).order_by(*table.primary_key.columns)).mappings()
                if not (table.name == "settings" and r["key"] == DECAY_KEY)
            ]
            for table in Base.metadata.sorted_tables
        }
