"""A database on a PostgreSQL server: URLs, libpq's password files, migrations under the
advisory lock, a newer schema refused, and every failure one sentence without the password."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from alembic import command
from sqlalchemy import Connection, insert, make_url, text

from crmdesk.app import open_workspace
from crmdesk.cli.main import main
from crmdesk.db.engine import make_engine
from crmdesk.db.migrate import alembic_config, current_revision, head_revision
from crmdesk.db.models import DealRow
from crmdesk.domain.errors import AmountTooLargeError, DatabaseRefusedError, StorageError
from tests import postgres_server
from tests.conftest import no_postgresql
from tests.postgres_server import PASSWORD, ROLE, Databases

ESCAPED = quote(PASSWORD, safe="")  # p%25ss%40w0rd
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def databases(postgres_databases: Databases) -> Databases:
    return postgres_databases


@pytest.fixture
def url(databases: Databases) -> str:
    made = databases.migrated()
    yield made  # type: ignore[misc]
    databases.drop(made)


@pytest.fixture
def empty_url(databases: Databases) -> str:
    made = databases.empty()
    yield made  # type: ignore[misc]
    databases.drop(made)


def _insert_deal(conn: Connection, title: str, value: int, currency: str = "VND") -> int:
    """A lead written in plain SQL (what the totals triggers see), without the services."""
    now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    return int(
        conn.execute(
            insert(DealRow.__table__).returning(DealRow.__table__.c.id),
            {
                "title": title,
                "stage": "lead",
                "value_minor": value,
                "currency": currency,
                "position": 1.0,
                "stage_entered_at": now,
                "last_touched_at": now,
                "created_at": now,
                "updated_at": now,
            },
        ).scalar_one()
    )


def _no_secret(*outputs: str) -> None:
    for output in outputs:
        assert PASSWORD not in output and ESCAPED not in output, output


def _one_sentence(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    capsys.readouterr()
    assert main(argv) == 1
    out, err = capsys.readouterr()
    _no_secret(out, err)
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_a_url_with_escaped_letters_in_the_password_reaches_the_server(
    empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert ESCAPED in empty_url  # %25 and %40: Alembic's parser would choke on them
    monkeypatch.chdir(tmp_path)
    assert main(["--db", empty_url, "demo", "--deals", "30", "--seed", "1"]) == 0
    assert main(["--db", empty_url, "summary"]) == 0
    out, err = capsys.readouterr()
    _no_secret(out, err)
    assert out.count(make_url(empty_url).database) == 2 and "Lead" in out  # demo, summary
    assert list(tmp_path.iterdir()) == []  # no SQLite file named after the URL
    engine = make_engine(empty_url)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_crmdesk_db_may_name_a_server(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CRMDESK_DB", url)
    assert main(["deals", "add", "--title", "Máy lọc nước – Quận 1", "--value", "1500000"]) == 0
    assert main(["deals", "list", "--json"]) == 0
    out, err = capsys.readouterr()
    _no_secret(out, err)
    assert "Máy lọc nước – Quận 1" in out
    assert list(tmp_path.iterdir()) == []


def test_the_password_may_come_from_pgpass(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = make_url(url)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{parsed.port}:*:{ROLE}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    bare = f"postgresql://{ROLE}@127.0.0.1:{parsed.port}/{parsed.database}"
    workspace = open_workspace(bare)
    assert workspace.services.board.totals() is not None
    workspace.close()


def test_a_service_file_names_the_server(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = make_url(url)
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[crmtest]\nhost=127.0.0.1\nport={parsed.port}\ndbname={parsed.database}\n"
        f"user={ROLE}\npassword={PASSWORD}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    workspace = open_workspace("postgresql://?service=crmtest")
    with workspace.engine.connect() as conn:
        assert conn.execute(text("SELECT current_database()")).scalar() == parsed.database
    workspace.close()


def test_the_kept_totals_follow_inserts_updates_and_deletes(url: str) -> None:
    workspace = open_workspace(url)
    with workspace.engine.begin() as conn:
        first = _insert_deal(conn, "Một", 1_000_000)
        _insert_deal(conn, "Hai", 2_500_000)
        _insert_deal(conn, "Three", 700, "USD")
    with workspace.engine.begin() as conn:
        conn.execute(text("UPDATE deals SET value_minor = 4000000 WHERE id = :id"), {"id": first})
        conn.execute(text("DELETE FROM deals WHERE title = 'Three'"))
        kept = conn.execute(
            text("SELECT stage, currency, count, value FROM deal_totals ORDER BY 1, 2")
        ).all()
        fresh = conn.execute(
            text(
                "SELECT stage, currency, count(*), sum(value_minor) FROM deals "
                "GROUP BY stage, currency ORDER BY 1, 2"
            )
        ).all()
    workspace.close()
    assert [tuple(r) for r in kept] == [tuple(r) for r in fresh] == [("lead", "VND", 2, 6_500_000)]


def test_the_amount_bound_is_a_sentence_on_the_server_too(url: str) -> None:
    workspace = open_workspace(url)
    with pytest.raises(AmountTooLargeError) as refused, workspace.engine.begin() as conn:
        _insert_deal(conn, "x", 10**15 + 1)
    with workspace.engine.begin() as conn:  # and a column's total past 2^62, likewise
        for n in range(4):
            _insert_deal(conn, f"big {n}", 10**15)
        conn.execute(text("UPDATE deal_totals SET value = 4611686018427387904"))
        with pytest.raises(AmountTooLargeError) as total:
            _insert_deal(conn, "one more", 1)
    workspace.close()
    assert "column's total" in str(total.value)
    assert "too large" in str(refused.value)


def test_migrations_run_down_and_up_again_on_the_server(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert current_revision(engine) is None
    engine.dispose()
    workspace = open_workspace(url)
    assert current_revision(workspace.engine) == head_revision()
    with workspace.engine.connect() as conn:
        command.check(alembic_config(conn))  # no drift between the models and the migrations
    workspace.close()


FIRST_START = """
import sys
from crmdesk.app import open_workspace
open_workspace(sys.argv[1]).close()
print("opened")
"""


def test_three_first_starts_at_once_on_an_empty_database_all_succeed(empty_url: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", FIRST_START, empty_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(3)
    ]
    results = [p.communicate(timeout=120) for p in starts]
    assert [p.returncode for p in starts] == [0, 0, 0], [err for _out, err in results]
    assert all(out.strip() == "opened" for out, _err in results)
    engine = make_engine(empty_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [
            head_revision()
        ]
        stages = conn.execute(text("SELECT count(*) FROM settings")).scalar()
    engine.dispose()
    reference = open_workspace(Path(os.environ.get("TMPDIR", "/tmp")) / f"ref-{os.getpid()}.db")
    with reference.engine.connect() as conn:
        assert stages == conn.execute(text("SELECT count(*) FROM settings")).scalar()  # once
    reference.close()


def test_a_schema_newer_than_the_program_is_refused_with_a_sentence(url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(DatabaseRefusedError) as refused:
        open_workspace(url)
    assert "newer version of CRM Desk" in str(refused.value) and "0099" in str(refused.value)
    err = _one_sentence(capsys, ["--db", url, "deals", "list"])
    assert "newer version" in err and make_url(url).database in err


def test_an_older_database_with_deals_says_what_to_back_up_before_upgrading(
    url: str, capsys
) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(url)
    with engine.begin() as conn:
        _insert_deal(conn, "Đơn hàng cũ", 3_000_000)
        command.downgrade(alembic_config(conn), "0008")
    engine.dispose()
    capsys.readouterr()
    assert main(["--db", url, "summary"]) == 0
    out, err = capsys.readouterr()
    _no_secret(out, err)
    parsed = make_url(url)
    [advice] = [line for line in err.splitlines() if "pg_dump" in line]
    assert f"--port={parsed.port}" in advice and f"--username={ROLE}" in advice
    assert advice.rstrip().endswith(str(parsed.database))
    engine = make_engine(url)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    assert main(["--db", url, "summary"]) == 0  # up to date: nothing more to say
    assert "pg_dump" not in capsys.readouterr().err


def test_a_wrong_password_is_one_sentence(url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    wrong = url.replace(ESCAPED, quote("not-" + PASSWORD, safe=""))
    err = _one_sentence(capsys, ["--db", wrong, "deals", "list"])
    assert "refused the password" in err and "not-" not in err
    with pytest.raises(StorageError):
        open_workspace(wrong)


def test_an_unknown_host_is_one_sentence(capsys) -> None:  # type: ignore[no-untyped-def]
    address = f"postgresql://{ROLE}:{ESCAPED}@no-such-host.invalid:5432/crmdesk"
    err = _one_sentence(capsys, ["--db", address, "summary"])
    assert "no-such-host.invalid" in err and "unknown" in err


def test_a_server_that_is_down_is_one_sentence(capsys) -> None:  # type: ignore[no-untyped-def]
    port = postgres_server._free_port()  # nobody listens there
    address = f"postgresql+psycopg://{ROLE}:{ESCAPED}@127.0.0.1:{port}/crmdesk"
    err = _one_sentence(capsys, ["--db", address, "summary"])
    assert "cannot be reached" in err and f"127.0.0.1:{port}" in err


def test_a_missing_database_is_one_sentence(url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    missing = url.rsplit("/", 1)[0] + "/no_such_database"
    err = _one_sentence(capsys, ["--db", missing, "summary"])
    assert "no database called no_such_database" in err and "createdb" in err


def test_a_role_without_rights_is_one_sentence(url: str, databases: Databases, capsys) -> None:  # type: ignore[no-untyped-def]
    databases.server.admin(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'visitor') THEN "
        "CREATE ROLE visitor LOGIN PASSWORD 'v1s1tor'; END IF; END $$"
    )
    parsed = make_url(url)
    visitor = f"postgresql://visitor:v1s1tor@127.0.0.1:{parsed.port}/{parsed.database}"
    err = _one_sentence(capsys, ["--db", visitor, "deals", "list"])
    assert "permission denied" in err and "visitor" in err and "v1s1tor" not in err


@pytest.fixture(scope="module")
def own_server() -> postgres_server.PostgresServer:
    reason = no_postgresql()
    if reason is not None:
        pytest.skip(reason)
    binaries = postgres_server.find_binaries()
    assert binaries is not None
    with postgres_server.running_server(binaries) as server:
        yield server  # type: ignore[misc]


def test_a_restarted_server_costs_a_reconnection_not_an_error(
    own_server: postgres_server.PostgresServer, capsys
) -> None:  # type: ignore[no-untyped-def]
    own_server.admin(f"CREATE DATABASE restarted OWNER {ROLE}")
    address = own_server.url("restarted", role=ROLE, password=PASSWORD)
    workspace = open_workspace(address)
    with workspace.engine.begin() as conn:
        _insert_deal(conn, "Trước", 1_000)
    own_server.stop()
    own_server.start()
    with workspace.engine.begin() as conn:  # pool_pre_ping: the old connection is replaced
        assert _insert_deal(conn, "Sau", 2_000)
    own_server.stop()
    with pytest.raises(StorageError) as down, workspace.engine.begin() as conn:
        _insert_deal(conn, "Không được", 3_000)
    own_server.start()
    workspace.close()
    assert "cannot be reached" in str(down.value)
    _no_secret(str(down.value))


def test_without_postgresql_the_tests_are_skipped_saying_why_in_one_line(tmp_path: Path) -> None:
    env = {**os.environ, postgres_server.BINARIES_ENV: str(tmp_path / "nowhere")}
    env.pop("PYTEST_XDIST_WORKER", None)
    chosen = [
        "tests/integration/test_postgresql_server.py::test_a_wrong_password_is_one_sentence",
        "tests/integration/test_postgresql_server.py::test_a_missing_database_is_one_sentence",
        "tests/integration/test_storage.py::test_search_follows_a_renamed_contact",
    ]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "-p",
         "no:xdist", *chosen],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:]
    assert "1 passed, 3 skipped" in result.stdout  # sqlite ran; both engines' postgresql skipped
    reasons = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(reasons) == 1 and "no PostgreSQL server programs" in reasons[0], reasons
    assert "postgresql tests skipped" in result.stdout.lower()  # the header says it too
