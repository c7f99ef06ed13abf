"""A quote's lines as an editable table: what a user types is checked, amounts are exact."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import parse_amount, parse_quantity
from crmdesk.domain.quote_math import (
    VAT_RATES,
    QuoteTotals,
    check_line,
    line_amounts,
    quote_totals,
)
from crmdesk.domain.text import nfc
from crmdesk.gui.formatting import format_amount, format_money
from crmdesk.gui.messages import error_text
from crmdesk.services import LineSpec

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
DESCRIPTION, UNIT, QUANTITY, PRICE, DISCOUNT, VAT, AMOUNT = range(7)


def headers() -> list[str]:
    """The column titles."""
    return [
        translate("Quote", "Description"),
        translate("Quote", "Unit"),
        translate("Quote", "Quantity"),
        translate("Quote", "Unit price"),
        translate("Quote", "Discount %"),
        translate("Quote", "VAT %"),
        translate("Quote", "Amount"),
    ]


def _quantity_text(milli: int) -> str:
    value = (Decimal(milli) / 1000).normalize()
    return f"{value:f}".replace(".", ",")


def _percent_text(hundredths: int) -> str:
    value = (Decimal(hundredths) / 100).normalize()
    return f"{value:f}".replace(".", ",")


def parse_percent(text: str) -> int:
    """``10``, ``10,5`` or ``10.5 %`` as hundredths of a percent (0–100 %)."""
    cleaned = text.replace("%", "").replace(",", ".").strip() or "0"
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        sentence = translate("Quote", "“%1” is not a percentage.").replace("%1", text)
        raise ValidationError(sentence, "discount") from exc
    hundredths = value * 100
    if not 0 <= value <= 100 or hundredths != hundredths.to_integral_value():
        raise ValidationError(
            translate("Quote", "A discount is from 0 to 100 %, with two decimals at most."),
            "discount",
        )
    return int(hundredths)


class QuoteLinesModel(QAbstractTableModel):
    """Lines being edited; ``rejected`` says, in a sentence, why an edit was refused, and
    ``error_cleared`` that the line it named was fixed, removed or moved away."""

    rejected = Signal(str)
    error_cleared = Signal()
    totals_changed = Signal()

    def __init__(self, currency: str, lines: list[LineSpec], editable: bool = True) -> None:
        super().__init__()
        self.currency = currency
        self.editable = editable
        self._lines = list(lines)
        self.error_row: int | None = None  # the line the last refusal named
        self.dataChanged.connect(lambda *_: self.totals_changed.emit())
        self.rowsInserted.connect(lambda *_: self.totals_changed.emit())
        self.rowsRemoved.connect(lambda *_: self.totals_changed.emit())
        self.rowsMoved.connect(lambda *_: self.totals_changed.emit())
        self.modelReset.connect(self.totals_changed.emit)

    def lines(self) -> list[LineSpec]:
        """The lines as they stand."""
        return list(self._lines)

    def totals(self) -> QuoteTotals:
        """Exact totals of the lines as they stand."""
        return quote_totals(line.as_input() for line in self._lines)

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per line."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Description to amount."""
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Column titles and line numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return headers()[section]
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Everything but the amount can be edited (unless the quote is final)."""
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() != AMOUNT:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, for showing or for editing."""
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column >= QUANTITY
            return int(
                (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        editing = role == Qt.ItemDataRole.EditRole
        match column:
            case 0:
                return line.description
            case 1:
                return line.unit
            case 2:
                return _quantity_text(line.quantity_milli)
            case 3:
                if editing:
                    return format_amount(line.unit_price_minor, self.currency)
                return format_money(line.unit_price_minor, self.currency)
            case 4:
                return _percent_text(line.discount_bp) if line.discount_bp or editing else ""
            case 5:
                return str(line.vat_rate)
            case _:
                return format_money(line_amounts(line.as_input()).net, self.currency)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Take an edit if it makes sense; otherwise say why and keep the old value."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        line, text = self._lines[index.row()], str(value)
        try:
            changed = self._edited(line, index.column(), text)
            check_line(changed.as_input())  # a quantity or price past the bounds, at once
        except ValidationError as error:
            self.refuse(index.row(), error_text(error))
            return False
        self._lines[index.row()] = changed
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), AMOUNT))
        if self.error_row == index.row():
            self.clear_error()
        return True

    def refuse(self, row: int, sentence: str) -> None:
        """Say why line ``row`` (from 0) is refused, and remember which line it was."""
        self.error_row = row
        self.rejected.emit(
            translate("Quote", "Line %1: %2").replace("%1", str(row + 1)).replace("%2", sentence)
        )

    def clear_error(self) -> None:
        """The line named by the last refusal is fixed or gone: its sentence no longer holds."""
        if self.error_row is not None:
            self.error_row = None
            self.error_cleared.emit()

    def _edited(self, line: LineSpec, column: int, text: str) -> LineSpec:
        if column == DESCRIPTION:
            if not nfc(text):
                raise ValidationError(
                    translate("Quote", "A line needs a description."), "description"
                )
            return replace(line, description=nfc(text))
        if column == UNIT:
            return replace(line, unit=nfc(text))
        if column == QUANTITY:
            return replace(line, quantity_milli=parse_quantity(text))
        if column == PRICE:
            return replace(line, unit_price_minor=parse_amount(text, self.currency, "unit_price"))
        if column == DISCOUNT:
            return replace(line, discount_bp=parse_percent(text))
        if column == VAT:
            cleaned = text.replace("%", "").strip()
            rate = int(cleaned) if cleaned.isdigit() else -1
            if rate not in VAT_RATES:
                raise ValidationError(translate("Quote", "VAT is 0, 5, 8 or 10 %."), "vat_rate")
            return replace(line, vat_rate=rate)
        return line

    # -- changing the list ---------------------------------------------------------------------

    def append(self, line: LineSpec) -> None:
        """Add a line at the end."""
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Delete a line."""
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()
            if self.error_row is not None and row <= self.error_row:
                self.clear_error()  # that line is gone, or its number changed

    def move(self, row: int, step: int) -> bool:
        """Move a line up (-1) or down (+1)."""
        target = row + step
        if not (0 <= row < len(self._lines) and 0 <= target < len(self._lines)):
            return False
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._lines[row], self._lines[target] = self._lines[target], self._lines[row]
        self.endMoveRows()
        if self.error_row in (row, target):
            self.clear_error()  # the sentence's line number no longer names that line
        return True
