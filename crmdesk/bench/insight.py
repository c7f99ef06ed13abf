"""``insight_ms``: the Insight view ready with every figure, beside its anchor.

The figure: the view built, every figure read (forecast, funnel, time in stage, lost reasons,
win rates, velocity, the bottleneck and the learnt model's calibration, the model fitted from
scratch), drawn and painted. The anchor: the same totals computed the plain-library way, raw
``sqlite3`` GROUP BY queries over the deals and their stage history (the implementation reads
the totals its triggers keep, hence a ratio below 1 that falls as the file grows).
``python -m crmdesk.bench.insight FILE`` prints the figure with its parts.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from crmdesk.app import open_workspace
from crmdesk.bench.registry import Bench, Figure, Group, Measured
from crmdesk.db.insight_sql import fresh_selects

FIGURES = (Figure("insight_ms", 300),)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def anchor_ms(path: Path) -> float:
    """The report's totals in raw sqlite3, read from the deals and the stage history."""
    connection = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        for sql in fresh_selects("sqlite").values():
            connection.execute(sql).fetchall()
        return _ms(start)
    finally:
        connection.close()


def measure_insight(path: Path) -> tuple[float, float]:
    """(insight_ms, anchor_ms) on the database at ``path``."""
    details = measure_insight_details(path)
    return details["insight_ms"], details["insight_anchor_ms"]


def measure_insight_details(path: Path) -> dict[str, float]:
    """The figure, its anchor, and its parts: the chart library's import, the view with the
    model already fitted, and the learnt-probability forecast."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from crmdesk.gui.application import qt_app

    app = qt_app()
    start = time.perf_counter()
    from crmdesk.gui.insight.view import InsightView  # pyqtgraph and numpy

    imported = _ms(start)
    workspace = open_workspace(path)
    try:
        services = workspace.services
        painted: list[float] = []

        class PaintWatch(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    painted.append(time.perf_counter())
                return False

        watch = PaintWatch()
        start = time.perf_counter()
        view = InsightView(services, None)
        view.resize(1440, 900)
        view.refresh()
        view.installEventFilter(watch)
        view.show()
        while (not painted or not view.ready()) and _ms(start) < 30_000:
            app.processEvents()
        ready = (painted[-1] - start) * 1000 if painted else float("nan")
        start = time.perf_counter()
        view.refresh()
        app.processEvents()
        warm = _ms(start)
        start = time.perf_counter()
        services.insight.forecast(probabilities="learnt")
        learnt = _ms(start)
        view.removeEventFilter(watch)
        view.close()
        view.deleteLater()
        QApplication.processEvents()
    finally:
        workspace.close()
    return {
        "insight_ms": round(ready, 1),
        "insight_anchor_ms": round(anchor_ms(path), 1),
        "insight_warm_ms": round(warm, 1),
        "insight_import_ms": round(imported, 1),
        "insight_learnt_forecast_ms": round(learnt, 1),
    }


def measure(bench: Bench) -> dict[str, Measured]:
    """``insight_ms`` beside its anchor, on the file measured."""
    value, anchor = measure_insight(bench.path)
    return {"insight_ms": Measured(value, anchor)}


GROUP = Group("insight", FIGURES, measure)


if __name__ == "__main__":  # python -m crmdesk.bench.insight FILE
    import json
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(measure_insight_details(Path(sys.argv[1])), indent=2))
