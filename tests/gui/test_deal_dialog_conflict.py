"""The deal dialog when another client changed the deal while it was open: the sentence beside
the buttons names who and when, nothing is written, what was typed stays, Reload shows the
newer copy with the edits on top and Save then applies them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from crmdesk.app import open_workspace
from crmdesk.gui.dialogs.deal_editor import DealDialog
from crmdesk.services import Services, local_zone
from tests.conftest import Clock, dump
from tests.integration.helpers import LEAD_REQUIRED, make_lead, met


@pytest.fixture
def other(db_path: Path, clock: Clock, services: Services):  # type: ignore[no-untyped-def]
    """A second program on the same database, used by minh."""
    ws = open_workspace(db_path, clock)
    ws.services.context.actor = "minh"
    yield ws
    ws.close()


def _save(qtbot: QtBot, dialog: DealDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_deal_moved_by_another_client_while_open_is_refused_and_reload_keeps_the_edits(
    qtbot: QtBot,
    services: Services,
    other: Any,
    clock: Clock,
    ui_settings: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(local_zone, "local_zone", lambda: UTC)
    deal = make_lead(services)
    dialog = DealDialog(services, deal.id, None, clock, ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    title = dialog.field("titleEdit", QLineEdit)
    assert isinstance(title, QLineEdit)
    title.setText("POS – Hoa Sen, 3 cửa hàng")
    clock.now = datetime(2026, 11, 2, 10, 42, tzinfo=UTC)
    other.services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    before = dump(other.engine)

    _save(qtbot, dialog)
    assert dialog.isVisible()  # not closed: nothing was saved
    assert dialog.conflict.isVisible() and dialog.conflict.reload_button.isVisible()
    assert dialog.conflict.label.text() == (
        "minh moved this deal to Prospect at 10:42; your change was not saved."
    )
    assert title.text() == "POS – Hoa Sen, 3 cửa hàng"  # what was typed is kept
    assert dump(other.engine) == before

    qtbot.mouseClick(dialog.conflict.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.deal is not None and dialog.deal.version == 2
    assert title.text() == "POS – Hoa Sen, 3 cửa hàng"
    assert dialog.field("stageLabel", QLabel).text() == "Prospect"  # type: ignore[attr-defined]
    assert not dialog.conflict.reload_button.isVisible()

    _save(qtbot, dialog)
    assert not dialog.isVisible()
    saved = services.deals.get(deal.id)
    assert (saved.title, saved.stage, saved.version) == ("POS – Hoa Sen, 3 cửa hàng", "prospect", 3)
