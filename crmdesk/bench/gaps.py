"""How long the window's event loop is blocked: a timer that should tick every few milliseconds
in the GUI thread, and the longest gap between two of its ticks."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Slot

from crmdesk.bench.timing import BenchError

TICK_MS = 5
SETTLE_MS = 30  # ticks before the click, so the meter runs steadily when it comes
AFTER_TICKS = 3  # ticks after the work is done, to close the gap its last step made


class GapMeter(QObject):
    """Runs the event loop, does some work from it, and records the longest tick gap until
    the work says it is done."""

    def __init__(self, tick_ms: int = TICK_MS) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._loop = QEventLoop(self)
        self._done: Callable[[], bool] = lambda: True
        self._last = 0.0
        self._started = False
        self._after = -1
        self.longest_ms = 0.0

    def measure(
        self, start: Callable[[], None], done: Callable[[], bool], timeout_s: float = 600
    ) -> float:
        """Call ``start`` from the running event loop (as a click would), keep the loop running
        until ``done()`` is true; the longest gap between ticks meanwhile, in milliseconds."""
        self._done, self._started, self._after, self.longest_ms = done, False, -1, 0.0

        def click() -> None:
            self._started = True
            start()

        self._last = time.perf_counter()
        self._timer.start()
        QTimer.singleShot(SETTLE_MS, click)
        expired = QTimer(self)
        expired.setSingleShot(True)
        expired.timeout.connect(self._loop.quit)
        expired.start(int(timeout_s * 1000))
        self._loop.exec()
        timed_out = not expired.isActive() and self._after < 0
        expired.stop()
        self._timer.stop()
        if timed_out or not self._started:
            raise BenchError(f"the measured work did not finish within {timeout_s:.0f} s")
        return self.longest_ms

    @Slot()
    def _tick(self) -> None:
        now = time.perf_counter()
        if self._started:
            self.longest_ms = max(self.longest_ms, (now - self._last) * 1000)
        self._last = now
        if self._after > 0:
            self._after -= 1
        elif self._after == 0:
            self._loop.quit()
        elif self._started and self._done():
            self._after = AFTER_TICKS
