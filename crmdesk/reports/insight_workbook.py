"""The Insight report as a workbook: one sheet per table, figures as numbers (money in major
units with the currency's format, shares as percentages). Plain data in, bytes out."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell as SheetCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from crmdesk.domain.money import CURRENCY_EXPONENTS
from crmdesk.reports.insight_data import Amount, Cell, Days, InsightDocument, Share

FORMULA_START = ("=", "+", "-", "@")


def _value(sheet: WriteOnlyWorksheet, cell: Cell) -> SheetCell | str | float | None:
    if isinstance(cell, Amount):
        places = CURRENCY_EXPONENTS.get(cell.currency, 0)
        out = WriteOnlyCell(sheet)  # the stubs' WriteOnlyCell(value=) leaves out Decimal
        out.value = Decimal(cell.minor).scaleb(-places)
        out.number_format = ("#,##0" if not places else "#,##0." + "0" * places) + (
            f' "{cell.currency}"'
        )
        return out
    if isinstance(cell, Share):
        if cell.value is None:
            return None
        out = WriteOnlyCell(sheet, cell.value)
        out.number_format = "0%"
        return out
    if isinstance(cell, Days):
        return cell.value
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        out = WriteOnlyCell(sheet, cell)
        out.data_type = "s"  # text the user typed, never a formula
        return out
    return cell


def _sheet_name(title: str, taken: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:28] or "Sheet"
    base, n = name, 2
    while name in taken:
        name, n = f"{base[:25]} {n}", n + 1
    taken.add(name)
    return name


def insight_workbook(doc: InsightDocument) -> bytes:
    """The report's .xlsx bytes."""
    book = Workbook(write_only=True)
    taken: set[str] = set()
    for section in doc.sections:
        for table in section.tables:
            sheet = book.create_sheet(_sheet_name(table.title or section.title, taken))
            title = WriteOnlyCell(sheet, table.title or section.title)
            title.font = Font(bold=True)
            sheet.append([title])
            head = []
            for h in table.header:
                c = WriteOnlyCell(sheet, h)
                c.font = Font(bold=True)
                head.append(c)
            sheet.append(head)
            for row in table.rows:
                sheet.append([_value(sheet, c) for c in row])
    if not taken:
        book.create_sheet(doc.title[:28] or "Insight").append([doc.title])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
