"""The Contacts list's figures, through the real list view and services, each beside
``anchors.bare_list`` replaying the same statements with plain ``sqlite3`` in a bare table:

- ``contacts_ready_ms``: the Contacts view built to the first paint of its table, its first page
  and its (capped) count read; median of five, each a new view;
- ``contacts_search_ms``: one keystroke of a search applied to the list (median over the
  keystrokes of ``SEARCH_TEXT``; the view's debounce left out, as the board's ``search_ms``).

The bench changes nothing in the file.
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path
from typing import Any

from crmdesk.bench.anchors.bare_list import Statement, is_read
from crmdesk.bench.registry import Bench, Figure, Group, Measured
from crmdesk.bench.timing import BenchError, median, since_ms

FIGURES = (Figure("contacts_ready_ms", 150), Figure("contacts_search_ms", 30))
SEARCH_TEXT = "nguyen van duc"
RUNS = 5
SIZE = (1440, 900)
PAINT_TIMEOUT_S = 30


def _stamp(painted: list[float]) -> None:
    painted.append(time.perf_counter())


def _wait_for(flag: list[float]) -> None:
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    while not flag and time.perf_counter() - start < PAINT_TIMEOUT_S:
        QApplication.processEvents()
    if not flag:
        raise BenchError(f"nothing was painted within {PAINT_TIMEOUT_S} s")


class _Recorder:
    """The read statements the engine sends to the driver, while ``on``."""

    def __init__(self) -> None:
        self.on = False
        self.seen: list[Statement] = []

    def __call__(self, _c: Any, _cur: Any, sql: str, params: Any, _x: Any, _m: bool) -> None:
        if self.on and is_read(sql):
            self.seen.append((sql, tuple(params or ())))

    def take(self) -> list[Statement]:
        """What was recorded since the last call."""
        seen, self.seen = self.seen, []
        return seen


def measure(bench: Bench) -> dict[str, Measured]:
    """Both figures through the real view, then both anchors on the statements it sent."""
    value, ready_sql, search_sql = _window(bench.path)
    anchor = _bare(bench.path, ready_sql, search_sql)
    return {f.key: Measured(value[f.key], anchor[f.key]) for f in FIGURES}


def _window(path: Path) -> tuple[dict[str, float], list[Statement], list[list[Statement]]]:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from crmdesk.app import open_workspace
    from crmdesk.bench.anchors.bare_board import FirstPaint
    from crmdesk.gui.application import qt_app
    from crmdesk.gui.lists.views import contacts_view
    from crmdesk.gui.notices import NoticeRelay
    from crmdesk.gui.snapshot import scratch_settings

    app = qt_app()
    workspace = open_workspace(path)
    recorder = _Recorder()
    event.listen(workspace.engine, "before_cursor_execute", recorder)
    notices = NoticeRelay(workspace.services)
    settings = scratch_settings()
    views: list[Any] = []
    try:
        runs, ready_sql = [], []
        for n in range(RUNS):
            painted: list[float] = []
            recorder.on = n == 0
            start = time.perf_counter()
            view = contacts_view(workspace.services, notices, None)  # type: ignore[arg-type]
            view.restore_view(settings)  # as the window's view stack does: the first page
            watcher = FirstPaint(partial(_stamp, painted))
            view.table.viewport().installEventFilter(watcher)
            view.resize(*SIZE)
            view.show()
            _wait_for(painted)
            runs.append((painted[0] - start) * 1000)
            views.append((view, watcher))
            if n == 0:
                ready_sql = recorder.take()
                recorder.on = False
        view = views[-1][0]
        times, search_sql = [], []
        recorder.on = True
        for i in range(1, len(SEARCH_TEXT) + 1):
            t = time.perf_counter()
            view.search.blockSignals(True)  # the debounce's timer left out
            view.search.setText(SEARCH_TEXT[:i])
            view.search.blockSignals(False)
            view.reload()
            app.processEvents()
            times.append(since_ms(t))
            search_sql.append(recorder.take())
        recorder.on = False
    finally:
        event.remove(workspace.engine, "before_cursor_execute", recorder)
        for v, _w in views:
            v.close()
            v.deleteLater()
        QApplication.processEvents()
        workspace.close()
    figures = {"contacts_ready_ms": median(runs), "contacts_search_ms": median(times)}
    return figures, ready_sql, search_sql


def _bare(
    path: Path, ready_sql: list[Statement], search_sql: list[list[Statement]]
) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from crmdesk.bench.anchors.bare_board import FirstPaint
    from crmdesk.bench.anchors.bare_list import BareList

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    runs: list[float] = []
    lists: list[Any] = []
    for _ in range(RUNS):
        painted: list[float] = []
        start = time.perf_counter()
        bare = BareList(str(path))
        bare.replay(ready_sql)
        watcher = FirstPaint(partial(_stamp, painted))
        bare.table.viewport().installEventFilter(watcher)
        bare.resize(*SIZE)
        bare.show()
        _wait_for(painted)
        runs.append((painted[0] - start) * 1000)
        lists.append((bare, watcher))
    bare = lists[-1][0]
    times = []
    for statements in search_sql:
        t = time.perf_counter()
        bare.replay(statements)
        app.processEvents()
        times.append(since_ms(t))
    for b, _w in lists:
        b.close()
        b.close_file()
        b.deleteLater()
    app.processEvents()
    return {"contacts_ready_ms": median(runs), "contacts_search_ms": median(times)}


GROUP = Group("contacts", FIGURES, measure)
