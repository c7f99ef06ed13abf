"""The window's figures, through the real window and services, each beside the bare board of
``anchors.bare_board`` doing the same work on the same file in the same process:

- ``board_ready_ms``: the window built to the first paint of its columns, all totals read
  (anchor: three first pages and the totals with plain ``sqlite3`` in bare list views); median
  of five of each, each on a freshly opened file (the first also the first in the process);
- ``move_ms``: a card dropped on the next column, committed, both columns and the totals shown
  again (median of 21; anchor: UPDATE, stage history and gate answers, COMMIT, both pages and the
  totals read again);
- ``search_ms``: one keystroke of a search applied to the board (median over the keystrokes of
  ``SEARCH_TEXT``; anchor: matching totals per stage and one page per column);
- ``rss_mb``: this process's memory once the board is shown and the background jobs are done
  (anchor: a fresh interpreter showing the bare board over the same rows);
- ``rescore_blocked_ms`` and ``score_recompute_ms``: see :mod:`crmdesk.bench.rescore`.

Whatever the bench changes in the file (moves, a rule) it puts back before it ends.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crmdesk.bench.registry import Bench, Figure, Group, Measured
from crmdesk.bench.timing import BenchError, median, rss_mb, since_ms, time_to_line

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from crmdesk.app import Workspace
    from crmdesk.bench.anchors.scores import RescoreStatement
    from crmdesk.gui.dialogs.gate_dialog import GateDecision
    from crmdesk.gui.main_window import MainWindow
    from crmdesk.services.evidence import DealFacts

FIGURES = (
    Figure("board_ready_ms", 150),
    Figure("move_ms", 15),
    Figure("search_ms", 30),
    Figure("rss_mb", 200),
    Figure("rescore_blocked_ms", 50),
    Figure("score_recompute_ms"),
)
SEARCH_TEXT = "nguyen van duc"
MOVES = 21
BOARD_RUNS = 5
SIZE = (1440, 900)
PAINT_TIMEOUT_S = 30


class Yes:
    """Prompts that answer every gate with all criteria met, as fast as a user never is."""

    def gate(
        self, titles: Sequence[str], views: Sequence[Any], facts: DealFacts | None = None
    ) -> GateDecision:
        """Every criterion of every gate crossed is met."""
        from crmdesk.gui.dialogs.gate_dialog import GateDecision
        from crmdesk.services import AnswerInput

        keys = [c.key for v in views for c in v.criteria]
        return GateDecision({k: AnswerInput(True) for k in keys}, None)

    def backward(self, titles: Sequence[str], target: object) -> str:
        """The reason for going back."""
        return "Benchmark"

    def lost(self, titles: Sequence[str], reasons: Sequence[object]) -> tuple[str, None]:
        """The reason for losing."""
        return ("timing", None)


def _wait_for(flag: list[float]) -> None:
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    while not flag and time.perf_counter() - start < PAINT_TIMEOUT_S:
        QApplication.processEvents()
    if not flag:
        raise BenchError(f"nothing was painted within {PAINT_TIMEOUT_S} s")


def measure(bench: Bench) -> dict[str, Measured]:
    """Every figure of the window, then every anchor."""
    from crmdesk.bench.anchors.scores import capture

    value = _window(bench.path)
    statement = capture(bench.path)
    anchor = _bare(bench.path, statement)
    return {f.key: Measured(value[f.key], anchor[f.key]) for f in FIGURES}


def _open_window(path: Path) -> tuple[MainWindow, Workspace, float, QObject]:
    """A fresh workspace and window on the file: the window, its workspace, milliseconds from
    building it to its first paint, and the paint watcher."""
    from crmdesk.app import open_workspace
    from crmdesk.bench.anchors.bare_board import FirstPaint
    from crmdesk.domain.enums import Stage
    from crmdesk.gui.main_window import MainWindow
    from crmdesk.gui.snapshot import scratch_settings

    workspace = open_workspace(path)
    painted: list[float] = []
    start = time.perf_counter()
    window = MainWindow(workspace.services, path.name, scratch_settings(), Yes())
    watcher = FirstPaint(lambda: painted.append(time.perf_counter()))
    window.board.card_list(Stage.OPPORTUNITY).viewport().installEventFilter(watcher)
    window.resize(*SIZE)
    window.show()
    _wait_for(painted)
    return window, workspace, (painted[0] - start) * 1000, watcher


def _close_window(window: MainWindow, workspace: Workspace) -> None:
    from PySide6.QtWidgets import QApplication

    window.close()  # its background jobs stop first
    window.deleteLater()
    QApplication.processEvents()
    workspace.close()


def _window(path: Path) -> dict[str, float]:
    from crmdesk.bench import rescore
    from crmdesk.domain.board import BoardFilter
    from crmdesk.gui.application import qt_app

    app = qt_app()
    window, workspace, first, _watcher = _open_window(path)
    try:
        rescore.settle(window, app)  # the search index filled, scores decayed to today
        figures = {"rss_mb": rss_mb()}
        moves = _moves(window, app)
        figures["move_ms"] = median(moves)
        for _ in moves:  # the file as it was
            window.services.history.undo()
            app.processEvents()
        rescore.settle(window, app)
        times = []
        for i in range(1, len(SEARCH_TEXT) + 1):
            t = time.perf_counter()
            window.board.set_filter(BoardFilter(search=SEARCH_TEXT[:i]))
            app.processEvents()
            times.append(since_ms(t))
        figures["search_ms"] = median(times)
        window.board.set_filter(BoardFilter())
        blocked, whole = rescore.measure_window(window, app)
        figures |= {"rescore_blocked_ms": blocked, "score_recompute_ms": whole}
    finally:
        _close_window(window, workspace)
    builds = [first]
    for _ in range(BOARD_RUNS - 1):
        window, workspace, ready, _watcher = _open_window(path)
        builds.append(ready)
        _close_window(window, workspace)
    figures["board_ready_ms"] = median(builds)
    return figures


def _moves(window: MainWindow, app: QApplication) -> list[float]:
    from crmdesk.domain.enums import Stage

    board = window.board
    times = []
    for i in range(MOVES):
        source, target = (
            (Stage.LEAD, Stage.PROSPECT) if i % 2 == 0 else (Stage.PROSPECT, Stage.LEAD)
        )
        model = board.models[source]
        if not model.rowCount():
            break
        mime = model.mimeData([model.index(0)])
        t = time.perf_counter()
        board.card_list(target).drop_mime(mime, 0)
        app.processEvents()
        times.append(since_ms(t))
    return times


def _bare(path: Path, statement: RescoreStatement) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from crmdesk.bench import rescore
    from crmdesk.bench.anchors.bare_board import FirstPaint, connect, fold
    from crmdesk.bench.anchors.bare_moves import MovingBareBoard

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    runs: list[float] = []
    board: MovingBareBoard | None = None
    for _ in range(BOARD_RUNS):
        if board is not None:
            board.close()
            board.conn.close()
            board.deleteLater()
        painted: list[float] = []
        start = time.perf_counter()
        board = MovingBareBoard(connect(str(path)))
        board.load()

        def stamp(into: list[float] = painted) -> None:
            into.append(time.perf_counter())

        watcher = FirstPaint(stamp)
        board.views["opportunity"].viewport().installEventFilter(watcher)
        board.resize(*SIZE)
        board.show()
        _wait_for(painted)
        runs.append((painted[0] - start) * 1000)
    assert board is not None
    figures = {"board_ready_ms": median(runs)}

    times = []
    for i in range(MOVES):
        source, target = ("lead", "prospect") if i % 2 == 0 else ("prospect", "lead")
        if not board.rows[source]:
            break
        deal_id = board.rows[source][0][0]
        t = time.perf_counter()
        board.move_to_top(deal_id, source, target)
        app.processEvents()
        times.append(since_ms(t))
    board.undo_moves()
    figures["move_ms"] = median(times)

    times, previous = [], board.words
    for i in range(1, len(SEARCH_TEXT) + 1):
        t = time.perf_counter()
        words = fold(SEARCH_TEXT[:i])
        if words != previous:  # a trailing space changes no result: nothing to do, as the board
            board.load(words)
            app.processEvents()
        previous = words
        times.append(since_ms(t))
    figures["search_ms"] = median(times)
    board.load([])

    blocked, whole = rescore.measure_bare(board, path, statement)
    figures |= {"rescore_blocked_ms": blocked, "score_recompute_ms": whole}
    board.close()
    board.conn.close()
    board.deleteLater()
    QApplication.processEvents()
    figures["rss_mb"] = _bare_rss(path)
    return figures


def _bare_rss(path: Path) -> float:
    """A fresh interpreter's memory with the bare board shown over the same rows."""
    from crmdesk.bench.anchors.bare_board import script_command

    _elapsed, rest = time_to_line(script_command(path), "painted")
    for line in rest:
        if line.startswith("rss "):
            return float(line.split()[1])
    raise BenchError("the bare board's process did not say its memory")


GROUP = Group("window", FIGURES, measure)
