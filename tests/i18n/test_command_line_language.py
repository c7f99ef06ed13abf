"""The command line and the screenshot speak the chosen language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QImage

from crmdesk.gui.language import LANGUAGE_KEY, saved_language, system_language


def crmdesk(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRMDESK_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "crmdesk", *args], env=env, capture_output=True, text=True
    )


@pytest.mark.slow
def test_messages_and_help_are_in_vietnamese_when_chosen(tmp_path: Path) -> None:
    db = str(tmp_path / "crm.sqlite")
    demo = crmdesk("demo", "--db", db, "--deals", "40", lang="vi")
    assert demo.returncode == 0 and "Đã tạo 40" in demo.stdout, demo.stdout + demo.stderr
    listing = crmdesk("deals", "list", "--db", db, "--stage", "lead", lang="vi")
    assert "thương vụ" in listing.stdout.splitlines()[-1]
    refused = crmdesk("deals", "move", "999", "won", "--db", db, lang="vi")
    assert refused.returncode == 1
    assert refused.stderr == "crmdesk: Không tìm thấy thương vụ số 999.\n"
    help_text = " ".join(crmdesk("import", "--help", lang="vi").stdout.split())
    assert "--dry-run kiểm tra toàn bộ, không ghi gì" in help_text
    english = crmdesk("deals", "move", "999", "won", "--db", db, lang="en")
    assert english.stderr == "crmdesk: There is no deal number 999.\n"


@pytest.mark.slow
def test_screenshot_in_vietnamese_differs_from_english(tmp_path: Path) -> None:
    db = str(tmp_path / "crm.sqlite")
    assert crmdesk("demo", "--db", db, "--deals", "40", lang="en").returncode == 0
    shots = {}
    for lang in ("vi", "en"):
        out = tmp_path / f"{lang}.png"
        done = crmdesk("screenshot", "--db", db, "--lang", lang, "-o", str(out), lang="en")
        assert done.returncode == 0, done.stderr
        shots[lang] = QImage(str(out))
    assert shots["vi"].size() == shots["en"].size()
    assert shots["vi"] != shots["en"]


def test_the_first_start_follows_the_system_and_the_choice_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CRMDESK_LANG")
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    expected = "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"
    assert saved_language(settings) == system_language() == expected
    settings.setValue(LANGUAGE_KEY, "vi")
    assert saved_language(settings) == "vi"
    monkeypatch.setenv("CRMDESK_LANG", "en")
    assert saved_language(settings) == "en"
    settings.setValue(LANGUAGE_KEY, "klingon")
    monkeypatch.delenv("CRMDESK_LANG")
    assert saved_language(settings) == expected
