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


def find_binaries() -> Path | None:
    """The folder of the newest installed PostgreSQL server's programs, if any."""
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


def _as_server_user(user: str) -> dict[str, object]:
    if os.geteuid() != 0:
        return {}
    entry = pwd.getpwnam(user)

    def demote() -> None:
        os.setgid(entry.pw_gid)
        os.setuid(entry.pw_uid)

    return {"preexec_fn": demote}


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
    run = _as_server_user(user)
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run(
        [str(binaries / "initdb"), "-D", str(data), "-U", user, "-E", "UTF8",
         "--locale=C.UTF-8", "-A", "trust", "--no-sync"],
        check=True, capture_output=True, env=env, **run,  # type: ignore[arg-type]
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
    subprocess.run(
        [str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
         "-w", "-t", "60", "start"],
        check=True, capture_output=True, env=env, **run,  # type: ignore[arg-type]
    )  # fmt: skip
    server = PostgresServer(folder, port, user)
    try:
        server.admin(f"CREATE ROLE {ROLE} LOGIN CREATEDB PASSWORD '{PASSWORD}'")
        yield server
    finally:
        subprocess.run(
            [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True, env=env, **run,  # type: ignore[arg-type]
        )  # fmt: skip
        time.sleep(0.1)
        shutil.rmtree(folder, ignore_errors=True)
