"""Help → User guide: shipped in both languages, every section and picture there, opened by F1."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from crmdesk.gui.help import GuideDialog
from crmdesk.gui.language import install_language
from crmdesk.gui.main_window import MainWindow
from crmdesk.resources import resource


def _sections(language: str) -> list[str]:
    text = resource("guide", f"{language}.html").read_text(encoding="utf-8")
    return re.findall(r'<h2 id="([a-z]+)">', text)


def test_both_languages_have_the_same_sections_and_every_picture_is_shipped() -> None:
    assert _sections("en") == _sections("vi")
    assert len(_sections("en")) >= 9
    for language in ("en", "vi"):
        text = resource("guide", f"{language}.html").read_text(encoding="utf-8")
        pictures = re.findall(r'<img src="([^"]+)"', text)
        assert len(pictures) >= 6
        for picture in pictures:
            assert picture.startswith(f"img/{language}-")
            image = QImage()
            assert image.loadFromData(resource("guide", *picture.split("/")).read_bytes())
            assert image.width() >= 400


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Moving a deal"), ("vi", "Chuyển thương vụ")]
)
def test_the_guide_opens_in_the_interface_language_with_its_pictures(
    qtbot: QtBot, restore_language: None, language: str, heading: str
) -> None:
    install_language(language)
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    assert heading in document.toPlainText()
    image = document.resource(
        QTextDocument.ResourceType.ImageResource, "img/" + language + "-board.png"
    )
    assert image is not None and not image.isNull()


def test_f1_opens_the_guide(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, GuideDialog) and w.isVisible() for w in window.findChildren(GuideDialog)
        )
    )
