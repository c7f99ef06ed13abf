"""Make the pictures of the user guide (crmdesk/resources/guide/img/) from the real windows.

    .venv/bin/python tools/guide_pictures.py

Builds a sample file, then renders offscreen, in English and in Vietnamese: the board, the gate
dialog, the deal dialog, the Today view, the quote editor and the Insight view.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import crmdesk.gui  # noqa: E402, F401  (the PySide6 guard first)
from crmdesk.app import open_workspace  # noqa: E402
from crmdesk.domain.enums import Stage  # noqa: E402
from crmdesk.gui.dialogs.deal_editor import DealDialog  # noqa: E402
from crmdesk.gui.dialogs.gate_dialog import GateDialog  # noqa: E402
from crmdesk.gui.quotes.editor import QuoteEditor  # noqa: E402
from crmdesk.gui.snapshot import scratch_settings, show_window  # noqa: E402
from crmdesk.services.demo import generate_demo  # noqa: E402

OUT = ROOT / "crmdesk" / "resources" / "guide" / "img"
WIDTH = 1000  # pictures are scaled down to this width at most


def save(widget: QWidget, name: str) -> None:
    """Paint ``widget`` and write it, scaled to at most WIDTH pixels wide."""
    QApplication.processEvents()
    image = widget.grab().toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image.save(str(OUT / f"{name}.png"), "PNG")
    print("wrote", OUT / f"{name}.png")


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="crmdesk-guide-"))
    workspace = open_workspace(folder / "sample.sqlite")
    services = workspace.services
    generate_demo(services.context.session_factory, 300, 1, services.context.clock())
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("en", "vi"):
        window = show_window(services, "sample.sqlite", 1280, 800, language)
        save(window, f"{language}-board")
        lead = services.board.column(Stage.LEAD, limit=1)[0]
        preview = services.pipeline.preview([lead.id], Stage.PROSPECT)
        gate = GateDialog([lead.title], list(preview.gates), window, preview.facts)
        gate.show()
        save(gate, f"{language}-gate")
        gate.close()
        deal = services.board.column(Stage.OPPORTUNITY, limit=1)[0]
        dialog = DealDialog(services, deal.id, window, None, window.settings)
        dialog.resize(820, 620)
        dialog.show()
        save(dialog, f"{language}-deal")
        dialog.close()
        quotes = services.quotes.for_deal(deal.id) or [services.quotes.create(deal.id)]
        editor = QuoteEditor(services, quotes[-1].id, scratch_settings(), window)
        editor.resize(1000, 700)
        editor.show()
        save(editor, f"{language}-quote")
        editor.close()
        for view in ("today", "insight"):
            window.views.show_view(view)
            for _ in range(50):
                QApplication.processEvents()
            save(window, f"{language}-{view}")
        window.close()
    workspace.close()


if __name__ == "__main__":
    main()
