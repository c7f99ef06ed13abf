"""A throwaway PostgreSQL server for the test session, from the distribution's packages.

``initdb`` and ``pg_ctl`` in a temporary folder, listening on 127.0.0.1 at a free port and on a
Unix socket in that folder; run as the ``postgres`` user when the tests run as root (PostgreSQL
refuses to run as root). Tuned for tests (no fsync). Each test gets a fresh database copied from
a template that is already migrated and seeded, so a test starts in milliseconds.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PASSWORD = "p%ss@w0rd"  # needs escaping in a URL: the tests prove the program does it right
ROLE = "crm"


BINARIES_ENV = "CRMDESK_TEST_PG_BIN"  # a folder holding initdb and pg_ctl, instead of searching


def find_binaries() -> Path | None:
    """The folder of the newest installed PostgreSQL server's programs, if any."""
    chosen = os.environ.get(BINARIES_ENV)
    if chosen is not None:
        return Path(chosen) if (Path(chosen) / "initdb").exists() else None
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    """A running server: where it listens and how to reach it as its superuser."""

    folder: Path
    port: int
    user: str  # the operating-system user the server runs as (its superuser's name)
    binaries: Path
    options: str

    def _pg_ctl(self, *args: str, check: bool = True) -> None:
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        command = [str(self.binaries / "pg_ctl"), "-D", str(self.folder / "data"), *args]
        subprocess.run(
            _as_server_user(self.user, command), check=check, capture_output=True, env=env
        )

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        self._pg_ctl("-o", self.options, "-l", str(self.folder / "log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        """Stop the server at once (as a crash or an administrator's restart would)."""
        self._pg_ctl("-m", "immediate", "-w", "stop", check=False)

    @property
    def socket_dir(self) -> str:
        """The folder of the server's Unix socket."""
        return str(self.folder / "socket")

    def url(self, database: str, *, role: str | None = None, password: str | None = None) -> str:
        """A SQLAlchemy URL over TCP (as ``role`` with ``password``) or the socket (superuser)."""
        from urllib.parse import quote

        if role is None:
            return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"
        secret = f":{quote(password, safe='')}" if password is not None else ""
        return f"postgresql+psycopg://{role}{secret}@127.0.0.1:{self.port}/{database}"

    def admin(self, *statements: str, database: str = "postgres") -> None:
        """Run statements as the superuser, outside any transaction."""
        import psycopg

        with psycopg.connect(
            host=self.socket_dir, port=self.port, user=self.user, dbname=database, autocommit=True
        ) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]


def _as_server_user(user: str, command: list[str]) -> list[str]:
    """``command`` run as the server's user: through ``runuser`` when the tests run as root."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", user, "--", *command]


@contextlib.contextmanager
def running_server(binaries: Path) -> Iterator[PostgresServer]:
    """Start a server for the duration of the block."""
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    folder = Path(tempfile.mkdtemp(prefix="crmdesk-pg-"))
    data, sockets = folder / "data", folder / "socket"
    sockets.mkdir()
    if os.geteuid() == 0:
        entry = pwd.getpwnam(user)
        for path in (folder, sockets):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run(
        _as_server_user(user, [str(binaries / "initdb"), "-D", str(data), "-U", user,
                               "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust", "--no-sync"]),
        check=True, capture_output=True, env=env,
    )  # fmt: skip
    with open(data / "pg_hba.conf", "w") as hba:
        hba.write(
            "local all all trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
            "host all all ::1/128 scram-sha-256\n"
        )
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sockets} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        "-c max_connections=200 -c shared_buffers=64MB"
    )
    server = PostgresServer(folder, port, user, binaries, options)
    server.start()
    try:
        server.admin(f"CREATE ROLE {ROLE} LOGIN CREATEDB PASSWORD '{PASSWORD}'")
        yield server
    finally:
        server.stop()
        time.sleep(0.1)
        shutil.rmtree(folder, ignore_errors=True)


TEMPLATE = "crm_template"


class Databases:
    """Fresh databases on one server, each a copy of a migrated and seeded template."""

    def __init__(self, server: PostgresServer) -> None:
        self.server = server
        self._count = 0
        self._template_ready = False

    def _name(self) -> str:
        self._count += 1
        return f"t_{os.getpid()}_{self._count}"

    def _template(self) -> None:
        if self._template_ready:
            return
        from crmdesk.app import open_workspace

        self.server.admin(f"CREATE DATABASE {TEMPLATE} OWNER {ROLE}")
        open_workspace(self.server.url(TEMPLATE, role=ROLE, password=PASSWORD)).close()
        self._template_ready = True

    def empty(self) -> str:
        """The URL of a new database without a single table (a first start)."""
        name = self._name()
        self.server.admin(f"CREATE DATABASE {name} OWNER {ROLE}")
        return self.server.url(name, role=ROLE, password=PASSWORD)

    def migrated(self) -> str:
        """The URL of a new database at the current schema, seeded with the defaults."""
        self._template()
        name = self._name()
        self.server.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} OWNER {ROLE}")
        return self.server.url(name, role=ROLE, password=PASSWORD)

    def drop(self, url: str) -> None:
        """Remove a database made here (closing what a test left connected)."""
        from sqlalchemy import make_url

        name = make_url(url).database
        self.server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
