"""A database on a PostgreSQL server: its name without the password, its errors as sentences,
the migration lock and what to back up.

The password of a URL is never shown: :func:`display_name` hides it (or shows only the host and
the database), and every sentence here names the server, the database and the role, never the
password. libpq's own means work as they do for ``psql``: a URL without a password reads
``~/.pgpass`` (or ``PGPASSFILE``), ``?service=NAME`` reads ``pg_service.conf`` (or
``PGSERVICEFILE``), and ``PG*``
variables fill what the URL leaves out.
"""

from __future__ import annotations

import os
import shlex
from datetime import UTC, datetime

from sqlalchemy import URL, Connection, make_url, text
from sqlalchemy.exc import ArgumentError

from crmdesk.domain.errors import QT_TRANSLATE_NOOP, DatabaseRefusedError, DomainError, StorageError

# pg_advisory_xact_lock's key for migrations: "CRMD" (one fixed key, every CRM Desk agrees).
MIGRATION_LOCK = 0x43524D44
CONNECT_TIMEOUT_S = 10


def is_url(target: str | os.PathLike[str]) -> bool:
    """True for a database URL (``postgresql://…``, ``postgresql+psycopg://…``, ``sqlite://…``)
    rather than a file's path."""
    return "://" in os.fspath(target)


def server_url(target: str | URL) -> URL:
    """The SQLAlchemy URL of a PostgreSQL address, with psycopg 3 as its driver (the one
    installed with CRM Desk) when the address names none."""
    url = make_url(target) if isinstance(target, str) else target
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def without_password(target: str) -> str:
    """The address without its password, to be remembered (libpq's ``~/.pgpass`` supplies the
    password when it is opened again)."""
    try:
        url = make_url(target)
    except (ArgumentError, ValueError):  # not an address SQLAlchemy reads: nothing is kept
        return ""
    return url._replace(password=None).render_as_string(hide_password=False)


def _host(url: URL) -> str:
    host = url.host or str(url.query.get("host", "") or "") or os.environ.get("PGHOST", "")
    port = url.port or url.query.get("port")
    where = host or "localhost"
    return f"{where}:{port}" if port else where


def display_name(target: str | os.PathLike[str] | URL) -> str:
    """How to name the database to the user: a file's path, or ``host:port/database`` for a
    server (never its role's password), the same in every language."""
    if isinstance(target, URL):
        url = target
    elif not is_url(target):
        return os.fspath(target)
    else:
        try:
            url = make_url(os.fspath(target))
        except (ArgumentError, ValueError):  # unreadable: show nothing of it but its kind
            return os.fspath(target).split("://", 1)[0] + "://…"
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    service = url.query.get("service")
    if not url.database and service:
        return f"service={service}"
    return f"{_host(url)}/{url.database or ''}"


def dump_command(url: URL) -> str:
    """The ``pg_dump`` command line that keeps a copy of the database (without its password:
    ``pg_dump`` asks for it, or reads ``~/.pgpass``)."""
    parts = ["pg_dump"]
    host = url.host or url.query.get("host")
    if host:
        parts.append(f"--host={host}")
    port = url.port or url.query.get("port")
    if port:
        parts.append(f"--port={port}")
    if url.username:
        parts.append(f"--username={url.username}")
    name = url.database or "crmdesk"
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    parts += ["--format=custom", f"--file={name}-{stamp}.dump", name]
    return " ".join(shlex.quote(str(p)) for p in parts)


def lock_migrations(conn: Connection) -> None:
    """Hold the migration lock until the transaction ends: one migrator at a time on a server."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def has_data(conn: Connection) -> bool:
    """True when the database holds deals (a backup would keep something)."""
    return bool(conn.execute(text("SELECT EXISTS (SELECT 1 FROM deals)")).scalar())


def backup_advice(url: URL) -> DomainError:
    """The sentence said before an older database on a server is upgraded."""
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Upgrading {database} to this version's schema in one transaction (a failure changes nothing); to keep a copy as it was, stop and back it up first with: {command}",  # noqa: E501
        ),
        database=display_name(url),
        command=dump_command(url),
    )


def bad_address(target: str) -> DatabaseRefusedError:
    """The refusal of an address that names no database CRM Desk can open."""
    return DatabaseRefusedError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{address}” is not an address CRM Desk can open: give a file's path, or a PostgreSQL address such as postgresql://ROLE@HOST/DATABASE.",  # noqa: E501
        ),
        address=display_name(target),
    )


def newer_schema(url: URL, revision: str) -> DatabaseRefusedError:
    """The refusal of a database that a newer version of CRM Desk has upgraded."""
    return DatabaseRefusedError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database {database} was upgraded by a newer version of CRM Desk (its schema is {revision}), so this version left it as it is; install the newer version to use it.",  # noqa: E501
        ),
        database=display_name(url),
        revision=revision,
    )


def _who(url: URL) -> dict[str, object]:
    return {
        "name": url.database or str(url.query.get("service", "") or "?"),
        "role": url.username or os.environ.get("PGUSER", "") or "?",
        "host": _host(url),
    }


def sentence_for_server(error: BaseException, url: URL) -> DomainError | None:
    """What to tell the user about a psycopg error, or ``None`` for one that is a bug."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    if not isinstance(error, psycopg.Error):
        return None
    text_ = str(error)
    state = getattr(error, "sqlstate", None) or ""
    who = _who(url)
    if "password authentication failed" in text_ or state == "28P01":
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The server {host} refused the password of {role}, so CRM Desk could not open the database {name}; check the password (in the address, ~/.pgpass or PGPASSFILE).",  # noqa: E501
            ),
            **who,
        )
    if "no password supplied" in text_ or "password is required" in text_:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The server {host} asks a password for {role} and none was given; put it in ~/.pgpass (or PGPASSFILE) rather than in the address.",  # noqa: E501
            ),
            **who,
        )
    if "could not translate host name" in text_ or "Name or service not known" in text_:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There is no server called {host} (the name is unknown to this computer); check the address of the database {name}.",  # noqa: E501
            ),
            **who,
        )
    if state == "3D000" or ("database" in text_ and "does not exist" in text_):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The server {host} has no database called {name}; create it first (createdb {name}), or check its name.",  # noqa: E501
            ),
            **who,
        )
    if state == "28000" or "no pg_hba.conf entry" in text_:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The server {host} does not let {role} connect to the database {name} from this computer (its pg_hba.conf); ask the server's administrator.",  # noqa: E501
            ),
            **who,
        )
    if state == "42501" or "permission denied" in text_:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The role {role} may not do that in the database {name} on {host} (permission denied), so nothing was changed; ask the server's administrator for the rights.",  # noqa: E501
            ),
            **who,
        )
    if isinstance(error, psycopg.OperationalError):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The server {host} of the database {name} cannot be reached (it is down, restarting or the network is out), so nothing was changed; try again in a moment.",  # noqa: E501
            ),
            **who,
        )
    return None
