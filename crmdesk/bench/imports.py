"""The import's figures: the file's deals exported as CSV, then imported into an empty file by
the services (``import_rows_per_s``, and ``import_growth_mb``: memory taken between the first
tenth of the rows and the end), beside plain ``csv`` + ``sqlite3`` importing the same CSV into
another empty file of the same schema (``anchors.imports``). Each import runs in a fresh
interpreter, so neither inherits the other's memory."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from crmdesk.bench.registry import Bench, Figure, Group, Measured
from crmdesk.bench.timing import BenchError, growth_mb, python_code, rss_mb, run_json_child

FIGURES = (
    Figure("import_rows_per_s", throughput=True),
    Figure("import_growth_mb"),
)
_VALUE = "import sys; from crmdesk.bench.imports import value_child; value_child(*sys.argv[1:])"
_ANCHOR = "import sys; from crmdesk.bench.anchors.imports import main; main(sys.argv)"


def value_child(source: str, target: str) -> None:
    """In the child: import ``source`` into ``target`` through the services; print the figures
    as one JSON line."""
    from crmdesk.app import open_workspace
    from crmdesk.services.imports.plan import ImportOptions

    workspace = open_workspace(target)
    samples: list[float] = []
    try:
        start = time.perf_counter()
        report = workspace.services.transfer.import_file(
            Path(source), ImportOptions(), lambda _rows: samples.append(rss_mb())
        )
        seconds = time.perf_counter() - start
    finally:
        workspace.close()
    figures = {
        "rows": report.rows,
        "deals": report.deals,
        "rows_per_s": report.rows / seconds,
        "growth_mb": growth_mb(samples),
    }
    print(json.dumps(figures))


def measure(bench: Bench) -> dict[str, Measured]:
    """Export once, then both imports."""
    from crmdesk.app import open_workspace
    from crmdesk.bench.anchors.scores import capture

    with tempfile.TemporaryDirectory(prefix="crmdesk-import-") as name:
        folder = Path(name)
        source, ours, plain = (folder / n for n in ("deals.csv", "ours.sqlite", "plain.sqlite"))
        workspace = open_workspace(bench.path)
        try:
            workspace.services.transfer.export(source, "deals")
        finally:
            workspace.close()
        for target in (ours, plain):  # empty files of the same schema, made before the clocks
            open_workspace(target).close()
        capture(plain).save(folder / "rescore.json")
        value = run_json_child(python_code(_VALUE, source, ours))
        anchor = run_json_child(python_code(_ANCHOR, source, plain, folder / "rescore.json"))
    if value["deals"] != anchor["deals"]:
        raise BenchError(
            f"the plain import made {anchor['deals']} deals, the services {value['deals']}"
        )
    return {
        "import_rows_per_s": Measured(value["rows_per_s"], anchor["rows_per_s"]),
        "import_growth_mb": Measured(value["growth_mb"], anchor["growth_mb"]),
    }


GROUP = Group("import", FIGURES, measure)
