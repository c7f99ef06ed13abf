"""Many rows written at once (an import, the demo): batched inserts whose ids the database gives.

A row's id is never guessed from ``max(id) + 1`` or ``sqlite_sequence``: another writer could
take it first. Instead :meth:`BulkWriter.add` returns a :class:`Ref`, which a later row puts
where the id goes (``{"deal_id": deal}``); :meth:`BulkWriter.flush` inserts the tables parents
first with ``INSERT … RETURNING id`` (``sort_by_parameter_order``, so the ids come back in the
order of the rows, on SQLite as on PostgreSQL) and fills each reference in before its children
are written. Rows nothing refers to (:meth:`BulkWriter.add_leaf`) are plain batched inserts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

Row = dict[str, Any]


class Ref:
    """The id a row gets once written (``None`` until then)."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None

    def __repr__(self) -> str:
        return f"Ref({self.id})"


class BulkWriter:
    """Rows collected in memory, inserted table by table (in the order given: parents first)
    in batches of ``batch`` rows, in the session's transaction."""

    def __init__(self, session: Session, tables: Sequence[Table], batch: int = 2_000) -> None:
        self.session = session
        self.tables = list(tables)
        self.batch = batch
        self._rows: dict[str, list[tuple[Ref, Row]]] = {t.name: [] for t in self.tables}
        self._leaves: dict[str, list[Row]] = {t.name: [] for t in self.tables}
        self._references = {t.name: [c.name for c in t.columns if c.foreign_keys] for t in tables}
        self.written: dict[str, int] = {t.name: 0 for t in self.tables}

    def add(self, table: str, row: Row, ref: Ref | None = None) -> Ref:
        """Queue a row whose id others refer to; returns (or fills in) its reference."""
        ref = ref or Ref()
        self._rows[table].append((ref, row))
        return ref

    def add_leaf(self, table: str, row: Row) -> None:
        """Queue a row nothing refers to (its id is not read back)."""
        self._leaves[table].append(row)

    def pending(self, table: str) -> int:
        """Rows of ``table`` not written yet."""
        return len(self._rows[table]) + len(self._leaves[table])

    def flush(self) -> None:
        """Write every queued row, parents first; afterwards every reference has its id."""
        for table in self.tables:
            name = table.name
            with_ids, leaves = self._rows[name], self._leaves[name]
            columns = self._references[name]
            for _ref, row in with_ids:
                _resolve(row, columns)
            for row in leaves:
                _resolve(row, columns)
            returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            for start in range(0, len(with_ids), self.batch):
                chunk = with_ids[start : start + self.batch]
                result = self.session.execute(returning, [row for _ref, row in chunk])
                for (ref, _row), (new_id,) in zip(chunk, result, strict=True):
                    ref.id = new_id
            for start in range(0, len(leaves), self.batch):
                self.session.execute(insert(table), leaves[start : start + self.batch])
            self.written[name] += len(with_ids) + len(leaves)
            with_ids.clear()
            leaves.clear()


def _resolve(row: Row, columns: list[str]) -> None:
    """Put the ids of already written rows where their references are."""
    for column in columns:
        value = row.get(column)
        if type(value) is Ref:
            if value.id is None:
                raise RuntimeError(f"{column} refers to a row that is not written yet")
            row[column] = value.id
