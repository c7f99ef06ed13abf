"""The re-score's anchor: the services' own score UPDATE, as the SQLite driver receives it, run
over every deal with plain ``sqlite3``.

The statement is captured from the driver while ``crmdesk.db.score_queries.recompute_scores``
runs over an empty id range (rolled back), so the anchor follows the implementation: whatever
SQL the services re-score with, the anchor runs the same text with the same parameters, in one
statement over every deal and without our layers.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crmdesk.bench.timing import BenchError

_LO, _HI = -987_654_321, -987_654_320  # an empty id range no deal has
_PREFIX = "UPDATE DEALS SET SCORE"


@dataclass(frozen=True, slots=True)
class RescoreStatement:
    """The score UPDATE and its parameters, the id range left open."""

    sql: str
    params: tuple[Any, ...]

    def over(self, lo: int, hi: int) -> tuple[Any, ...]:
        """The parameters for the deals with ``lo <= id < hi``."""
        ends = {_LO: lo, _HI: hi}
        return tuple(ends.get(p, p) if type(p) is int else p for p in self.params)

    def run(self, conn: sqlite3.Connection) -> int:
        """Re-score every deal of ``conn``'s file in one statement (not committed); returns how
        many scores changed."""
        (bound,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM deals").fetchone()
        return conn.execute(self.sql, self.over(0, int(bound))).rowcount

    def save(self, path: Path) -> None:
        """Write it as JSON (for a child process)."""
        path.write_text(json.dumps({"sql": self.sql, "params": list(self.params)}), "utf-8")

    @classmethod
    def load(cls, path: Path) -> RescoreStatement:
        """Read what :meth:`save` wrote."""
        data = json.loads(path.read_text("utf-8"))
        return cls(data["sql"], tuple(data["params"]))


def capture(target: Path, now: datetime | None = None) -> RescoreStatement:
    """The statement ``recompute_scores`` sends to SQLite for the file ``target`` at ``now``
    (the present when None)."""
    from sqlalchemy import event

    from crmdesk.app import open_workspace
    from crmdesk.db.score_queries import recompute_scores
    from crmdesk.services.settings import read_scoring_config

    workspace = open_workspace(target)
    seen: list[tuple[str, Any]] = []

    def listen(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        if " ".join(sql.split()).upper().startswith(_PREFIX):
            seen.append((sql, params))

    event.listen(workspace.engine, "before_cursor_execute", listen)
    try:
        with workspace.services.context.session_factory() as session:
            config = read_scoring_config(session)
            recompute_scores(session, config, now or datetime.now(UTC), ids=(_LO, _HI))
            session.rollback()
    finally:
        event.remove(workspace.engine, "before_cursor_execute", listen)
        workspace.close()
    if not seen or isinstance(seen[-1][1], dict):
        raise BenchError(
            "recompute_scores sent no positional UPDATE of deals' scores: "
            "crmdesk/bench/anchors/scores.py must learn the new statement"
        )
    sql, params = seen[-1]
    if _LO not in params or _HI not in params:
        raise BenchError("the score UPDATE no longer takes an id range (lo, hi)")
    return RescoreStatement(sql, tuple(params))
