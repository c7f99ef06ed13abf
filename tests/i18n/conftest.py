"""The GUI tests' window fixtures, and a language each test leaves as it found it."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from crmdesk.gui.language import current_language, install_language
from tests.gui.conftest import make_window, prompts, ui_settings, window

__all__ = ["make_window", "prompts", "restore_language", "ui_settings", "window"]


@pytest.fixture
def restore_language(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Whatever language a test installs, the next test starts in the one before."""
    before, locale = current_language(), QLocale()
    yield
    install_language(before)
    QLocale.setDefault(locale)
