"""The folded search keys of the live deals, held in memory so a keystroke never scans the file.

A search over 100,000 deals must count and total every match on each keystroke; SQLite needs
about 35 ms just to read every key, even from a covering index. This index answers the same
question from memory. It is filled on the first search, patched from the change notices (deal
rows) and dropped when organizations or contacts change (their names, emails and phones are
part of the keys of their deals). Typing more of a search only narrows the previous matches.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.db import board_queries as q
from crmdesk.domain.enums import Stage
from crmdesk.services.context import ServiceContext
from crmdesk.services.notices import Change, OpChanges

GroupKey = tuple[str, str, Any, int | None]  # stage, currency, sub-stage, probability override


class SearchIndex:
    """Matches and totals for search terms, from memory, kept current by change notices."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._lock = threading.Lock()  # one filler at a time: the window's thread or the warmer
        self._stale_lock = threading.Lock()
        self._generation = 0  # bumped when every key may have changed
        self._filled_generation = -1
        self._slot: dict[int, int] = {}  # deal id -> its current slot
        self._ids: list[int] = []
        self._keys: list[str] = []  # "" in a dead slot: no term matches it
        self._groups: list[int] = []
        self._values: list[int] = []
        self._group_keys: list[GroupKey] = []
        self._group_index: dict[GroupKey, int] = {}
        self._stale: set[int] = set()
        self._last: tuple[list[str], list[int]] | None = None  # terms and their slots
        self._by_stage: tuple[list[int], dict[str, list[int]]] | None = None  # ids per stage
        self._counts: tuple[list[int], dict[str, int]] | None = None  # matches per stage
        ctx.subscribe(self._on_change)

    def _on_change(self, notice: OpChanges) -> None:
        if notice.touches(Change.PEOPLE):
            self._generation += 1
        elif notice.touches(Change.DEALS):
            with self._stale_lock:
                self._stale |= notice.deal_ids

    def warm(self) -> None:
        """Fill the index now (from any thread), so the first keystroke of a search is quick."""
        with self._lock, self._ctx.uow() as uow:
            self._ready(uow.session)

    # -- keeping it current -------------------------------------------------------------------

    def _ready(self, session: Session) -> None:
        if self._filled_generation != self._generation:
            generation = self._generation
            with self._stale_lock:
                self._stale = set()  # the rows read below are newer than any notice so far
            self._slot = {}
            self._ids, self._keys, self._groups, self._values = [], [], [], []
            self._store(q.search_rows(session))
            self._filled_generation = generation
            self._last = None
        if self._stale:
            with self._stale_lock:
                ids, self._stale = list(self._stale), set()
            for deal_id in ids:
                slot = self._slot.pop(deal_id, None)
                if slot is not None:
                    self._keys[slot] = ""
            self._store(q.search_rows(session, ids))
            self._last = None
            if len(self._ids) > 2 * len(self._slot) + 1000:
                self._compact()

    def _group(self, key: GroupKey) -> int:
        index = self._group_index.get(key)
        if index is None:
            index = self._group_index[key] = len(self._group_keys)
            self._group_keys.append(key)
        return index

    def _store(self, rows: Iterable[tuple[Any, ...]]) -> None:
        slot, ids, keys = self._slot, self._ids, self._keys
        groups, values, group = self._groups, self._values, self._group
        for deal_id, stage, currency, sub_stage, override, value, key in rows:
            slot[deal_id] = len(ids)
            ids.append(deal_id)
            keys.append(key or "")
            groups.append(group((str(stage), currency, sub_stage, override)))
            values.append(int(value or 0))

    def _compact(self) -> None:
        live = sorted(self._slot.values())
        self._ids = [self._ids[s] for s in live]
        self._keys = [self._keys[s] for s in live]
        self._groups = [self._groups[s] for s in live]
        self._values = [self._values[s] for s in live]
        self._slot = {deal_id: n for n, deal_id in enumerate(self._ids)}

    # -- answering ------------------------------------------------------------------------------

    def totals(
        self, session: Session, terms: list[str], stages: Collection[Stage] | None
    ) -> list[dict[str, Any]]:
        """Count and value per stage group of the deals matching every term."""
        with self._lock:
            self._ready(session)
            slots = self._search(terms)
        groups, values = self._groups, self._values
        counts = [0] * len(self._group_keys)
        sums = [0] * len(self._group_keys)
        for i in slots:
            g = groups[i]
            counts[g] += 1
            sums[g] += values[i]
        per_stage: dict[str, int] = {}
        for g, key in enumerate(self._group_keys):
            per_stage[key[0]] = per_stage.get(key[0], 0) + counts[g]
        self._counts = (slots, per_stage)
        wanted = None if stages is None else {Stage(s).value for s in stages}
        return [
            {
                "stage": key[0],
                "currency": key[1],
                "sub_stage": key[2],
                "probability_override": key[3],
                "count": counts[g],
                "value": sums[g],
            }
            for g, key in enumerate(self._group_keys)
            if counts[g] and (wanted is None or key[0] in wanted)
        ]

    def ids(self, session: Session, terms: list[str], stage: Stage, most: int) -> list[int] | None:
        """The deals of one stage matching every term; None when there are more than ``most``."""
        with self._lock:
            self._ready(session)
            slots = self._search(terms)
        counts = self._counts
        if counts is not None and counts[0] is slots and counts[1].get(stage.value, 0) > most:
            return None
        if self._by_stage is None or self._by_stage[0] is not slots:
            stage_of = [key[0] for key in self._group_keys]
            groups, ids = self._groups, self._ids
            split: dict[str, list[int]] = {}
            for i in slots:
                split.setdefault(stage_of[groups[i]], []).append(ids[i])
            self._by_stage = (slots, split)
        found = self._by_stage[1].get(Stage(stage).value, [])
        return found if len(found) <= most else None

    def _search(self, terms: list[str]) -> list[int]:
        if self._last is not None and self._last[0] == terms:
            return self._last[1]
        keys = self._keys
        if self._last is not None and _narrows(self._last[0], terms):
            slots, rest = self._last[1], [t for t in terms if t not in self._last[0]]
        else:
            slots, rest = [i for i, key in enumerate(keys) if terms[0] in key], terms[1:]
        for term in rest:
            slots = [i for i in slots if term in keys[i]]
        self._last = (list(terms), slots)
        return slots


def _narrows(before: list[str], after: list[str]) -> bool:
    """Whether every deal matching ``after`` also matches ``before``."""
    return all(any(old in new for new in after) for old in before)
