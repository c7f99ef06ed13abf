"""The first start opens straight onto the welcome page; only a running CRM Desk's lock warns;
a lock left by a crash is taken over; the sample data opens in the same window and back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.app import open_workspace
from crmdesk.domain.enums import Stage
from crmdesk.gui.desktop import Desktop
from crmdesk.gui.main_window import MainWindow
from crmdesk.services.demo import generate_demo

HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication([])
lock = QLockFile(sys.argv[1] + ".lock")
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


class Boxes:
    """The message boxes that would have been shown, answered Cancel."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def exec(self, box: QMessageBox) -> int:
        self.texts.append(box.text())
        self.buttons = [b.text() for b in box.buttons()]
        return int(QMessageBox.StandardButton.Cancel.value)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    found = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: found.exec(box))
    return found


def _desktop(tmp_path: Path, own: Path, sample: Path | None = None) -> Desktop:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)

    def open_services(target: Path):  # type: ignore[no-untyped-def]
        workspace = open_workspace(target)
        return workspace.services, workspace.close

    def make_window(desktop: Desktop, opened):  # type: ignore[no-untyped-def]
        return MainWindow(opened.services, opened.path.name, settings, background=False,
                          desktop=desktop)  # fmt: skip

    return Desktop(open_services, settings, own, sample, None, make_window)


def test_the_first_start_in_a_missing_folder_opens_the_welcome_page_without_a_question(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes
) -> None:
    own = tmp_path / "not yet" / "crmdesk.sqlite"
    desktop = _desktop(tmp_path, own)
    assert desktop.open(own)
    window = desktop.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert boxes.texts == []
    assert window.stack.currentWidget() is window.welcome
    assert desktop.current is not None and desktop.current.lock.acquired
    desktop.close()


def test_a_file_a_running_crm_desk_holds_is_warned_about_and_left_alone(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes
) -> None:
    own = tmp_path / "crmdesk.sqlite"
    open_workspace(own).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(own)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        desktop = _desktop(tmp_path, own)
        assert not desktop.open(own)  # the user answered Cancel
        assert len(boxes.texts) == 1 and "already open in another CRM Desk window" in boxes.texts[0]
        assert sorted(boxes.buttons) == ["Cancel", "Open anyway"]  # the two choices, no OK
        assert desktop.window is None
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_left_by_a_program_that_died_is_taken_over(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes
) -> None:
    own = tmp_path / "crmdesk.sqlite"
    open_workspace(own).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(own)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    holder.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
    holder.wait()
    time.sleep(0.05)
    assert Path(str(own) + ".lock").exists()
    desktop = _desktop(tmp_path, own)
    assert desktop.open(own)
    qtbot.addWidget(desktop.window)  # type: ignore[arg-type]
    assert boxes.texts == []
    desktop.close()


def test_the_sample_data_opens_in_the_same_window_and_the_banner_goes_back(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes
) -> None:
    own, sample = tmp_path / "mine.sqlite", tmp_path / "sample.sqlite"
    workspace = open_workspace(sample)
    context = workspace.services.context
    generate_demo(context.session_factory, 40, 1, context.clock())
    workspace.close()
    desktop = _desktop(tmp_path, own, sample)
    assert desktop.open(own)
    first = desktop.window
    assert isinstance(first, MainWindow) and not first.banner.isVisibleTo(first)
    first.welcome.sample.click()
    second = desktop.window
    assert isinstance(second, MainWindow) and second is not first
    qtbot.addWidget(second)
    assert desktop.showing_sample() and "sample data" in second.windowTitle()
    assert second.banner.isVisibleTo(second)
    assert sum(second.board.totals(stage).count for stage in Stage) == 40
    assert Path(str(own) + ".lock").exists() is False  # the own file was let go
    second.banner.button.click()
    third = desktop.window
    assert isinstance(third, MainWindow) and not desktop.showing_sample()
    qtbot.addWidget(third)
    assert desktop.recent()[0] == own.resolve()  # the sample data is never among the recent
    assert boxes.texts == []
    desktop.close()
