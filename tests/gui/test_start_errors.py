"""The window's start and its unexpected errors: one sentence in a box, never a traceback."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk import logs
from crmdesk.app import open_workspace
from crmdesk.gui import application, crash
from tests.storage_files import folder_state


class Boxes:
    """The message boxes the code under test would have shown."""

    def __init__(self) -> None:
        self.shown: list[str] = []

    def critical(self, _parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        self.shown.append(text)
        return QMessageBox.StandardButton.Ok

    def exec(self, box: QMessageBox) -> int:
        self.shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Boxes:
    found = Boxes()
    monkeypatch.setattr(QMessageBox, "critical", found.critical)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: found.exec(box))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(logs, "log_folder", lambda: tmp_path / "data")
    return found


def test_a_file_crm_desk_refuses_is_named_in_a_message_box_at_start(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes
) -> None:
    other = tmp_path / "notes.sqlite"
    other.write_text("not a database at all\n" * 20)
    before = folder_state(tmp_path)

    def open_services(target: Path) -> tuple[object, object]:
        workspace = open_workspace(target)
        return workspace.services, workspace.close

    assert application.run_window(open_services, other, None) == 1
    [sentence] = boxes.shown
    assert "is not a CRM Desk database" in sentence and str(other) in sentence
    assert folder_state(tmp_path) == before  # no lock file, no journal beside it


def test_an_unexpected_error_in_the_window_is_logged_and_said_in_one_sentence(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes
) -> None:
    crash.install_crash_handler()
    try:
        raise KeyError("a bug in a slot")
    except KeyError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    log = tmp_path / "data" / "crmdesk.log"
    [sentence] = boxes.shown
    assert "did not expect" in sentence and str(log) in sentence and "\n" not in sentence
    assert "KeyError: 'a bug in a slot'" in log.read_text(encoding="utf-8")


def test_an_unexpected_error_in_a_worker_thread_is_logged_without_a_box(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes
) -> None:
    crash.install_crash_handler()

    def work() -> None:
        raise ValueError("a bug in a worker")

    worker = threading.Thread(target=work, name="importer")
    worker.start()
    worker.join()
    assert boxes.shown == []
    assert "ValueError: a bug in a worker" in (tmp_path / "data" / "crmdesk.log").read_text()
