"""Row snapshots of what a unit of work changed, and how to put rows back."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Table, and_, delete, insert, inspect, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import DERIVED_COLUMNS, VERSION_COLUMNS, Base
from crmdesk.db.versions import bumped, version_before
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, UndoConflictError

Row = dict[str, Any]

_TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row before and after an operation (``None`` when it did not exist)."""

    table: str
    key: tuple[Any, ...]
    before: Row | None
    after: Row | None


def _columns(obj: Any) -> list[tuple[str, str]]:
    mapper = inspect(obj).mapper
    return [(prop.key, prop.columns[0].key) for prop in mapper.column_attrs]


def _snapshot(obj: Any) -> Row:
    return {col: getattr(obj, attr) for attr, col in _columns(obj)}


def _previous(obj: Any, session: Session) -> Row:
    state = inspect(obj)
    row: Row = {}
    old_version = version_before(session, obj)
    for attr, col in _columns(obj):
        hist = state.attrs[attr].history
        if hist.deleted:
            row[col] = hist.deleted[0]
        elif hist.unchanged:
            row[col] = hist.unchanged[0]
        else:
            row[col] = getattr(obj, attr)
    if old_version is not None:
        row["version"] = old_version
    return row


def _key(obj: Any) -> tuple[str, tuple[Any, ...]]:
    state = inspect(obj)
    return state.mapper.local_table.name, tuple(
        state.identity or state.mapper.primary_key_from_instance(obj)
    )


class Journal:
    """Collects the row changes of one unit of work across all its flushes."""

    def __init__(self) -> None:
        self._changes: dict[tuple[str, tuple[Any, ...]], RowChange] = {}

    def record_flush(self, session: Session) -> None:
        """Record a flush; ``new``, ``dirty`` and ``deleted`` still show the pre-flush state."""
        for obj in session.new:
            self._merge(*_key(obj), None, _snapshot(obj))
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                self._merge(*_key(obj), _previous(obj, session), _snapshot(obj))
        for obj in session.deleted:
            self._merge(*_key(obj), _previous(obj, session), None)

    def _merge(
        self, table: str, key: tuple[Any, ...], before: Row | None, after: Row | None
    ) -> None:
        earlier = self._changes.get((table, key))
        if earlier is not None:
            before = earlier.before
        if before == after:
            self._changes.pop((table, key), None)
            return
        self._changes[(table, key)] = RowChange(table, key, before, after)

    def changes(self) -> tuple[RowChange, ...]:
        """All net changes, parents before children."""
        return tuple(sorted(self._changes.values(), key=lambda c: (_TABLE_ORDER[c.table], c.key)))


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _where(table: Table, key: tuple[Any, ...]) -> Any:
    return and_(*(col == value for col, value in zip(table.primary_key.columns, key, strict=True)))


def _current(session: Session, table: Table, key: tuple[Any, ...]) -> Row | None:
    """The row as it is, locked until the transaction ends (``FOR UPDATE``; SQLite's write
    lock already serialises), so nothing changes it between the check and the write."""
    query = select(table).where(_where(table, key)).with_for_update()
    row = session.execute(query).mappings().first()
    return dict(row) if row is not None else None


def _changed_columns(change: RowChange) -> list[str]:
    """The columns the step wrote: all of them for an insert or a delete."""
    before, after = change.before, change.after
    if before is None or after is None:
        return list((before or after or {}).keys())
    return [col for col in after if before.get(col) != after[col]]


# Describes the row that made an undo refuse ("minh moved this deal to Opportunity at 10:42").
Describe = Callable[[Session, str, Row], str]


def restore(
    session: Session,
    changes: tuple[RowChange, ...],
    *,
    to_before: bool,
    describe: Describe | None = None,
    written: Mapping[tuple[str, tuple[Any, ...]], int] | None = None,
) -> tuple[RowChange, ...]:
    """Put rows back to their ``before`` (undo) or ``after`` (redo) state.

    Only the columns the step changed are compared and written; derived columns (see
    ``DERIVED_COLUMNS``) are written but never compared, since they follow their sources and
    the caller recomputes them. Refuses, changing nothing, when a row is no longer as the
    operation left it.
    """
    plan = []
    for c in changes:
        table = _table(c.table)
        expected = c.after if to_before else c.before
        target = c.before if to_before else c.after
        columns = _changed_columns(c)
        derived = DERIVED_COLUMNS.get(c.table, frozenset())
        compared = [col for col in columns if col not in derived and col not in VERSION_COLUMNS]
        plan.append((table, c.key, expected, target, columns, compared))
    currents = []
    for table, key, expected, _target, columns, compared in plan:
        current = _current(session, table, key)
        currents.append(current)
        if expected is None:
            unchanged = current is None
        else:
            unchanged = current is not None and all(current[c] == expected[c] for c in compared)
            if unchanged and current is not None and "version" in columns:
                seen = (written or {}).get((table.name, key), expected["version"])
                unchanged = current["version"] == seen
        if not unchanged and current is not None and describe is not None:
            raise UndoConflictError(
                QT_TRANSLATE_NOOP("Messages", "This change cannot be undone: {change}."),
                change=describe(session, table.name, current),
            )
        if not unchanged:
            raise UndoConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This change cannot be undone because the record was changed since; the data is left as it is.",  # noqa: E501
                )
            )
    # Inserts parent-first, then updates, then deletes child-first: foreign keys hold throughout.
    for table, _key, expected, target, _columns, _compared in plan:
        if expected is None and target is not None:
            session.execute(insert(table).values(**target))
    stands = list(changes)
    for n, (table, key, expected, target, columns, _compared) in enumerate(plan):
        if expected is not None and target is not None:
            values = {col: target[col] for col in columns if col not in VERSION_COLUMNS}
            current = currents[n]
            edited = set(values) - DERIVED_COLUMNS.get(table.name, frozenset())
            if edited and current is not None and "version" in current:
                stamp = bumped(table, session, current["version"] + 1)
                values.update(stamp)
                stamped = {**target, **stamp}
                stands[n] = (
                    replace(stands[n], before=stamped)
                    if to_before
                    else replace(stands[n], after=stamped)
                )
            if values:
                session.execute(update(table).where(_where(table, key)).values(**values))
    for table, key, expected, target, _columns, _compared in reversed(plan):
        if expected is not None and target is None:
            session.execute(delete(table).where(_where(table, key)))
    return tuple(stands)
