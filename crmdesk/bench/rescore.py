"""A scoring rule changed: every deal is re-scored. Two figures: how long the window's event loop
is blocked meanwhile (``rescore_blocked_ms``) and how long the whole re-score takes, the board
redrawn (``score_recompute_ms``). Each is the median of four re-scores: a rule changed, the
change undone, twice.

The window: ``services.scoring.set_rule`` is called from the GUI thread (as the Scoring dialog's
click does); the services hand the re-score to the window's background worker, and it is done
when the window has heard the ``Change.SCORES`` notice (the board redrawn). The anchor: the same
rule changed with plain ``sqlite3``, then the services' score UPDATE (``anchors.scores``) over
every deal in one statement in a Python thread — its longest gap is what the GIL makes
unavoidable — and the bare board read again when it is done.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from crmdesk.bench.anchors.bare_board import BareBoard, connect
from crmdesk.bench.anchors.scores import RescoreStatement
from crmdesk.bench.gaps import GapMeter
from crmdesk.bench.timing import median
from crmdesk.services import Change, OpChanges

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from crmdesk.gui.main_window import MainWindow

RULE = "website_visit"  # a behaviour rule: most deals have visits, so most scores change
ROUNDS = 2  # each a change and its undo: four re-scores of each kind
QUIET_S = 0.1  # no notice this long after the worker went idle: nothing changed


class _NoticeClock(QObject):
    """When the window's thread heard that scores changed."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[float] = []

    @Slot(object)
    def changed(self, notice: OpChanges) -> None:
        """Note the time of a scores notice."""
        if notice.touches(Change.SCORES):
            self.heard.append(time.perf_counter())


def settle(window: MainWindow, app: QApplication) -> None:
    """Let the window's background jobs finish and their notices arrive."""
    if window.background is not None:
        while not window.background.wait(20):
            app.processEvents()
    for _ in range(3):
        app.processEvents()


def _window_once(window: MainWindow, click: Callable[[], object]) -> tuple[float, float]:
    """The longest event-loop gap and the whole re-score after ``click`` changed the rules."""
    background = window.background
    clock = _NoticeClock()
    window.notices.changed.connect(clock.changed)
    clicked: list[float] = []
    idle: list[float] = []

    def start() -> None:
        clicked.append(time.perf_counter())
        click()

    def done() -> bool:
        if clock.heard:
            return True
        if background is not None and not background.wait(0):
            idle.clear()
            return False
        idle[:] = idle or [time.perf_counter()]
        return time.perf_counter() - idle[0] > QUIET_S

    try:
        blocked = GapMeter().measure(start, done)
    finally:
        window.notices.changed.disconnect(clock.changed)
    end = clock.heard[0] if clock.heard else idle[0]
    return blocked, (end - clicked[0]) * 1000


def measure_window(window: MainWindow, app: QApplication) -> tuple[float, float]:
    """The window's two figures, in milliseconds: medians over a rule changed and the change
    undone, ``ROUNDS`` times (the file ends as it was)."""
    services = window.services
    rule = services.scoring.config().rule(RULE)
    assert rule is not None, f"the scoring rule {RULE} is missing"
    gaps, wholes = [], []
    for _ in range(ROUNDS):
        for click in (
            lambda: services.scoring.set_rule(RULE, points=rule.points + 1),
            services.history.undo,
        ):
            gap, whole = _window_once(window, click)
            gaps.append(gap)
            wholes.append(whole)
            settle(window, app)
    return median(gaps), median(wholes)


def _bare_once(
    board: BareBoard, path: Path, statement: RescoreStatement, step: int
) -> tuple[float, float]:
    """The rule moved by ``step`` points with plain ``sqlite3`` and every deal re-scored in a
    Python thread (the longest gap is taken until the thread ends: what the GIL makes
    unavoidable), then the bare board read again."""
    conn = board.conn
    clicked: list[float] = []
    ended: list[float] = []

    def rescore() -> None:
        worker = connect(str(path))
        try:
            statement.run(worker)
            worker.commit()
        finally:
            worker.close()
            ended.append(time.perf_counter())

    def click() -> None:
        clicked.append(time.perf_counter())
        conn.execute("UPDATE scoring_rules SET points = points + ? WHERE key = ?", (step, RULE))
        conn.commit()
        threading.Thread(target=rescore, name="bench-rescore").start()

    blocked = GapMeter().measure(click, lambda: bool(ended))
    start = time.perf_counter()
    board.load()  # the new scores shown
    return blocked, ((ended[0] - clicked[0]) + (time.perf_counter() - start)) * 1000


def measure_bare(board: BareBoard, path: Path, statement: RescoreStatement) -> tuple[float, float]:
    """The anchor's two figures, as the window's: medians over the rule changed and changed
    back, ``ROUNDS`` times."""
    gaps, wholes = [], []
    for _ in range(ROUNDS):
        for step in (1, -1):
            gap, whole = _bare_once(board, path, statement, step)
            gaps.append(gap)
            wholes.append(whole)
    return median(gaps), median(wholes)
