"""Alembic environment: runs on the connection CRM Desk hands over, inside its transaction
(Alembic's own ``begin_transaction`` is then a no-op); a URL only for a developer's
``alembic`` command line."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from crmdesk.db.deal_search import FTS_TABLE
from crmdesk.db.models import Base

config = context.config
target_metadata = Base.metadata


def _include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Leave out what no ORM table describes: the FTS5 search index and its shadow tables."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=_include_name,
        transactional_ddl=True,  # real on SQLite too: see crmdesk.db.engine
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("alembic.ini names no sqlalchemy.url: pass a connection or set one.")
    engine = create_engine(url)
    with engine.connect() as conn:
        _run(conn)
