"""SQL that each engine spells its own way, compiled per dialect, so queries read the same.

Every construct here renders SQLite's spelling by default and PostgreSQL's on PostgreSQL
(``@compiles``); the queries that use them are written once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Select, select
from sqlalchemy.ext.compiler import compiles
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
