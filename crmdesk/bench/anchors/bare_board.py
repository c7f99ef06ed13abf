"""The board's anchor: plain ``sqlite3`` and bare Qt widgets doing what the window does.

It reads the three columns' first pages (the columns a card shows, with the same joins and
order), their next actions and the column totals with plain ``sqlite3``, and shows each column
as a bare ``QListView`` over a ``QStringListModel`` under a label with its count and totals.
It reads the same tables and indexes the services read (the totals from ``deal_totals``, which
the schema's triggers keep), so a ratio to it measures what our layers add, not another
algorithm.

It imports nothing of CRM Desk, so it also runs as a script in a fresh interpreter, for the
start-up and memory anchors: ``python bare_board.py FILE.sqlite`` prints ``painted`` at the first
paint of the bare board, then ``rss MB``, and quits.

Search matches as the services do today, ``search_key LIKE '%word%'`` per folded word
(:func:`match_like`). When the services' search moves to FTS5, pass the raw FTS5 query as
``match`` (e.g. ``d.id IN (SELECT rowid FROM deals_fts WHERE deals_fts MATCH :q)``), so the anchor
keeps doing what the implementation does.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QListView,
    QMainWindow,
    QWidget,
)

OPEN_STAGES = ("lead", "prospect", "opportunity")
STAGES = (*OPEN_STAGES, "won", "lost")
PAGE = 30  # the board's page (crmdesk.gui.board.column_model.PAGE_SIZE)
STORED = "%Y-%m-%d %H:%M:%S.%f"  # how the schema stores a UTC time

# Folded words -> an SQL condition on ``d`` (deals) and its named parameters.
Match = Callable[[Sequence[str]], tuple[str, dict[str, Any]]]

PAGE_SQL = """
SELECT d.id, d.title, d.stage, d.value_minor, d.currency, d.score, d.sub_stage,
       d.stage_entered_at, d.position, d.expected_close, o.name, c.full_name,
       CASE WHEN d.score >= :hot AND d.two_way THEN 'hot'
            WHEN d.score >= :warm THEN 'warm' ELSE 'cold' END,
       CASE d.stage WHEN 'won' THEN 100
            WHEN 'opportunity' THEN coalesce(d.probability_override, p.probability, 0)
            ELSE 0 END,
       d.last_touched_at < :cut AND (d.next_action_at IS NULL OR d.next_action_at <= :now),
       (SELECT count(DISTINCT q.number) FROM quotes AS q WHERE q.deal_id = d.id),
       (SELECT q.status FROM quotes AS q WHERE q.deal_id = d.id ORDER BY q.id DESC LIMIT 1)
