"""A background re-score shows how far it has gone in the status bar, and clears it at the end."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar

from crmdesk.gui.operations.background import ThreadPoolBackground
from crmdesk.gui.operations.job_status import JobStatus


def test_a_rescore_shows_its_progress_and_clears_it_when_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = QStatusBar()
    qtbot.addWidget(bar)
    background = ThreadPoolBackground()
    JobStatus(background, bar)
    background.progressed.emit("search", 1, 2)
    assert bar.currentMessage() == ""  # not a job the user waits for
    background.progressed.emit("rescore", 50_000, 200_000)
    assert bar.currentMessage() == "Re-scoring deals… 25 %"
    background.finished.emit("rescore")
    assert bar.currentMessage() == ""
    background.stop()
