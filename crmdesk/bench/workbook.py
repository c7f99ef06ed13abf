"""The workbook's figures: the file exported as one .xlsx by the services
(``workbook_export_rows_per_s``) and that workbook restored into an empty file
(``workbook_import_rows_per_s``), beside plain openpyxl: a write-only workbook of the same four
tables read with ``sqlite3``, and a read-only pass over the same sheets written with
``sqlite3.executemany`` into plain tables (``anchors.workbook``)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from crmdesk.bench.registry import Bench, Figure, Group, Measured

FIGURES = (
    Figure("workbook_export_rows_per_s", throughput=True),
    Figure("workbook_import_rows_per_s", throughput=True),
)


def measure(bench: Bench) -> dict[str, Measured]:
    """Export, the anchor's export, restore, the anchor's read."""
    from crmdesk.app import open_workspace
    from crmdesk.bench.anchors.workbook import read_workbook, write_workbook

    with tempfile.TemporaryDirectory(prefix="crmdesk-workbook-") as name:
        folder = Path(name)
        ours, plain = folder / "ours.xlsx", folder / "plain.xlsx"
        workspace = open_workspace(bench.path)
        try:
            start = time.perf_counter()
            rows = workspace.services.transfer.export(ours)
            export_s = time.perf_counter() - start
        finally:
            workspace.close()
        start = time.perf_counter()
        anchor_rows = write_workbook(bench.path, plain)
        anchor_export_s = time.perf_counter() - start
        target = open_workspace(folder / "restored.sqlite")
        try:
            start = time.perf_counter()
            target.services.transfer.import_file(ours)
            import_s = time.perf_counter() - start
        finally:
            target.close()
        start = time.perf_counter()
        read_rows = read_workbook(ours, folder / "plain.sqlite")
        anchor_import_s = time.perf_counter() - start
    return {
        "workbook_export_rows_per_s": Measured(rows / export_s, anchor_rows / anchor_export_s),
        "workbook_import_rows_per_s": Measured(rows / import_s, read_rows / anchor_import_s),
    }


GROUP = Group("workbook", FIGURES, measure)
