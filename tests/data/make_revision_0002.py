"""Make ``revision_0002.sqlite.gz``: a file as CRM Desk left it at schema revision 0002 (before
the deal totals of 0003, the index of 0004 and the application id of 0005), holding 300 demo
deals with their history, answers, activities and quotes, gzipped (about 220 KB).

Run from the checkout: ``.venv/bin/python tests/data/make_revision_0002.py``. The tests unpack
a copy and upgrade that; they never change the committed file.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command

from crmdesk.db.engine import make_engine, make_session_factory
from crmdesk.db.migrate import alembic_config
from crmdesk.db.seed import seed_defaults
from crmdesk.services.demo import generate_demo

TARGET = Path(__file__).with_name("revision_0002.sqlite")
PACKED = TARGET.with_name(TARGET.name + ".gz")
DEALS = 300


def main() -> None:
    """Write the file (replacing an earlier one)."""
    TARGET.unlink(missing_ok=True)
    engine = make_engine(TARGET)
    with engine.connect() as conn:
        command.upgrade(alembic_config(conn), "0002")
        conn.commit()
    factory = make_session_factory(engine)
    with factory() as session:
        seed_defaults(session)
        session.commit()
    generate_demo(factory, DEALS, 2002, datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE deals SET archived = 1 WHERE id % 40 = 0")  # a few archived
    engine.dispose()
    conn = sqlite3.connect(TARGET, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA page_size=1024")  # small pages: some fifty tables and indexes
    conn.execute("VACUUM")
    conn.execute("PRAGMA journal_mode=WAL")  # as CRM Desk leaves its files
    conn.close()
    with (
        TARGET.open("rb") as source,
        PACKED.open("wb") as out,
        gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as packed,
    ):
        shutil.copyfileobj(source, packed)
    TARGET.unlink()
    print(f"{PACKED}: {PACKED.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
