"""Start-up: from process start to the first paint of the window, in a fresh interpreter,
beside a fresh interpreter showing the bare board (PySide6 and ``sqlite3`` only, see
``anchors.bare_board``) over the same rows. Median of three of each, taken in turns."""

from __future__ import annotations

from pathlib import Path

from crmdesk.bench.registry import Bench, Figure, Group, Measured
from crmdesk.bench.timing import median, python_code, time_to_line

FIGURES = (Figure("startup_ms", 1000),)
RUNS = 3
_CHILD = (
    "import sys; from crmdesk.bench.startup import first_paint_child; "
    "first_paint_child(sys.argv[1])"
)


def first_paint_child(db: str) -> None:
    """In a fresh interpreter (or ``crmdesk --first-paint``): open the window, say ``painted``
    at its first paint, quit."""
    from PySide6.QtCore import QEvent, QObject

    from crmdesk.app import open_workspace
    from crmdesk.domain.enums import Stage
    from crmdesk.gui.application import qt_app
    from crmdesk.gui.main_window import MainWindow
    from crmdesk.gui.snapshot import scratch_settings

    app = qt_app()
    workspace = open_workspace(db)
    window = MainWindow(workspace.services, Path(db).name, scratch_settings(), background=False)

    class Quit(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                app.exit(0)
            return False

    watch = Quit()
    window.board.card_list(Stage.OPPORTUNITY).viewport().installEventFilter(watch)
    window.show()
    app.exec()
    workspace.close()


def measure(bench: Bench) -> dict[str, Measured]:
    """The window's start-up and the bare board's, in turns."""
    from crmdesk.bench.anchors.bare_board import script_command

    value, anchor = [], []
    for _ in range(RUNS):
        value.append(time_to_line(python_code(_CHILD, bench.path), "painted")[0])
        anchor.append(time_to_line(script_command(bench.path), "painted")[0])
    return {"startup_ms": Measured(median(value), median(anchor))}


GROUP = Group("startup", FIGURES, measure)
