"""A contact's labelled emails or phones: one row each, added, removed and reordered."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.entities import Labelled
from crmdesk.domain.text import nfc
from crmdesk.gui.language import translate


class _ChannelRow(QWidget):
    """A label and a value, with buttons to move the row up or down or remove it."""

    def __init__(self, labels: Mapping[str, str], item: Labelled, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QComboBox()
        for key, text in labels.items():
            self.label.addItem(translate("Defaults", text), key)
        index = self.label.findData(item.label)
        self.label.setCurrentIndex(index if index >= 0 else self.label.count() - 1)
        self.value = QLineEdit(item.value)
        self.up, self.down, self.remove = QToolButton(), QToolButton(), QToolButton()
        for button, text, tip in (
            (self.up, "↑", translate("PartyDialog", "Move up")),
            (self.down, "↓", translate("PartyDialog", "Move down")),
            (self.remove, "✕", translate("PartyDialog", "Remove")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.value, 1)
        for button in (self.up, self.down, self.remove):
            layout.addWidget(button)

    def item(self) -> Labelled:
        """What the row holds, as typed (normalized to NFC)."""
        return Labelled(str(self.label.currentData()), nfc(self.value.text()).strip())


class ChannelEditor(QWidget):
    """Several labelled values (emails or phones); ``edited`` whenever one changes.

    Empty rows are dropped by :meth:`values`; the order of the rows is the order saved (the
    first is the one the lists show)."""

    edited = Signal()

    def __init__(
        self, labels: Mapping[str, str], add_text: str, placeholder: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._labels = labels
        self._placeholder = placeholder
        self.rows: list[_ChannelRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: self.add_row().value.setFocus())
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._rows_layout)
        layout.addLayout(bottom)

    def set_values(self, items: Sequence[Labelled]) -> None:
        """Show these values, one row each (and one empty row when there are none)."""
        for row in list(self.rows):
            self._drop(row)
        for item in items:
            self.add_row(item)
        if not items:
            self.add_row()

    def add_row(self, item: Labelled | None = None) -> _ChannelRow:
        """A new row at the end (empty, with the first label, unless ``item`` says)."""
        item = item or Labelled(next(iter(self._labels)), "")
        row = _ChannelRow(self._labels, item, self)
        row.value.setPlaceholderText(self._placeholder)
        row.value.textEdited.connect(lambda _t: self.edited.emit())
        row.label.currentIndexChanged.connect(lambda _i: self.edited.emit())
        row.up.clicked.connect(lambda: self.move_row(row, -1))
        row.down.clicked.connect(lambda: self.move_row(row, +1))
        row.remove.clicked.connect(lambda: self.remove(row))
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self._update_buttons()
        return row

    def move_row(self, row: _ChannelRow, step: int) -> None:
        """Move ``row`` up (-1) or down (+1)."""
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
        self._rows_layout.removeWidget(row)
        self._rows_layout.insertWidget(target, row)
        self._update_buttons()
        self.edited.emit()

    def remove(self, row: _ChannelRow) -> None:
        """Take ``row`` away."""
        self._drop(row)
        self._update_buttons()
        self.edited.emit()

    def _drop(self, row: _ChannelRow) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _update_buttons(self) -> None:
        for n, row in enumerate(self.rows):
            row.up.setEnabled(n > 0)
            row.down.setEnabled(n < len(self.rows) - 1)

    def values(self) -> list[Labelled]:
        """The rows that hold a value, in order."""
        return [item for item in (row.item() for row in self.rows) if item.value]

    def mark(self, wrong: bool) -> None:
        """Outline every value in red (or not)."""
        for row in self.rows:
            row.value.setStyleSheet("border: 1px solid #c92a2a;" if wrong else "")
