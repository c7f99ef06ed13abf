"""Small widgets the window shares, and user text shown as text, never as markup."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QStyleOptionComboBox, QStylePainter


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


class ElidedCombo(QComboBox):
    """A combo box that may be narrower than its longest item: the shown text ends in "…"
    instead of being cut off (the list that opens shows every item whole)."""

    def __init__(self, shortest: int = 8) -> None:
        super().__init__()
        self.setMinimumContentsLength(shortest)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the frame and arrow, then the current text elided to the space left."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, room.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        if option.currentText != self.currentText():
            self.setToolTip(self.currentText())


class ChoiceCombo(ElidedCombo):
    """A filter list ("Any …" plus the values in use), read afresh each time it opens."""

    def __init__(self, everything: str, values: Callable[[], Iterable[str]]) -> None:
        super().__init__(10)
        self._values = values
        self.addItem(everything, None)

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
