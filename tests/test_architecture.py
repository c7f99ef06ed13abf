"""The layering rules and code style are checked as part of the suite."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is not installed in the test environment"
    return found


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Every contract of pyproject.toml was checked and kept (however many there are).
    declared = (ROOT / "pyproject.toml").read_text().count("[[tool.importlinter.contracts]]")
    assert declared > 0
    assert f"Contracts: {declared} kept, 0 broken." in result.stdout


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "crmdesk", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow  # the first run in a fresh checkout reads the stubs: ~40 s; then ~5 s
def test_mypy_finds_no_type_error() -> None:
    """mypy as configured in pyproject.toml (strict for the domain and the services); its cache
    in the checkout's .mypy_cache keeps a run after a small change to a few seconds."""
    result = subprocess.run(
        [_tool("mypy"), "--cache-dir", str(ROOT / ".mypy_cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def _gui_classes() -> list[tuple[Path, ast.ClassDef]]:
    found = []
    for path in sorted((ROOT / "crmdesk" / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [(path, n) for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    return found


IRREGULAR_PAST = {"built", "chosen", "done", "found", "shown"}


def test_custom_signals_are_snake_case_and_past_tense() -> None:
    wrong = []
    for path, cls in _gui_classes():
        for item in cls.body:
            if (
                isinstance(item, ast.Assign)
                and isinstance(item.value, ast.Call)
                and ast.unparse(item.value.func) == "Signal"
            ):
                for target in item.targets:
                    signal = ast.unparse(target)
                    last = signal.rsplit("_", 1)[-1]
                    if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", signal) or not (
                        last.endswith("ed") or last in IRREGULAR_PAST
                    ):
                        wrong.append(f"{path.relative_to(ROOT)}: {cls.name}.{signal}")
    assert not wrong


def test_methods_connected_to_signals_are_slots() -> None:
    """A method of a QObject that connects it (``….connect(self.method)``) is a ``@Slot``."""
    classes = _gui_classes()
    bases = {
        cls.name: [ast.unparse(b).rsplit(".", 1)[-1] for b in cls.bases] for _p, cls in classes
    }

    def is_qt(name: str, seen: frozenset[str] = frozenset()) -> bool:
        return name.startswith("Q") or any(
            is_qt(b, seen | {name}) for b in bases.get(name, ()) if b not in seen
        )

    missing = []
    for path, cls in classes:
        if not is_qt(cls.name):
            continue  # a plain object's method is called as a plain callable
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
        for node in ast.walk(cls):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and node.args
                and isinstance(node.args[0], ast.Attribute)
                and ast.unparse(node.args[0].value) == "self"
                and node.args[0].attr in methods
            ):
                method = methods[node.args[0].attr]
                decorators = [ast.unparse(d) for d in method.decorator_list]
                if not any(d.startswith("Slot") for d in decorators):
                    missing.append(
                        f"{path.relative_to(ROOT)}:{method.lineno} {cls.name}.{method.name}"
                    )
    assert not missing
