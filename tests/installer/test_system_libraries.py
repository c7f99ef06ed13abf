"""The Makefile names exactly the system packages Qt's window needs on Debian and Ubuntu: those
providing what PySide6's xcb platform plugin links to (``ldd``), and ``make run`` checks them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
XCB_FILES = ("plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6")
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("ldd") or not shutil.which("dpkg"),
    reason="Debian and Ubuntu: ldd and dpkg",
)


def makefile_packages() -> list[str]:
    """The Makefile's ``APT_PACKAGES``, continuation lines included."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    found = re.search(r"^APT_PACKAGES\s*:?=(.*)$", text, re.MULTILINE)
    assert found, "the Makefile has no APT_PACKAGES"
    return found.group(1).split()


def qt_folder() -> Path:
    """PySide6's Qt (libraries and plugins) in the test venv."""
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


def linked_libraries(binary: Path) -> dict[str, Path | None]:
    """What ``ldd`` says ``binary`` loads: each library's name and file (None: not found)."""
    done = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=True)
    libraries: dict[str, Path | None] = {}
    for line in done.stdout.splitlines():
        name, arrow, rest = line.strip().partition(" => ")
        if arrow:
            target = rest.split(" (")[0].strip()
            libraries[name] = None if target == "not found" else Path(target)
        elif name.startswith("/"):  # the dynamic loader itself
            libraries[Path(name.split()[0]).name] = Path(name.split()[0])
    return libraries


def packages_of(libraries: list[Path]) -> dict[Path, str]:
    """The Debian package that installed each library: one ``dpkg -S`` over every spelling of
    its path (the name ldd gives, its target, and /usr/lib for /lib)."""
    spellings = {
        library: list(
            dict.fromkeys(
                [library, library.resolve()]
                + [Path("/usr") / p.relative_to("/") for p in (library, library.resolve())]
            )
        )
        for library in libraries
    }
    every = sorted({str(p) for paths in spellings.values() for p in paths})
    done = subprocess.run(["dpkg", "-S", *every], capture_output=True, text=True)
    owner: dict[str, str] = {}
    for line in done.stdout.splitlines():
        package, _, path = line.partition(": ")
        owner[path.strip()] = package.split(":")[0].strip().removesuffix("t64")
    found = {}
    for library, paths in spellings.items():
        names = [owner[str(p)] for p in paths if str(p) in owner]
        assert names, f"no package installed {library}"
        found[library] = names[0]
    return found


@cache
def system_libraries() -> dict[str, Path | None]:
    """Every library outside PySide6 that the xcb plugin and libQt6XcbQpa load."""
    qt = qt_folder()
    needed: dict[str, Path | None] = {}
    for name in XCB_FILES:
        assert (qt / name).exists(), f"PySide6 has no {name}"
        for library, path in linked_libraries(qt / name).items():
            if path is None or not path.resolve().is_relative_to(qt.parent):
                needed[library] = path
    return needed


def test_every_library_the_xcb_plugin_links_to_comes_from_a_package_the_makefile_names() -> None:
    listed = set(makefile_packages())
    needed = system_libraries()
    assert "libxcb-icccm.so.4" in needed and "libxcb-cursor.so.0" in needed  # ldd was read
    not_found = sorted(name for name, path in needed.items() if path is None)
    assert not not_found, (
        f"Qt's xcb plugin cannot load {', '.join(not_found)}: install the Makefile's "
        "APT_PACKAGES (`make run` or `make test` as root does), or add their packages to it"
    )
    packages = packages_of([path for path in needed.values() if path is not None])
    unlisted = {str(path): package for path, package in packages.items() if package not in listed}
    assert not unlisted, f"add to the Makefile's APT_PACKAGES: {unlisted}"


def test_every_package_the_makefile_names_provides_a_library_qt_loads() -> None:
    found = [path for path in system_libraries().values() if path is not None]
    used = set(packages_of(found).values())
    unused = sorted(set(makefile_packages()) - used)
    assert not unused, f"the xcb plugin loads nothing from {unused}"


def _make(*args: str) -> subprocess.CompletedProcess[str]:
    """``make`` on the project's Makefile (read from stdin) as an ordinary user, never root."""
    user = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to try make as an ordinary user"
        user = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    return subprocess.run(
        [*user, "make", "--no-print-directory", "-f", "-", *args],
        input=(ROOT / "Makefile").read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        cwd="/",
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"},
        timeout=120,
    )


def test_make_run_names_the_missing_packages_in_one_sentence_and_stops_before_qt() -> None:
    done = _make("run", "APT_PACKAGES=libc6 crmdesk-no-such-package", "VENV=/nonexistent/venv")
    assert done.returncode != 0
    message = done.stderr.splitlines()[0]
    assert "crmdesk-no-such-package" in message and "libc6" not in message
    assert message.count(". ") == 0 and message.endswith(".")
    assert "venv" not in done.stdout + message, "it went on to install and start the program"


def test_the_window_check_passes_silently_where_the_plugin_finds_every_library() -> None:
    assert all(path is not None for path in system_libraries().values())
    checked = _make("window-deps")
    assert checked.returncode == 0 and not checked.stdout + checked.stderr, checked.stderr
