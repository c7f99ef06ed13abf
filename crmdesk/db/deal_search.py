"""Deal search in the database: every folded word of a search starts a word of the deal's key.

One API over both engines; the window holds no copy of the keys, and every client sees the
same index (a second window's new deal is found at once).

- SQLite: the FTS5 table ``deal_search`` (migration 0012) indexes ``deals.search_key`` (already
  folded: case, accents, ``đ`` → ``d``) as an external-content table, kept by triggers in the
  transaction of every write to deals; a search is ``"word"* "word"*`` (each a word prefix).
- PostgreSQL: a word-start regular expression per word on ``deals.search_key`` (a ``pg_trgm``
  GIN index on that column serves it).

Both cut a key into words the same way as :func:`crmdesk.domain.text.search_words`.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    literal,
    literal_column,
    select,
    table,
)
from sqlalchemy.orm import Session

from crmdesk.db.models import DealRow

FTS_TABLE = "deal_search"

# SQL of migration 0012 (SQLite): the index and the triggers that keep it.
SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_key, content='deals', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')",
    f"CREATE TRIGGER trg_deal_search_insert AFTER INSERT ON deals BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
    f"CREATE TRIGGER trg_deal_search_delete AFTER DELETE ON deals BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    f"CREATE TRIGGER trg_deal_search_update AFTER UPDATE OF search_key ON deals BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    f"INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS trg_deal_search_update",
    "DROP TRIGGER IF EXISTS trg_deal_search_delete",
    "DROP TRIGGER IF EXISTS trg_deal_search_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

_MATCH = "search_match"


def _term(i: int) -> str:
    return f"search_word_{i}"


def matching(dialect: str, words: int) -> ColumnElement[bool]:
    """Deals whose key has a word starting with each of ``words`` searched words; the values
    come from :func:`parameters` (for statements built once per shape)."""
    names = [_MATCH] if dialect == "sqlite" else [_term(i) for i in range(words)]
    return _clause(dialect, [bindparam(n) for n in names])


def parameters(dialect: str, words: list[str]) -> dict[str, Any]:
    """The values :func:`matching` takes for these (folded) words."""
    if dialect == "sqlite":
        return {_MATCH: _match(words)}
    return {_term(i): f"(^|[^[:alnum:]]){re.escape(w)}" for i, w in enumerate(words)}


def where(dialect: str, words: list[str]) -> ColumnElement[bool]:
    """:func:`matching` with the values of these words bound in."""
    values = parameters(dialect, words).values()
    return _clause(dialect, [literal(v) for v in values])


def _clause(dialect: str, values: list[ColumnElement[Any]]) -> ColumnElement[bool]:
    if dialect == "sqlite":
        found: Select[tuple[Any]] = (
            select(literal_column("rowid"))
            .select_from(table(FTS_TABLE))
            .where(literal_column(FTS_TABLE).op("MATCH")(values[0]))
        )
        return DealRow.id.in_(found.scalar_subquery())
    return and_(*(DealRow.search_key.op("~")(v) for v in values))


def few_matches(session: Session, words: list[str], most: int) -> list[int] | None:
    """The ids of every deal (archived ones too) matching ``words`` when there are at most
    ``most`` of them (SQLite); None when there are more, or on another engine."""
    if not words or session.get_bind().dialect.name != "sqlite":
        return None
    found: Select[tuple[Any]] = select(literal_column("rowid")).select_from(table(FTS_TABLE))
    found = found.where(literal_column(FTS_TABLE).op("MATCH")(literal(_match(words))))
    ids = list(session.scalars(found.limit(most + 1)))
    return ids if len(ids) <= most else None


def _match(words: list[str]) -> str:
    return " ".join(f'"{w}"*' for w in words)
