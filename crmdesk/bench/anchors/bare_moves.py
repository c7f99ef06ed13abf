"""The board's anchor for a move: plain ``sqlite3`` writing what the services write for a drop
(stage, position, stage history, the gate's answers), then the bare board showing both columns
again. The bench puts every moved deal back and deletes the rows it added."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from crmdesk.bench.anchors.bare_board import OPEN_STAGES, BareBoard, stored

GATE_INTO = {"prospect": "lead_prospect", "opportunity": "prospect_opportunity"}


class MovingBareBoard(BareBoard):
    """The bare board, with moves of leads and prospects that can be taken back."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(conn)
        self._moved: dict[int, tuple[Any, ...]] = {}  # deal id -> its row before the first move
        self._written: list[tuple[str, int]] = []  # (table, id) of the rows the moves added

    def move_to_top(self, deal_id: int, source: str, target: str) -> None:
        """Move a lead or prospect to the top of the other column as the services would
        (stage, position, stage history, the gate's answers), commit, and show both columns."""
        now = stored(datetime.now(UTC))
        conn = self.conn
        if deal_id not in self._moved:
            self._moved[deal_id] = conn.execute(
                "SELECT stage, position, stage_entered_at, updated_at, last_touched_at,"
                " sub_stage, probability_override FROM deals WHERE id = ?",
                (deal_id,),
            ).fetchone()
        (top,) = conn.execute(
            "SELECT min(position) FROM deals WHERE stage = ? AND archived = 0", (target,)
        ).fetchone()
        conn.execute(
            "UPDATE deals SET stage = ?, position = ?, stage_entered_at = ?, updated_at = ?,"
            " last_touched_at = max(last_touched_at, ?), sub_stage = NULL,"
            " probability_override = NULL WHERE id = ?",
            (target, (top if top is not None else 1.0) - 1.0, now, now, now, deal_id),
        )
        forward = OPEN_STAGES.index(target) > OPEN_STAGES.index(source)
        cursor = conn.execute(
            "INSERT INTO stage_history (deal_id, from_stage, to_stage, at, note, override_reason)"
            " VALUES (?, ?, ?, ?, ?, NULL)",
            (deal_id, source, target, now, None if forward else "Benchmark"),
        )
        self._written.append(("stage_history", int(cursor.lastrowid or 0)))
        if forward:
            criteria = conn.execute(
                "SELECT id FROM criteria WHERE gate = ? AND active", (GATE_INTO[target],)
            ).fetchall()
            for (criterion,) in criteria:
                cursor = conn.execute(
                    "INSERT INTO answers (deal_id, criterion_id, met, evidence, answered_at)"
                    " VALUES (?, ?, 1, NULL, ?)",
                    (deal_id, criterion, now),
                )
                self._written.append(("answers", int(cursor.lastrowid or 0)))
        conn.commit()
        self.load(stages=(source, target))

    def undo_moves(self) -> None:
        """Put the moved deals back as they were and delete the rows the moves added."""
        for deal_id, before in self._moved.items():
            self.conn.execute(
                "UPDATE deals SET stage = ?, position = ?, stage_entered_at = ?, updated_at = ?,"
                " last_touched_at = ?, sub_stage = ?, probability_override = ? WHERE id = ?",
                (*before, deal_id),
            )
        for table, row_id in reversed(self._written):
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        self.conn.commit()
        self._moved.clear()
        self._written.clear()
