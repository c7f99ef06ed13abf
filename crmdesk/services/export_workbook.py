"""The .xlsx export: cells a spreadsheet works with, and the keys that bring it back exactly.

- Amounts are numbers in the currency's own number format (``#,##0 "₫"``, ``"$"#,##0.00``),
  ids, sizes, probabilities and scores whole numbers, dates dates and moments date-times (local
  time, in the viewer's own date format), so SUM, sorting and filters work.
- Stages, sub-stages, lost reasons, roles, activity kinds and temperatures are in the user's
  words; the keys a restore needs (``Stage key``…) and each moment to the microsecond, in UTC
  (``Created (UTC)``…), follow in hidden columns at the end of the sheet.
- Text that looks like a formula is text with Excel's quote prefix, so it stays text when the
  cell is edited; control characters a workbook cannot hold (NUL, ESC, ``\\x0b``…) are taken
  out (vertical tab and form feed become line breaks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import LostReasonRow
from crmdesk.domain.errors import DEFAULTS, Translate
from crmdesk.domain.money import CURRENCY_EXPONENTS
from crmdesk.domain.names import LABELS
from crmdesk.services.export_cells import FORMULA_STARTS, LostReasonKey, Money, Row

if TYPE_CHECKING:
    from pathlib import Path

    from openpyxl.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# What the export puts in a cell.
CellValue = str | int | Decimal | date | None

# Columns whose value is a key: the words go in the column, the key in a hidden one at the end.
KEY_COLUMNS = {
    "Stage": "Stage key",
    "Sub-stage": "Sub-stage key",
    "Lost reason": "Lost reason key",
    "Decision role": "Decision role key",
    "Kind": "Kind key",
}
# Moments: local date-time in the column, the exact UTC instant in a hidden one.
MOMENT_COLUMNS = ("Stage entered", "Created", "Occurred", "Due", "Done")
EXACT_SUFFIX = " (UTC)"

# Characters an .xlsx cannot hold (openpyxl's IllegalCharacterError).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
_PREFIX = {"USD": '"$"', "GBP": '"£"', "JPY": '"¥"'}
_SUFFIX = {"VND": ' "₫"', "EUR": ' "€"'}
DATE_FORMAT = "mm-dd-yy"  # Excel's built-in short date (14): shown in the viewer's own order
MOMENT_FORMAT = "m/d/yy h:mm"  # built-in 22, likewise
MAX_EXACT_DIGITS = 15  # a spreadsheet number holds 15 significant digits


def clean_text(text: str) -> str:
    """``text`` without the control characters a workbook refuses."""
    return _ILLEGAL.sub("", text.translate(_LINE_BREAKS))


def money_format(currency: str) -> str:
    """The currency's number format: ``#,##0 "₫"``, ``"$"#,##0.00``, ``#,##0.00 "CHF"``."""
    places = CURRENCY_EXPONENTS.get(currency, 0)
    digits = "#,##0" + ("." + "0" * places if places else "")
    if currency in _PREFIX:
        return _PREFIX[currency] + digits
    return digits + _SUFFIX.get(currency, f' "{currency}"')


def lost_reason_words(session: Session, translate: Translate) -> dict[str, str]:
    """Lost reason key → its wording as the user reads it."""
    rows = session.execute(select(LostReasonRow.key, LostReasonRow.label))
    return {key: translate(DEFAULTS, label) for key, label in rows}


def _words(value: StrEnum | LostReasonKey, translate: Translate, reasons: dict[str, str]) -> str:
    if isinstance(value, LostReasonKey):
        return reasons.get(value, value)
    names = LABELS.get(type(value))
    return translate(DEFAULTS, names[value]) if names is not None else value.value


