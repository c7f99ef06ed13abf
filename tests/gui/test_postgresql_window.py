"""The window on a server's database: its title, Open recent and the settings name the server
and the database, never the password; no lock file (a server is meant to be shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from crmdesk.app import open_workspace
from crmdesk.gui.desktop import Desktop, shown_name
from crmdesk.gui.main_window import MainWindow
from tests.postgres_server import PASSWORD, Databases

SECRETS = (PASSWORD, "p%25ss%40w0rd")


@pytest.fixture
def server_url(postgres_databases: Databases) -> str:
    made = postgres_databases.migrated()
    yield made  # type: ignore[misc]
    postgres_databases.drop(made)


def test_the_window_names_the_server_never_the_password(
    qtbot: QtBot, tmp_path: Path, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()) or 0)
    settings_file = tmp_path / "window.ini"
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)

    def open_services(target):  # type: ignore[no-untyped-def]
        workspace = open_workspace(target)
        return workspace.services, workspace.close

    def make_window(desktop: Desktop, opened):  # type: ignore[no-untyped-def]
        return MainWindow(opened.services, shown_name(opened.path), settings, background=False,
                          desktop=desktop)  # fmt: skip

    own = tmp_path / "mine.sqlite"
    desktop = Desktop(open_services, settings, own, None, None, make_window)
    assert desktop.open(own)
    qtbot.addWidget(desktop.window)  # type: ignore[arg-type]
    assert desktop.open(server_url)
    window = desktop.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    parsed = make_url(server_url)
    assert f"127.0.0.1:{parsed.port}/{parsed.database}" in window.windowTitle()
    assert desktop.current is not None and desktop.current.lock is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.sqlite", "window.ini"]
    assert warned == []
    remembered = desktop.recent()[0]
    assert isinstance(remembered, str) and make_url(remembered).database == parsed.database
    assert desktop.open(own)  # back to the file: the server is among the recent ones
    mine = desktop.window
    assert isinstance(mine, MainWindow) and mine.files is not None
    qtbot.addWidget(mine)
    menu = QMenu()
    mine.files.fill_recent(menu)
    assert [a.text() for a in menu.actions()] == [f"127.0.0.1:{parsed.port}/{parsed.database}"]
    settings.sync()
    desktop.close()
    stored = settings_file.read_text()
    for text in (window.windowTitle(), stored, *(a.text() for a in menu.actions())):
        assert not any(secret in text for secret in SECRETS), text
