"""How slow derived work runs: at once in the caller's thread, or on a worker the window provides.

The services stay free of Qt: they hand a job to ``ServiceContext.background``. The command
line and the tests use :class:`Inline` (the job has finished when the call returns); the window
installs a thread pool (``crmdesk.gui.operations.background``), so re-scoring every deal never
blocks a click.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Progress(Protocol):
    """What a job may tell and ask while it runs."""

    def report(self, done: int, total: int) -> None:
        """``done`` of ``total`` units are finished."""

    def cancelled(self) -> bool:
        """Whether the job should stop now (what it committed stays committed)."""


Job = Callable[[Progress], object]  # what it returns is dropped


class Background(Protocol):
    """Runs jobs; a job never raises into its runner (it reports its own errors)."""

    def submit(self, job: Job, name: str) -> None:
        """Run ``job`` (now or later); ``name`` says what it is, for logs and progress."""


class _Unwatched:
    """Progress nobody watches."""

    def report(self, done: int, total: int) -> None:
        """Nothing to tell."""

    def cancelled(self) -> bool:
        """Never cancelled."""
        return False


class Inline:
    """Runs every job at once, in the caller's thread."""

    def submit(self, job: Job, name: str) -> None:
        """Run ``job`` to its end before returning."""
        job(_Unwatched())