def _local(moment: datetime) -> datetime:
    """A stored moment as the user's clock read it (a spreadsheet has no time zones)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().replace(tzinfo=None)


class _Sheet:
    """Turns one table's typed rows into cells, keys and exact moments at the end."""

    def __init__(
        self,
        sheet: WriteOnlyWorksheet,
        header: Sequence[str],
        translate: Translate,
        reasons: dict[str, str],
    ) -> None:
        from openpyxl.cell import WriteOnlyCell

        self.sheet, self.translate, self.reasons = sheet, translate, reasons
        self._make_cell = WriteOnlyCell
        self._words: dict[tuple[type, object], str] = {}  # an enumeration's value -> words
        self._formats: dict[str, str] = {}
        self.keys = [i for i, name in enumerate(header) if name in KEY_COLUMNS]
        self.moments = [i for i, name in enumerate(header) if name in MOMENT_COLUMNS]
        self.header = [
            *header,
            *(KEY_COLUMNS[header[i]] for i in self.keys),
            *(header[i] + EXACT_SUFFIX for i in self.moments),
        ]

    def write_header(self) -> None:
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        visible = len(self.header) - len(self.keys) - len(self.moments)
        for column in range(visible + 1, len(self.header) + 1):
            # set on each write-only sheet when it is made; types-openpyxl does not know it
            dimensions = self.sheet.column_dimensions  # type: ignore[attr-defined]
            dimensions[get_column_letter(column)].hidden = True
        self.sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        cells = []
        for name in self.header:
            cell = self._styled(name)
            cell.font = bold
            cells.append(cell)
        self.sheet.append(cells)

    def write(self, row: Row) -> None:
        keys = [_key(row[i]) for i in self.keys]
        exact = [_exact(row[i]) for i in self.moments]
        self.sheet.append([self._value(value) for value in (*row, *keys, *exact)])

    def _styled(self, value: CellValue, number_format: str | None = None) -> Cell:
        cell = self._make_cell(self.sheet)
        cell.value = value
        if number_format is not None:
            cell.number_format = number_format
        return cell

    def _value(self, value: object) -> CellValue | Cell:
        """The value as a cell takes it: plain values as they are (the writer's fast path), a
        styled cell for amounts, dates and text that a spreadsheet would take for a formula."""
        kind = type(value)
        if value is None or type(value) is int:
            return value
        if type(value) is str:
            text = clean_text(value) if _ILLEGAL.search(value) else value
            if text.startswith(FORMULA_STARTS):
                cell = self._styled(text)
                cell.data_type = "s"  # text, even when it starts with "="
                cell.quotePrefix = True  # and still text once the cell is edited in Excel
                return cell
            return text
        if isinstance(value, Money):
            if len(str(abs(value.minor))) > MAX_EXACT_DIGITS:
                return str(value)  # more digits than a number cell keeps: exact as text
            places = CURRENCY_EXPONENTS.get(value.currency, 0)
            amount = value.minor if not places else _decimal(value.minor, places)
            return self._styled(amount, self._money_format(value.currency))
        if isinstance(value, datetime):
            return self._styled(_local(value), MOMENT_FORMAT)
        if isinstance(value, date):
            return self._styled(value, DATE_FORMAT)
        if isinstance(value, StrEnum | LostReasonKey):
            key = (kind, value)  # a lost reason's key may spell a stage's
            words = self._words.get(key)
            if words is None:
                words = self._words[key] = _words(value, self.translate, self.reasons)
            return self._value(words)
        if isinstance(value, int):  # booleans
            return value
        return self._value(str(value))

    def _money_format(self, currency: str) -> str:
        found = self._formats.get(currency)
        if found is None:
            found = self._formats[currency] = money_format(currency)
        return found


def _decimal(minor: int, places: int) -> Decimal:
    return Decimal(minor).scaleb(-places)


def _key(value: object) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))


def _exact(value: object) -> str | None:
    if not isinstance(value, datetime):
        return None
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


def write_xlsx(
    path: Path,
    tables: Sequence[tuple[str, Sequence[str], Iterable[Row]]],
    translate: Translate,
    reasons: dict[str, str],
) -> int:
    """One sheet per table; returns the rows written."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    count = 0
    for title, header, rows in tables:
        sheet = _Sheet(book.create_sheet(title=title.capitalize()), header, translate, reasons)
        sheet.write_header()
        for row in rows:
            sheet.write(row)
            count += 1
    book.save(path)
    return count
