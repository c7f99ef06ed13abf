"""``crmdesk bench``: every figure of the performance budget beside its anchor, in one run.

Machines differ and are noisy (the same build measured 83 ms and 330 ms on two days), so each
figure is measured beside an **anchor** — the plain-library way of doing the same work on the
same data (raw ``sqlite3``, a bare ``QListView``, a bare PySide6 window, bare ReportLab, plain
``csv``) — in the same run, as the design's performance budget asks. The ratio, figure ÷
anchor (anchor ÷ figure for a throughput such as rows/s, so a ratio always says "times slower
than the anchor"), is what the project holds itself to; the budgets are printed beside it.

The package::

    registry.py  Figure (key, budget, throughput), Measured (value, anchor), Group (figures and
                 the function that measures them), Bench (the file measured, its counts)
    window.py    board_ready_ms, move_ms, search_ms, rss_mb; with rescore.py
                 rescore_blocked_ms and score_recompute_ms
    contacts.py  contacts_ready_ms, contacts_search_ms (anchor: anchors/bare_list replays the
                 statements the Contacts view sent, with plain sqlite3 in a bare table)
    startup.py   startup_ms (and ``crmdesk --first-paint``)
    pdf.py       quote_pdf_ms
    imports.py   import_rows_per_s, import_growth_mb
    workbook.py  workbook_export_rows_per_s, workbook_import_rows_per_s
    insight.py   insight_ms
    anchors/     the plain twins: bare_board (sqlite3 + bare list views; also a script),
                 scores (the services' own score UPDATE), pdf (bare ReportLab), imports
    timing.py    clocks, memory, child processes; gaps.py: the event-loop gap meter

Adding a figure (say ``contacts_list_ms``):

1. Write ``crmdesk/bench/contacts.py`` with ``FIGURES = (Figure("contacts_list_ms", 100),)``
   and ``measure(bench: Bench) -> dict[str, Measured]``: do the work through the real window
   or services on ``bench.path``, then the anchor, and return
   ``{"contacts_list_ms": Measured(value, anchor)}``. Put the anchor in ``anchors/``: plain
   libraries only (the standard library, PySide6, ReportLab, openpyxl), reading the same
   tables and indexes the implementation reads — so the ratio measures our layers, not another
   algorithm — and following the implementation when it changes (as ``anchors.scores`` does).
   Put back whatever you change in the file.
2. End the module with ``GROUP = Group("contacts", FIGURES, measure)`` and list it in
   :func:`groups`. Its figures then appear in the report and in ``--json`` in that order, and
   ``crmdesk bench --only contacts_list_ms`` measures just its group.
3. A throughput (bigger is better) is ``Figure(key, throughput=True)``. Add a row to the
   performance table of README.md.
"""

from __future__ import annotations

import json
import math
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

from crmdesk.bench.registry import Bench, Figure, Group, Measured
from crmdesk.bench.timing import BenchError
from crmdesk.files import write_atomic
from crmdesk.gui.pyside_fix import keep_none_alive

__all__ = ["BenchError", "Figure", "Group", "Measured", "figure_keys", "groups", "run_bench"]

COUNTED = ("deals", "organizations", "contacts", "activities")
Results = list[tuple[Figure, Measured]]


def groups() -> list[Group]:
    """Every group of figures, in the order they are measured and reported."""
    from crmdesk.bench import contacts, imports, insight, pdf, startup, window, workbook

    return [
        window.GROUP,
        contacts.GROUP,
        startup.GROUP,
        pdf.GROUP,
        imports.GROUP,
        workbook.GROUP,
        insight.GROUP,
    ]


def figure_keys() -> list[str]:
    """The key of every figure, in report order."""
    return [key for group in groups() for key in group.keys()]  # noqa: SIM118 (a method, not a dict)


def count_rows(path: Path) -> dict[str, int]:
    """How many deals, organizations, contacts and activities the file holds."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in COUNTED}
    finally:
        conn.close()


def _warm(path: Path) -> None:
    """Read the file once, so every figure and anchor finds it in the system's cache alike."""
    for name in (path, Path(f"{path}-wal")):
        if name.exists():
            with name.open("rb") as file:
                while file.read(1 << 24):
                    pass


