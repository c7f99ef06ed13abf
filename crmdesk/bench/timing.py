"""Small measuring tools shared by the figures: clocks, memory, medians and child processes."""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path


class BenchError(RuntimeError):
    """A measurement could not be taken (a child failed, a wait timed out)."""


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def since_ms(start: float) -> float:
    """Milliseconds since ``start`` (a ``time.perf_counter()`` reading)."""
    return (time.perf_counter() - start) * 1000


def median(samples: Sequence[float]) -> float:
    """The median, NaN for no samples."""
    return statistics.median(samples) if samples else float("nan")


def growth_mb(samples: Sequence[float]) -> float:
    """Memory taken between the first tenth of a run and its end (samples taken as it went):
    near zero when memory stays flat however long the run is."""
    if not samples:
        return 0.0
    return max(0.0, max(samples) - samples[len(samples) // 10])


def child_env() -> dict[str, str]:
    """The environment of a measured child: offscreen unless a platform is chosen."""
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


def python_code(code: str, *args: str | Path) -> list[str]:
    """A command running ``code`` in a fresh interpreter of this Python."""
    return [sys.executable, "-c", code, *(str(a) for a in args)]


def time_to_line(command: list[str], line: str, timeout_s: float = 120) -> tuple[float, list[str]]:
    """Start ``command``; milliseconds from its start until it prints ``line``, and the lines
    it printed after that."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=child_env())
    assert proc.stdout is not None
    elapsed = float("nan")
    while got := proc.stdout.readline():
        if got.strip() == line:
            elapsed = since_ms(start)
            break
    rest = proc.stdout.read()  # not communicate(): it would skip what this reader buffered
    proc.wait(timeout=timeout_s)
    if proc.returncode != 0 or math.isnan(elapsed):
        raise BenchError(f"{' '.join(command[:3])} … ended with {proc.returncode} before {line!r}")
    return elapsed, rest.splitlines()


def run_json_child(command: list[str], timeout_s: float = 3600) -> dict[str, float]:
    """Run ``command`` and read the JSON object it prints last."""
    import json

    result = subprocess.run(
        command, capture_output=True, text=True, env=child_env(), timeout=timeout_s, check=False
    )
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        raise BenchError(f"a measuring child failed: {result.stderr.strip()[-500:]}")
    values: dict[str, float] = json.loads(lines[-1])
    return values
