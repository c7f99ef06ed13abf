"""Small widgets the window shares, and user text shown as text, never as markup."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel


def plain_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label that shows its text literally: ``<b>`` stays ``<b>``, ``<img>`` opens nothing."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally (Qt would take ``<b>…`` for rich text), its line
    breaks kept."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else ""


class ChoiceCombo(QComboBox):
    """A filter list ("Any …" plus the values in use), read afresh each time it opens."""

    def __init__(self, everything: str, values: Callable[[], Iterable[str]]) -> None:
        super().__init__()
        self._values = values
        self.addItem(everything, None)
        self.setMinimumContentsLength(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def refill(self) -> None:
        """Offer the values in use now, keeping the current choice."""
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for value in self._values():
            self.addItem(value, value)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def showPopup(self) -> None:
        """Refill just before the list opens: the values change as deals change."""
        self.refill()
        super().showPopup()
