"""The Insight report as plain data: words already in the reader's language, figures as values
(the PDF and the workbook format them their own way)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Amount:
    """Money: minor units of a currency."""

    minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class Share:
    """A share, 0–1 (None: nothing to divide)."""

    value: float | None


@dataclass(frozen=True, slots=True)
class Days:
    """A number of days (None: no stays)."""

    value: float | None


Cell = str | int | Amount | Share | Days | None


@dataclass(frozen=True, slots=True)
class TableData:
    """A table: a header and rows of cells."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True, slots=True)
class Bars:
    """A bar chart: stacked series over categories, and a target line."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...], str], ...]  # name, values, colour "#rrggbb"
    horizontal: bool = False
    target: float | None = None
    target_label: str = ""
    currency: str | None = None  # the value axis shows money of this currency


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the report: a chart, a table, and sentences under them."""

    title: str
    charts: tuple[Bars, ...] = ()
    tables: tuple[TableData, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InsightDocument:
    """The whole report."""

    language: str  # "vi" or "en"
    title: str
    subtitle: str
    headline: str
    sections: tuple[Section, ...]
    page_label: str = "Page {page} of {pages}"  # with {page} and {pages}