FROM deals AS d
LEFT JOIN organizations AS o ON o.id = d.organization_id
LEFT JOIN contacts AS c ON c.id = d.contact_id
LEFT JOIN sub_stage_probabilities AS p ON p.sub_stage = d.sub_stage
WHERE d.stage = :stage AND d.archived = 0 {match}
ORDER BY d.position, d.id LIMIT :limit
"""
NEXT_SQL = """
SELECT deal_id, id, kind, subject, due_at FROM activities
WHERE deal_id IN ({ids}) AND done_at IS NULL AND due_at IS NOT NULL
ORDER BY deal_id, due_at, id
"""
KEPT_TOTALS_SQL = """
SELECT stage, currency, nullif(sub_stage, ''), nullif(probability_override, -1), count, value
FROM deal_totals WHERE archived = 0 AND count > 0
"""
MATCHED_TOTALS_SQL = """
SELECT d.stage, d.currency, d.sub_stage, d.probability_override, count(*), sum(d.value_minor)
FROM deals AS d WHERE d.archived = 0 {match}
GROUP BY d.stage, d.currency, d.sub_stage, d.probability_override
"""


def fold(text: str) -> list[str]:
    """Search text as folded words: no accents, ``đ`` as ``d``, no case."""
    decomposed = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "d")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.casefold().split()


def match_like(words: Sequence[str]) -> tuple[str, dict[str, Any]]:
    """The services' matching today: every word somewhere in the deal's folded search key."""
    escaped = [w.replace("/", "//").replace("%", "/%").replace("_", "/_") for w in words]
    sql = "".join(f" AND d.search_key LIKE :w{i} ESCAPE '/'" for i in range(len(words)))
    return sql, {f"w{i}": f"%{w}%" for i, w in enumerate(escaped)}


def connect(path: str) -> sqlite3.Connection:
    """The file opened as the program opens it (WAL, synchronous NORMAL, foreign keys)."""
    conn = sqlite3.connect(path, timeout=5)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def stored(moment: datetime) -> str:
    """A UTC time as the schema stores it."""
    return moment.astimezone(UTC).strftime(STORED)


class BareBoard(QMainWindow):
    """Three bare list views and their totals over plain ``sqlite3``."""

    def __init__(self, conn: sqlite3.Connection, match: Match = match_like) -> None:
        super().__init__()
        self.conn = conn
        self.match = match
        self.words: list[str] = []
        self.rows: dict[str, list[tuple[Any, ...]]] = {s: [] for s in OPEN_STAGES}
        self.models = {s: QStringListModel() for s in OPEN_STAGES}
        self.views = {s: QListView() for s in OPEN_STAGES}
        self.labels = {s: QLabel() for s in STAGES}
        self.totals: dict[str, tuple[int, dict[str, int]]] = {}  # stage -> count, value by currency
        grid = QGridLayout()
        for column, stage in enumerate(OPEN_STAGES):
            self.views[stage].setModel(self.models[stage])
            grid.addWidget(self.labels[stage], 0, column)
            grid.addWidget(self.views[stage], 1, column)
        grid.addWidget(self.labels["won"], 2, 0)
        grid.addWidget(self.labels["lost"], 2, 1)
        body = QWidget()
        body.setLayout(grid)
        self.setCentralWidget(body)

    # -- reading ---------------------------------------------------------------------------------

    def load(self, words: Sequence[str] | None = None, stages: Iterable[str] = STAGES) -> None:
        """Read the first page of each column of ``stages`` and the totals, and show them."""
        if words is not None:
            self.words = list(words)
        wanted = tuple(stages)
        settings = dict(self.conn.execute("SELECT key, value FROM settings"))
        now = datetime.now(UTC)
        cond, params = self.match(self.words) if self.words else ("", {})
        for stage in (s for s in OPEN_STAGES if s in wanted):
            days = json.loads(settings[f"stale.{stage}_days"])
            values = {
                **params,
                "stage": stage,
                "limit": PAGE,
                "hot": json.loads(settings["scoring.hot_at"]),
                "warm": json.loads(settings["scoring.warm_at"]),
                "now": stored(now),
                "cut": stored(now - timedelta(days=days)),
            }
            page = self.conn.execute(PAGE_SQL.format(match=cond), values).fetchall()
            ids = [r[0] for r in page]
            nexts: dict[int, tuple[Any, ...]] = {}
            if ids:
                sql = NEXT_SQL.format(ids=",".join("?" * len(ids)))
                for row in self.conn.execute(sql, ids):
                    nexts.setdefault(row[0], row)
            self.rows[stage] = page
            self.models[stage].setStringList([self._line(r, nexts.get(r[0])) for r in page])
        self._show_totals(wanted, cond, params)

    def _show_totals(self, stages: Sequence[str], cond: str, params: dict[str, Any]) -> None:
        probability = dict(
            self.conn.execute("SELECT sub_stage, probability FROM sub_stage_probabilities")
        )
        if cond:
            rows = self.conn.execute(MATCHED_TOTALS_SQL.format(match=cond), params)
        else:
            rows = self.conn.execute(KEPT_TOTALS_SQL)
        count = dict.fromkeys(stages, 0)
        value: dict[str, dict[str, int]] = {s: {} for s in stages}
        weighted: dict[str, dict[str, int]] = {s: {} for s in stages}
        for stage, currency, sub, override, n, total in rows:
            if stage not in count:
                continue
            if stage == "won":
                chance = 100
            elif stage == "opportunity":
                chance = override if override is not None else probability.get(sub, 0)
            else:
                chance = 0
            count[stage] += n
            value[stage][currency] = value[stage].get(currency, 0) + (total or 0)
            w = weighted[stage]
            w[currency] = w.get(currency, 0) + (total or 0) * chance // 100
        for stage in stages:
            sums = " + ".join(f"{v:,} {c}" for c, v in sorted(value[stage].items()))
            weights = " + ".join(f"{v:,} {c}" for c, v in sorted(weighted[stage].items()))
            self.labels[stage].setText(f"{stage} {count[stage]:,} · {sums} ({weights})")
            self.totals[stage] = (count[stage], value[stage])

    @staticmethod
    def _line(row: tuple[Any, ...], next_action: tuple[Any, ...] | None) -> str:
        _id, title, _stage, value, currency, score, *_rest = row
        organization, contact, temperature = row[10], row[11], row[12]
        todo = f" · {next_action[3]}" if next_action else ""
        who = " · ".join(x for x in (organization, contact) if x)
        return f"{title} · {who} · {value:,} {currency} · {score} {temperature}{todo}"


class FirstPaint(QObject):
    """Calls back at the first paint of a widget: install it on the widget's viewport."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Call back once, at the first paint."""
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            then()
        return False


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def script_command(path: object) -> list[str]:
    """The command that runs this module as a script (importing nothing of CRM Desk) on a file."""
    return [sys.executable, __file__, str(path)]


def main(argv: list[str]) -> int:
    """In a fresh interpreter: the bare board on ``argv[1]``, ``painted`` at its first paint,
    then the process's resident memory (``rss MB``)."""
    app = QApplication(argv[:1])
    board = BareBoard(connect(argv[1]))
    board.load()

    def painted() -> None:
        print("painted", flush=True)
        QApplication.processEvents()
        print(f"rss {_rss_mb():.2f}", flush=True)
        app.exit(0)

    watcher = FirstPaint(painted)
    board.views["opportunity"].viewport().installEventFilter(watcher)
    board.resize(1440, 900)
    board.show()
    code = app.exec()
    del watcher
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
