"""A figure's ratio always says how many times slower than its anchor, and its budget which way."""

from __future__ import annotations

import math

from crmdesk.bench import figure_keys
from crmdesk.bench.registry import Figure, Measured
from crmdesk.bench.timing import growth_mb


def test_a_time_is_divided_by_its_anchor() -> None:
    assert Figure("board_ready_ms", 150).ratio(Measured(82.6, 31.0)) == 2.66


def test_a_throughput_divides_its_anchor_so_slower_is_still_a_bigger_ratio() -> None:
    figure = Figure("import_rows_per_s", throughput=True)
    assert figure.ratio(Measured(5_000, 10_000)) == 2.0
    assert figure.ratio(Measured(20_000, 10_000)) == 0.5


def test_a_zero_or_failed_anchor_gives_no_ratio() -> None:
    figure = Figure("import_growth_mb")
    assert figure.ratio(Measured(3.0, 0.0)) is None
    assert figure.ratio(Measured(math.nan, 2.0)) is None
    assert Figure("x", throughput=True).ratio(Measured(0.0, 5.0)) is None


def test_a_budget_is_a_ceiling_for_times_and_a_floor_for_throughputs() -> None:
    assert Figure("move_ms", 15).within_budget(15.0) is True
    assert Figure("move_ms", 15).within_budget(15.1) is False
    assert Figure("rows", 1000, throughput=True).within_budget(999) is False
    assert Figure("score_recompute_ms").within_budget(1e9) is None


def test_memory_growth_is_counted_from_the_first_tenth_of_the_run() -> None:
    assert growth_mb([100.0] * 10 + [130.0, 120.0]) == 30.0
    assert growth_mb([]) == 0.0
    assert growth_mb([150.0, 140.0, 140.0]) == 0.0  # shrinking is no growth


def test_every_figure_of_the_design_and_of_issue_13_is_registered_once() -> None:
    keys = figure_keys()
    assert len(keys) == len(set(keys))
    assert set(keys) == {
        "board_ready_ms",
        "move_ms",
        "search_ms",
        "startup_ms",
        "rss_mb",
        "rescore_blocked_ms",
        "score_recompute_ms",
        "quote_pdf_ms",
        "import_rows_per_s",
        "import_growth_mb",
        "workbook_export_rows_per_s",  # issue 17
        "workbook_import_rows_per_s",
        "insight_ms",  # issue 21
        "contacts_ready_ms",  # issue 19
        "contacts_search_ms",
    }
