"""The GUI tests' window fixtures, for the language tests."""

from tests.gui.conftest import make_window, prompts, ui_settings, window

__all__ = ["make_window", "prompts", "ui_settings", "window"]
