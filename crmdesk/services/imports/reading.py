"""Reading a spreadsheet someone exported: CSV in whatever encoding and delimiter, or .xlsx.

Encodings, in the order they are tried: a byte-order mark (UTF-8, UTF-16, UTF-32); strict
UTF-8; then Windows-1258 when the bytes read as Vietnamese in it, else Windows-1252. A file with
NUL bytes and no UTF-16/32 mark is binary. Delimiters: comma, semicolon or tab, whichever splits
the header row. Quoted fields may hold delimiters, doubled quotes and newlines; a stray quote or
a row whose field count differs from the header's is an error that names the line.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from zipfile import BadZipFile

from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label
from crmdesk.domain.text import nfc
from crmdesk.services.imports.encodings import (
    SAMPLE_BYTES,
    ImportFileError,
    detect_encoding,
    first_non_utf8,
    legacy_encoding,
)
from crmdesk.services.imports.xlsx import Book, sheet_names

DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class TableInfo:
    """How the file was read."""

    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""


def detect_delimiter(header_line: str) -> str:
    """Comma, semicolon or tab: the one that splits the header row into most columns."""
    counts = {d: next(csv.reader([header_line], delimiter=d), []) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: len(counts[d]))
    return best if len(counts[best]) > 1 else ","


def _restore(text: str) -> str:
    """Take off the apostrophe an export put before ``= + - @`` (so no formula ran)."""
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in "=+-@" else text


def unique_names(headers: Iterable[str]) -> list[str]:
    """Column names a person can tell apart: an empty one becomes "Column 3", a repeated one
    "Email (2)", so every column can be mapped on its own."""
    names: list[str] = []
    for number, header in enumerate(headers, start=1):
        name = header or f"Column {number}"
        candidate, copy = name, 1
        while candidate in names:
            copy += 1
            candidate = f"{name} ({copy})"
        names.append(candidate)
    return names


def cell_text(value: object) -> str:
    """A workbook cell as the text an import reads (numbers exact, dates ISO, text NFC)."""
    if value is None:
        return ""
    if isinstance(value, float):
        # A formula's cached result carries binary noise (1210.0000000000002): 10 significant
        # decimals are more than any amount or quantity has.
        exact = Decimal(repr(value)).quantize(Decimal("1e-9")).normalize()
        return format(exact, "f")
    if isinstance(value, date | time):  # datetime is a date
        return value.isoformat()
    return nfc(str(value))


class TooLong(list[str]):
    """A row with more non-empty fields than the header has columns: left out, and said."""

    fields: int = 0


_DATA_LIKE = re.compile(
    r"^(?:[^@\s]+@[^@\s]+\.\w+|[+(]?\d[\d\s().,/\-]*|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4})$"
)


def looks_like_data(cells: Iterable[str]) -> bool:
    """Whether a first row holds values rather than column names (an email, a number, a date)."""
    return any(_DATA_LIKE.match(c.strip()) for c in cells if c.strip())


class TableReader:
    """A table's header and rows, read lazily so 100,000 rows keep memory steady.

    ``header`` False: the first row is data and the columns are named "Column 1", "Column 2"…
    (None: the first row names the columns; :attr:`first_row_is_data` says when it looks not to).
    """

    def __init__(
        self,
        path: Path,
        sheet: str | None = None,
        header: bool | None = None,
        encoding: str | None = None,
    ) -> None:
        self.path = path
        self.has_header = header is not False
        if not path.exists():
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Messages", "There is no file {path}."), path=str(path)
            )
        if path.stat().st_size == 0:
            raise ImportFileError(QT_TRANSLATE_NOOP("Messages", "{file} is empty."), file=path.name)
        if path.suffix.lower() == ".xlsx":
            self.info = TableInfo("xlsx", sheet=sheet or "")
        else:
            with path.open("rb") as file:
                sample = file.read(SAMPLE_BYTES)
            encoding = _known(encoding) if encoding else detect_encoding(sample)
            if encoding == "utf-8" and len(sample) == SAMPLE_BYTES:
                where = first_non_utf8(path)
                if where is not None:  # a Windows file whose first accent comes after the sample
                    with path.open("rb") as file:
                        file.seek(max(0, where - SAMPLE_BYTES // 2))
                        encoding = legacy_encoding(file.read(SAMPLE_BYTES))
            first = sample.decode(encoding, errors="replace").lstrip("\ufeff").splitlines()
            if not first or not first[0].strip():
                raise ImportFileError(
                    QT_TRANSLATE_NOOP("Messages", "{file} has no header row."), file=path.name
                )
            self.info = TableInfo("csv", encoding, detect_delimiter(first[0]))
        self.headers = self._headers()

    def _headers(self) -> list[str]:
        rows = self.rows(with_header=True)
        try:
            header = next(rows)
        except StopIteration as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Messages", "{file} has no header row."), file=self.path.name
            ) from exc
        finally:
            rows.close()
        raw = [nfc(h).strip() for h in header[1]]
        self.first_row_is_data = self.has_header and looks_like_data(raw)
        if not self.has_header:
            return [f"Column {n}" for n in range(1, len(raw) + 1)]
        if not any(raw):
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Messages", "{file} has an empty header row."),
                file=self.path.name,
            )
        return unique_names(raw)

    def rows(self, with_header: bool = False) -> Generator[tuple[int, list[str]]]:
        """``(line number, cells)`` for each row after the header (or including it)."""
        if self.info.kind == "xlsx":
            yield from self._xlsx_rows(with_header)
        else:
            yield from self._csv_rows(with_header)

    def _csv_rows(self, with_header: bool) -> Iterator[tuple[int, list[str]]]:
        line = 0
        try:
            with self.path.open(encoding=self.info.encoding, newline="") as file:
                reader = csv.reader(file, delimiter=self.info.delimiter, strict=True)
                width = None
                while True:
                    first = reader.line_num + 1  # a record's first line (quoted newlines)
                    line = first
                    try:
                        cells = next(reader)
                    except StopIteration:
                        return
                    if width is None:
                        width = len(cells)
                        if with_header or not self.has_header:
                            yield first, [c.lstrip("\ufeff") for c in cells]
                        continue
                    if not any(c.strip() for c in cells):
                        continue  # a blank line
                    if len(cells) < width:  # missing trailing fields read as empty
                        cells += [""] * (width - len(cells))
                    elif len(cells) > width:
                        if any(c.strip() for c in cells[width:]):
                            long = TooLong(_restore(nfc(c)) for c in cells[:width])
                            long.fields = len(cells)
                            yield first, long
                            continue
                        del cells[width:]  # an empty field after the last (Thunderbird)
                    yield first, [_restore(nfc(c)) for c in cells]
        except csv.Error as error:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file cannot be read near line {line}: {error} (a quote that is never closed, or a stray quote inside a field).",  # noqa: E501
                ),
                line=line,
                error=str(error),
            ) from error
        except UnicodeDecodeError as error:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file is not valid {encoding} text near byte {byte}: save it again as UTF-8 (CSV UTF-8 in Excel).",  # noqa: E501
                ),
                encoding=self.info.encoding,
                byte=error.start,
            ) from error

    def _delimiter_name(self) -> str:
        if self.info.delimiter == "\t":
            return Label(QT_TRANSLATE_NOOP("Messages", "tab"))
        return self.info.delimiter

    def _xlsx_rows(self, with_header: bool) -> Iterator[tuple[int, list[str]]]:
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            book = Book(self.path)
        except (InvalidFileException, OSError, KeyError, ValueError, BadZipFile) as error:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Messages", "{file} is not a readable .xlsx workbook."),
                file=self.path.name,
            ) from error
        try:
            if self.info.sheet and self.info.sheet not in book.sheet_names:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP("Messages", "{file} has no sheet “{sheet}”."),
                    file=self.path.name,
                    sheet=self.info.sheet,
                )
            if not book.sheet_names:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP("Messages", "{file} is not a readable .xlsx workbook."),
                    file=self.path.name,
                )
            rows = book.rows(self.info.sheet or book.sheet_names[0])
            width = None
            for number, values in enumerate(rows, start=1):
                cells = [cell_text(v) for v in values]
                if width is None and not any(cells):
                    continue  # blank rows above the header (a title is one's own business)
                if width is None:
                    while cells and not cells[-1]:
                        cells.pop()
                    width = len(cells)
                    if with_header or not self.has_header:
                        yield number, cells
                    continue
                cells = (cells + [""] * width)[:width]
                if any(cells):
                    yield number, cells
        finally:
            book.close()

    def sheets(self) -> list[str]:
        """The workbook's sheet names ([] for a CSV file)."""
        if self.info.kind != "xlsx":
            return []
        return sheet_names(self.path)


def _known(encoding: str) -> str:
    """The encoding the user named, checked."""
    try:
        return codecs.lookup(encoding).name
    except LookupError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Messages", "“{encoding}” is not an encoding CRM Desk knows."),
            encoding=encoding,
        ) from error
