"""SQL that each engine spells its own way, compiled per dialect, so queries read the same.

Every construct here renders SQLite's spelling by default and PostgreSQL's on PostgreSQL
(``@compiles``); the queries that use them are written once.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import BigInteger, Select, String, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class json_ids(FunctionElement[Any]):
    """The rows of a JSON array of integers held in one parameter (column ``value``)."""

    name = "json_ids"
    inherit_cache = True
    type = BigInteger()


@compiles(json_ids)
def _json_ids_sqlite(element: json_ids, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_each({compiler.process(element.clauses, **kw)})"


@compiles(json_ids, "postgresql")
def _json_ids_postgresql(element: json_ids, compiler: SQLCompiler, **kw: Any) -> str:
    array = f"CAST({compiler.process(element.clauses, **kw)} AS json)"
    return (
        f"(SELECT CAST(value AS BIGINT) AS value FROM json_array_elements_text({array}) AS value)"
    )


def id_set(ids_json: Any) -> Select[Any]:
    """A subquery of the ids in a JSON array (any number of them in one parameter)."""
    values = json_ids(ids_json).table_valued("value")
    return select(values.c.value)


class binary(FunctionElement[Any]):
    """A text ordered by its code points on every engine (SQLite's own order; PostgreSQL's
    ``"C"`` collation, whatever the database's locale), so sorted lists read the same."""

    name = "binary"
    inherit_cache = True
    type = String()


@compiles(binary)
def _binary_sqlite(element: binary, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(next(iter(element.clauses)), **kw))


@compiles(binary, "postgresql")
def _binary_postgresql(element: binary, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({compiler.process(next(iter(element.clauses)), **kw)}) COLLATE "C"'


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class ascii_lower(FunctionElement[Any]):
    """A text with A–Z made a–z and every other letter kept, as SQLite's ``lower`` does
    (PostgreSQL's would also lower Đ, Ă…, and order titles differently)."""

    name = "ascii_lower"
    inherit_cache = True
    type = String()


@compiles(ascii_lower)
def _ascii_lower_sqlite(element: ascii_lower, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(ascii_lower, "postgresql")
def _ascii_lower_postgresql(element: ascii_lower, compiler: SQLCompiler, **kw: Any) -> str:
    text = compiler.process(element.clauses, **kw)
    return f"translate({text}, '{_UPPER}', '{_UPPER.lower()}')"


def serialize(session: Session, what: str) -> None:
    """Let one transaction at a time go past this point for ``what`` (e.g. numbering quotes)
    until it ends: SQLite's writer already holds the file's write lock; on PostgreSQL a
    transaction-level advisory lock keyed on ``what``."""
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(what.encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def ordered(key: Any, descending: bool = False) -> Any:
    """``key`` ascending with NULL first, or descending with NULL last: SQLite's own order,
    spelled out for PostgreSQL (which puts NULL last going up)."""
    return key.desc().nulls_last() if descending else key.asc().nulls_first()


def ascii_lowered(value: str) -> str:
    """``value`` with A–Z made a–z and every other letter kept (the Python twin of
    :class:`ascii_lower`, for the other side of a comparison)."""
    return "".join(c.lower() if c.isascii() else c for c in value)


def holds(column: Any, value: str) -> Any:
    """``column`` contains ``value``, A–Z and a–z alike and nothing else folded, on every
    engine (SQLite's ``LIKE`` ignores ASCII case only; PostgreSQL's ignores none)."""
    return ascii_lower(column).contains(ascii_lowered(value), autoescape=True)
