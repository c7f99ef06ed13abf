"""What an import would do before it does it: the columns, the preset, the mapping, a preview,
the stages CRM Desk does not know and how dates read — everything the wizard shows."""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message
from crmdesk.services.imports.encodings import ImportFileError
from crmdesk.services.imports.presets import Preset, column_map, preset_named, recognize, stage_of
from crmdesk.services.imports.reading import (
    TableInfo,
    TableReader,
    looks_like_data,
)
from crmdesk.services.imports.values import guess_date_order, reads_both_ways
from crmdesk.services.imports.xlsx import Book

NAME_FIELDS = frozenset(
    {"deal.title", "org.name", "contact.full_name", "contact.first_name", "contact.last_name"}
)
SAMPLE_ROWS = 2_000  # what the wizard reads of a file before the check: dates, stages


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """The user's choices."""

    preset: str | None = None
    columns: Mapping[str, str] = field(default_factory=dict)  # column -> field
    stages: Mapping[str, Stage] = field(default_factory=dict)  # source stage -> ours
    duplicates: str = "merge"  # or "skip"
    date_order: str | None = None  # dmy, mdy or ymd; guessed when None
    dry_run: bool = False
    sheet: str | None = None  # which sheet of a workbook (the first when None)
    currency: str | None = None  # amounts without a currency of their own (None: the company's)
    header: bool | None = None  # whether the first row names the columns (None: detected)
    encoding: str | None = None  # a CSV's encoding (None: detected)
    existing: str = "skip"  # a deal already in CRM Desk (same id, or title+org+value): or "update"


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """How a file would be read, shown before anything is written."""

    headers: list[str]
    info: TableInfo
    preset: Preset | None
    mapping: dict[int, str]  # column index -> field
    preview: list[list[str]]
    unknown_stages: list[str]
    date_order: str
    ambiguous_date: str | None  # a date of the file that reads both ways, if any
    estimated_rows: int
    first_row_is_data: bool = False  # the header row looks like values: ask
    own_workbook: bool = False  # a CRM Desk .xlsx export, restored as a whole
    sheets: tuple[str, ...] = ()  # a workbook's sheets, to choose from

    @property
    def has_names(self) -> bool:
        """Whether some column gives each row a name (deal, organization or person)."""
        return bool(NAME_FIELDS & set(self.mapping.values()))


def read_plan(
    path: Path, options: ImportOptions
) -> tuple[TableReader, Preset | None, dict[int, str]]:
    """Open the file and decide which column holds what (raises with a sentence if unclear)."""
    reader, preset, mapping = _mapped(path, options)
    if next(iter(head(reader.rows(), 1)), None) is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Messages", "{file} has a header row but no data rows."),
            file=path.name,
        )
    if options.header is None and reader.first_row_is_data:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The first row of {file} looks like data, not column names (“{cell}”): import it with --no-header (its columns are then Column 1, Column 2…), or with --header if it does name the columns.",  # noqa: E501
            ),
            file=path.name,
            cell=next(h for h in reader.headers if looks_like_data([h])),
        )
    if not NAME_FIELDS & set(mapping.values()):
        message = no_names_message(reader.headers, mapping)
        raise ImportFileError(message.template, **message.values)
    return reader, preset, mapping


def no_names_message(headers: list[str], mapping: dict[int, str] | None = None) -> Message:
    """The sentence for a mapping that names nothing: what is missing, when some columns are
    known; else which column is what."""
    shown = ", ".join(f"“{h}”" for h in headers[:8])
    if mapping:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                'Each row needs a name: the file has no column for a person\'s name, an organization or a deal title (its columns are {columns}). Map one, e.g. --map "{first}=contact.full_name".',  # noqa: E501
            ),
            columns=shown,
            first=headers[0],
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            'Which column is what? The file\'s columns are {columns}; choose a preset or map them, e.g. --map "Name=deal.title" --map "Company=org.name".',  # noqa: E501
        ),
        columns=shown,
    )


def _mapped(
    path: Path, options: ImportOptions
) -> tuple[TableReader, Preset | None, dict[int, str]]:
    reader = TableReader(path, options.sheet, options.header, options.encoding)
    preset = preset_named(options.preset) if options.preset else recognize(reader.headers)
    return reader, preset, column_map(reader.headers, preset, options.columns)


def inspect_file(path: Path, options: ImportOptions, preview_rows: int = 10) -> ImportPlan:
    """Read enough of the file to show the user how it would be imported; writes nothing."""
    reader, preset, mapping = _mapped(path, options)
    preview = [cells for _n, cells in head(reader.rows(), preview_rows)]
    order, ambiguous = date_order_of(reader, mapping)
    sample = None
    if ambiguous and options.date_order is None:
        sample = next(iter(_ambiguous_dates(reader, mapping)), None)
    return ImportPlan(
        reader.headers,
        reader.info,
        preset,
        mapping,
        preview,
        sorted(unknown_stages(reader, mapping, options.stages)),
        options.date_order or order,
        sample,
        estimate_rows(reader),
        first_row_is_data=options.header is None and reader.first_row_is_data,
        sheets=tuple(reader.sheets()),
    )


def head(rows: Generator[tuple[int, list[str]]], n: int) -> Iterator[tuple[int, list[str]]]:
    """The first ``n`` rows, closing the file after them."""
    try:
        yield from islice(rows, n)
    finally:
        rows.close()


def _date_cells(reader: TableReader, mapping: dict[int, str]) -> Iterator[str]:
    columns = [i for i, f in mapping.items() if f == "deal.expected_close"]
    if not columns:
        return
    for _n, cells in head(reader.rows(), SAMPLE_ROWS):
        for i in columns:
            yield cells[i]


def date_order_of(reader: TableReader, mapping: dict[int, str]) -> tuple[str, bool]:
    """The file's day and month order as its dates suggest, and whether they leave it open."""
    return guess_date_order(_date_cells(reader, mapping))


def _ambiguous_dates(reader: TableReader, mapping: dict[int, str]) -> Iterator[str]:
    return (text.strip() for text in _date_cells(reader, mapping) if reads_both_ways(text))


def unknown_stages(
    reader: TableReader, mapping: dict[int, str], extra: Mapping[str, Stage]
) -> set[str]:
    """The stage names CRM Desk cannot place among the file's first rows (the wizard reads a
    sample; the check reads the file once and names any found further down)."""
    columns = [i for i, f in mapping.items() if f == "deal.stage"]
    if not columns:
        return set()
    return {
        cells[i].strip()
        for _n, cells in head(reader.rows(), SAMPLE_ROWS)
        for i in columns
        if cells[i].strip() and stage_of(cells[i], extra) is None
    }


def estimate_rows(reader: TableReader) -> int:
    """About how many data rows the file has (for a progress bar; quoted newlines count)."""
    if reader.info.kind == "xlsx":
        with Book(reader.path) as book:
            name = reader.info.sheet or book.sheet_names[0]
            return max(book.row_count(name) - 1, 0)
    lines = 0
    with reader.path.open("rb") as file:
        while chunk := file.read(1 << 20):
            lines += chunk.count(b"\n")
    return max(lines - 1, 0) if reader.info.encoding not in ("utf-16", "utf-32") else lines