def _rounded(measured: Measured) -> Measured:
    return Measured(round(measured.value, 2), round(measured.anchor, 2))


def measure(path: Path, only: Collection[str] = ()) -> tuple[dict[str, int], Results]:
    """Measure every group (or those holding a figure of ``only``) on the file at ``path``."""
    _warm(path)
    counts = count_rows(path)
    bench = Bench(path, counts)
    results: Results = []
    for group in groups():
        if only and not set(group.keys()) & set(only):
            continue
        measured = group.measure(bench)
        results += [(f, _rounded(measured[f.key])) for f in group.figures]
    return counts, results


def _number(x: float | None) -> float | None:
    return None if x is None or not math.isfinite(x) else x


def document(path: Path, counts: dict[str, int], results: Results) -> dict[str, Any]:
    """The ``--json`` document: the counts of the file measured, then per figure its value,
    anchor, ratio and budget."""
    data: dict[str, Any] = {"file": str(path), **counts}
    for figure, m in results:
        data[figure.key] = {
            "value": _number(m.value),
            "anchor": _number(m.anchor),
            "ratio": figure.ratio(m),
            "budget": figure.budget,
        }
    return data


def report(
    path: Path, counts: dict[str, int], results: Results, out: Callable[[str], None] = print
) -> None:
    """The figures beside their anchors, ratios and budgets, as text."""
    from crmdesk.gui.language import translate

    out(
        translate(
            "CLI",
            "CRM Desk benchmark — {deals:,} deals, {organizations:,} organizations, {contacts:,} contacts, {activities:,} activities in {file}",  # noqa: E501
        ).format(file=path, **counts)
    )
    out(
        translate(
            "CLI",
            "Each figure is measured beside its anchor, the plain-library way of doing the same work on the same data, in this run. Ratio = figure ÷ anchor (anchor ÷ figure for rows/s): how many times slower than the anchor.",  # noqa: E501
        )
    )
    heads = (
        translate("CLI", "value"),
        translate("CLI", "anchor"),
        translate("CLI", "ratio"),
        translate("CLI", "budget"),
    )
    out(f"  {'':<20} {heads[0]:>10} {heads[1]:>10} {heads[2]:>8}   {heads[3]}")
    for figure, m in results:
        ratio = figure.ratio(m)
        shown = f"×{ratio:,.2f}" if ratio is not None else "—"
        verdict = ""
        if figure.budget is not None:
            sign = "≥" if figure.throughput else "≤"
            kept = figure.within_budget(m.value)
            verdict = f"{sign} {figure.budget:,.0f} " + (
                translate("CLI", "ok") if kept else translate("CLI", "OVER BUDGET")
            )
        line = f"  {figure.key:<20} {m.value:>10,.1f} {m.anchor:>10,.1f} {shown:>8}   {verdict}"
        out(line.rstrip())


def _generate(path: Path, deals: int) -> None:
    from crmdesk.gui.language import translate

    generating = translate("CLI", "Generating {deals:,} demo deals in {path}…")
    print(generating.format(deals=deals, path=path), flush=True)
    command = [sys.executable, "-m", "crmdesk", "demo", "--db", str(path), "--deals", str(deals)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def _write_json(target: Path, data: dict[str, Any]) -> None:
    """Written beside and renamed, so a reader never sees half a file."""
    write_atomic(target, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def run_bench(
    deals: int,
    db: Path | None,
    json_path: Path | None = None,
    only: Sequence[str] = (),
    out: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Measure the file ``db`` (made with ``deals`` demo deals when missing; a temporary one
    when None), print the report, write ``json_path``; returns the JSON document."""
    folder = None
    if db is None:
        folder = tempfile.TemporaryDirectory(prefix="crmdesk-bench-")
        db = Path(folder.name) / "bench.sqlite"
    keep_none_alive()  # the window's own guard (crmdesk.gui.pyside_fix)
    try:
        if not db.exists():
            _generate(db, deals)
        counts, results = measure(db, only)
        report(db, counts, results, out)
        data = document(db, counts, results)
        if json_path is not None:
            _write_json(json_path, data)
    finally:
        if folder is not None:
            folder.cleanup()
    return data
