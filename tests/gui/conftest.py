"""A main window over a real database, with move prompts the test answers through real dialogs."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from crmdesk.domain.entities import LostReason
from crmdesk.domain.enums import Stage
from crmdesk.domain.names import label
from crmdesk.gui.dialogs.gate_dialog import GateDecision, GateDialog
from crmdesk.gui.dialogs.reasons import BackwardDialog, LostDialog
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import GateView, Services
from crmdesk.services.evidence import DealFacts


class ScriptedPrompts:
    """Builds the real dialogs and answers them as a test says; no answer means Cancel."""

    def __init__(self) -> None:
        self.on_gate: Callable[[GateDialog], None] | None = None
        self.backward_reason: str | None = None
        self.lost_choice: tuple[str, str] | None = None
        self.asked: list[str] = []
        self.dialogs: list[GateDialog] = []

    def gate(
        self, titles: Sequence[str], views: Sequence[GateView], facts: DealFacts | None = None
    ) -> GateDecision | None:
        dialog = GateDialog(titles, views, None, facts)
        self.dialogs.append(dialog)
        self.asked.append("gate")
        if self.on_gate is None:
            return None
        self.on_gate(dialog)
        dialog.accept()  # does nothing unless the dialog allows it, like a disabled OK button
        return dialog.decision() if dialog.result() == QDialog.DialogCode.Accepted else None

    def backward(self, titles: Sequence[str], target: Stage) -> str | None:
        dialog = BackwardDialog(titles, label(target))
        self.asked.append("backward")
        dialog.set_reason(self.backward_reason or "")
        dialog.accept()
        return dialog.note() if dialog.result() == QDialog.DialogCode.Accepted else None

    def lost(
        self, titles: Sequence[str], reasons: Sequence[LostReason]
    ) -> tuple[str, str | None] | None:
        dialog = LostDialog(titles, reasons)
        self.asked.append("lost")
        if self.lost_choice is not None:
            dialog.choose(*self.lost_choice)
        dialog.accept()
        return dialog.choice() if dialog.result() == QDialog.DialogCode.Accepted else None


def tick_all(dialog: GateDialog) -> None:
    """Tick every criterion of the gate dialog, with evidence."""
    for key in dialog.criteria_keys():
        dialog.set_met(key, True, f"evidence for {key}")


def scratch_settings() -> QSettings:
    """Window settings in a throwaway file (a dialog opened on its own still needs some)."""
    return QSettings(
        tempfile.mktemp(prefix="crmdesk-test-", suffix=".ini"), QSettings.Format.IniFormat
    )


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(
    qtbot, ui_settings: QSettings, prompts: ScriptedPrompts, clock
) -> Iterator[Callable[[Services], MainWindow]]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(services: Services) -> MainWindow:
        # No background warm-up of the search index: a thread outliving the test's database.
        window = MainWindow(services, "test.sqlite", ui_settings, prompts, clock, background=False)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window, services: Services) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(services)
