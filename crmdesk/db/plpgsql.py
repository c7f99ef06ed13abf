"""The PostgreSQL twins of the SQLite triggers of migrations 0003 and 0005.

SQLite writes a trigger's statements inline (``CREATE TRIGGER … BEGIN …; END``); PostgreSQL
runs a PL/pgSQL function per trigger (``<trigger>_fn``), here made from the same statements so
both engines keep the same totals. Two differences are translated: an upsert names the table's
own columns (``deal_totals.count``), and SQLite's ``SELECT RAISE(ABORT, 'TEXT') … WHERE …``
becomes ``IF EXISTS (SELECT … WHERE …) THEN RAISE EXCEPTION 'TEXT'``. The migrations' schema:
change it only together with a new migration.
"""

from __future__ import annotations

import re

_RAISE = re.compile(r"SELECT RAISE\(ABORT, '(\w+)'\)( FROM [^;]*)?;")


def _step(match: re.Match[str]) -> str:
    if match.group(2) is None:
        return f"RAISE EXCEPTION '{match.group(1)}';"
    return f"IF EXISTS (SELECT 1{match.group(2)}) THEN RAISE EXCEPTION '{match.group(1)}'; END IF;"


def translate(steps: str) -> str:
    """The statements of an SQLite trigger's body as PL/pgSQL."""
    steps = steps.replace(
        "count = count + excluded.count, value = value + excluded.value",
        "count = deal_totals.count + excluded.count, value = deal_totals.value + excluded.value",
    )
    return _RAISE.sub(_step, steps)


def create(name: str, body: str) -> list[str]:
    """The statements creating the PostgreSQL twin of ``CREATE TRIGGER name body`` (a row
    trigger: ``[BEFORE|AFTER] event ON table [WHEN condition] BEGIN steps END``)."""
    head, steps = body.split("BEGIN ", 1)
    head, _, condition = head.partition(" WHEN ")
    steps = translate(steps.strip().removesuffix("END").strip())
    result = "NEW" if head.startswith("BEFORE") else "NULL"
    when = f"WHEN ({condition.strip()}) " if condition else ""
    return [
        f"CREATE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {steps} RETURN {result}; END $$",
        f"CREATE TRIGGER {name} {head.strip()} FOR EACH ROW {when}EXECUTE FUNCTION {name}_fn()",
    ]


def drop(name: str, table: str = "deals") -> list[str]:
    """The statements removing a trigger made by :func:`create`."""
    return [f"DROP TRIGGER IF EXISTS {name} ON {table}", f"DROP FUNCTION IF EXISTS {name}_fn()"]


def create_statements(dialect: str, name: str, body: str) -> list[str]:
    """``CREATE TRIGGER name body`` on SQLite, its PL/pgSQL twin on PostgreSQL."""
    if dialect == "postgresql":
        return create(name, body)
    return [f"CREATE TRIGGER {name} {body}"]


def drop_statements(dialect: str, name: str) -> list[str]:
    """``DROP TRIGGER IF EXISTS name`` on SQLite, the trigger and its function on PostgreSQL."""
    if dialect == "postgresql":
        return drop(name)
    return [f"DROP TRIGGER IF EXISTS {name}"]
