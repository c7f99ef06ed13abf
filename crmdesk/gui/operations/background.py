"""Slow work on a worker thread: the window's runner of the services' background jobs."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from crmdesk.services.background import Job

log = logging.getLogger(__name__)


class _Progress:
    """What a running job tells the window, and whether it should stop."""

    def __init__(self, pool: ThreadPoolBackground, name: str) -> None:
        self._pool = pool
        self._name = name

    def report(self, done: int, total: int) -> None:
        """Pass the progress on to the window's thread."""
        self._pool.progressed.emit(self._name, done, total)

    def cancelled(self) -> bool:
        """Whether the window is closing."""
        return self._pool.stopping.is_set()


class _Runnable(QRunnable):
    def __init__(self, pool: ThreadPoolBackground, job: Job, name: str) -> None:
        super().__init__()
        self._pool, self._job, self._name = pool, job, name

    def run(self) -> None:
        try:
            self._job(_Progress(self._pool, self._name))
        except Exception:  # a job's failure goes to the log, never to a dead worker's stderr
            log.exception("background job %s failed", self._name)
            self._pool.failed.emit(self._name)
        finally:
            self._pool.finished.emit(self._name)


class ThreadPoolBackground(QObject):
    """Runs the services' jobs one at a time on a worker thread, in the order they came.

    One worker keeps SQLite's single writer uncontended and the jobs' order meaningful (a
    re-score after the rule it follows). :meth:`stop` asks running jobs to stop and waits for
    them, so no worker outlives the window or its database.
    """

    progressed = Signal(str, int, int)  # job name, done, total
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.stopping = threading.Event()

    def submit(self, job: Job, name: str) -> None:
        """Queue ``job`` for the worker."""
        if not self.stopping.is_set():
            self._pool.start(_Runnable(self, job, name))

    def wait(self, msecs: int = -1) -> bool:
        """Wait until every queued job has finished; True unless the wait timed out."""
        return self._pool.waitForDone(msecs)

    @Slot()
    def stop(self) -> None:
        """Ask the jobs to stop, drop the queued ones and wait for the running one."""
        self.stopping.set()
        self._pool.clear()
        self._pool.waitForDone()
