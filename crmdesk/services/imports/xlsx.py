"""An .xlsx workbook opened once for reading: its sheet names, each sheet's size when the file
records it, and each sheet's rows streamed (memory stays flat).

openpyxl's read-only loader looks for every sheet's ``<dimension>`` element by parsing the
whole sheet when it is missing (as it is in openpyxl's own write-only output, so in our
export): opening a 100,000-row workbook parsed all of it once before a single row was read,
and every ``load_workbook`` did it again. Here a sheet's size is read from the first bytes of
its XML only, and the workbook is opened once however many sheets and passes read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HEAD_BYTES = 1 << 14  # the <dimension> element, when there is one, comes before the data
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\"")
_SHEET_DATA = re.compile(rb"<(?:\w+:)?sheetData[\s>/]")


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def recorded_size(head: bytes) -> tuple[int, int] | None:
    """``(rows, columns)`` from the ``<dimension>`` at the head of a sheet's XML (None when the
    sheet does not say, or says only ``A1``)."""
    data = _SHEET_DATA.search(head)
    found = _DIMENSION.search(head, 0, data.start() if data else len(head))
    if found is None or found.group(3) is None:
        return None
    return int(found.group(4)), _column(found.group(3))


class Book:
    """A workbook for reading (``with Book(path) as book: for row in book.rows(name)``)."""

    def __init__(self, path: Path) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        self._reader = reader = ExcelReader(str(path), read_only=True, data_only=True)
        try:
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)  # number formats: which cells are dates
            self._targets = {
                sheet.name: rel.target
                for sheet, rel in reader.parser.find_sheets()
                if rel.target in reader.valid_files and "chartsheet" not in rel.Type
            }
        except BaseException:
            reader.archive.close()
            raise

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file."""
        self._reader.archive.close()

    @property
    def sheet_names(self) -> list[str]:
        """The worksheets, in the workbook's order."""
        return list(self._targets)

    def size(self, name: str) -> tuple[int, int] | None:
        """``(rows, columns)`` as the sheet records them (None when it does not)."""
        with self._reader.archive.open(self._targets[name]) as source:
            return recorded_size(source.read(HEAD_BYTES))

    def row_count(self, name: str) -> int:
        """How many rows the sheet has: as it records them, else by counting its rows' tags
        (no cell is parsed)."""
        size = self.size(name)
        if size is not None:
            return size[0]
        count, tail = 0, b""
        with self._reader.archive.open(self._targets[name]) as source:
            while chunk := source.read(1 << 20):
                count += (tail + chunk).count(b"<row ") - tail.count(b"<row ")
                tail = chunk[-8:]
        return count

    def rows(self, name: str) -> Iterator[tuple[Any, ...]]:
        """The sheet's rows as tuples of values (dates as datetimes, formulas as their results)."""
        from openpyxl.worksheet._read_only import ReadOnlyWorksheet

        class _Sheet(ReadOnlyWorksheet):
            def _get_size(self) -> None:  # the whole-sheet scan openpyxl would make
                pass

        reader = self._reader
        sheet = _Sheet(reader.wb, name, self._targets[name], reader.shared_strings)
        return sheet.iter_rows(values_only=True)  # type: ignore[misc]  # openpyxl types self as Worksheet


def sheet_names(path: Path) -> list[str]:
    """A workbook's sheet names, read from its manifest alone."""
    with Book(path) as book:
        return book.sheet_names
