"""The Qt binding's reference-count bug (PySide6 6.12.0 on Python 3.11) cannot abort the window."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import crmdesk.gui  # noqa: F401 - importing the GUI package applies the guard
from crmdesk.gui.none_guard import IMMORTAL


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_none_outlives_any_number_of_qt_calls_that_return_nothing(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for n in range(20_000):  # without the guard, 6.12.0 aborts the process within these
        label.setText(str(n))
        label.setEnabled(n % 2 == 0)
    assert sys.getrefcount(None) > IMMORTAL // 2
