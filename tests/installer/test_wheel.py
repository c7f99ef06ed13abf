"""A wheel of the package is the whole program: installed into a fresh venv outside the checkout,
it makes demo data, prints a quote with its own fonts, draws the board, loads its Designer form,
its icon and its translations."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow
INSTALL = ("--no-deps", "--no-index")  # the dependencies come from the test venv (see venv)


def _shipped_files() -> list[str]:
    """What the package must carry besides code: every resource, and the compiled translations."""
    resources = ROOT / "crmdesk" / "resources"
    installer_only = {".ico", ".icns", ".md", ".py", ".pyc"}  # installer/, docs and code
    found = [
        p.relative_to(ROOT).as_posix()
        for p in resources.rglob("*")
        if p.is_file() and p.suffix not in installer_only and "__pycache__" not in p.parts
    ]
    found += [p.relative_to(ROOT).as_posix() for p in (ROOT / "crmdesk" / "i18n").glob("*.qm")]
    return sorted(found)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel built from a copy of what a source distribution holds; and the build's log."""
    out = tmp_path_factory.mktemp("wheel")
    source = out / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "crmdesk",
        source / "crmdesk",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"),
    )
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", str(source)]
    built = subprocess.run(
        [*command, "-w", str(out / "dist")], capture_output=True, text=True, timeout=600
    )
    log = built.stdout + built.stderr
    assert built.returncode == 0, log[-4000:]
    (made,) = (out / "dist").glob("crmdesk-*.whl")
    return made, log


@pytest.fixture(scope="module")
def venv(wheel: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; the test venv's third-party packages reach it
    through a .pth file (appended after its own site-packages, so the wheel's crmdesk wins)."""
    folder = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", *INSTALL, str(wheel[0])],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    site = _ask(python, "import sysconfig; print(sysconfig.get_path('purelib'))")
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (Path(site) / "_crmdesk_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    return folder


def _ask(
    python: Path, code: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> str:
    done = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def user(venv: Path, tmp_path: Path) -> dict[str, str]:
    """A fresh user outside the checkout: empty home, data and settings; the venv on PATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CRMDESK_", "PYTHON"))}
    scripts = str(venv / ("Scripts" if os.name == "nt" else "bin"))
    ours = str(Path(sys.executable).parent)
    path = [p for p in env.get("PATH", "").split(os.pathsep) if p and p != ours]
    env.update(
        PATH=os.pathsep.join([scripts, *path]),
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        CRMDESK_LANG="vi",
    )
    (tmp_path / "home").mkdir()
    (tmp_path / "work").mkdir()
    return env


def run(venv: Path, env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    program = venv / ("Scripts/crmdesk.exe" if os.name == "nt" else "bin/crmdesk")
    return subprocess.run(
        [str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_the_wheel_carries_every_resource_and_the_font_licence(wheel: tuple[Path, str]) -> None:
    made, log = wheel
    with zipfile.ZipFile(made) as archive:
        names = set(archive.namelist())
    missing = [name for name in _shipped_files() if name not in names]
    assert not missing, f"missing from the wheel: {missing}"
    assert "crmdesk/resources/fonts/DejaVuSans.ttf" in names
    assert "crmdesk/resources/ui/deal_form.ui" in names
    assert any(
        n.endswith(".dist-info/licenses/crmdesk/resources/fonts/LICENSE-DejaVu.txt") for n in names
    )
    assert not [n for n in names if n.startswith(("tests/", "resources/", "ui/", "installer/"))]
    assert "deprecat" not in log.lower(), (
        "the build warns: " + log[log.lower().find("deprecat") - 500 :][:1500]
    )


def test_the_installed_wheel_prints_a_quote_and_draws_the_board_from_outside_the_checkout(
    venv: Path, user: dict[str, str], tmp_path: Path
) -> None:
    work = tmp_path / "work"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    where = Path(_ask(python, "import crmdesk; print(crmdesk.__file__)", user, work))
    assert where.is_relative_to(venv), f"crmdesk came from {where}, not from the installed wheel"
    assert not where.is_relative_to(ROOT)

    db = work / "x.sqlite"
    demo = run(venv, user, work, "demo", "--db", str(db), "--deals", "200")
    assert demo.returncode == 0, demo.stderr
    with sqlite3.connect(db) as connection:
        (number,) = connection.execute(
            "SELECT number FROM quotes WHERE currency = 'VND' ORDER BY id LIMIT 1"
        ).fetchone()

    pdf = work / "F.pdf"
    exported = run(venv, user, work, "quote", "export", number, "--db", str(db), "-o", str(pdf))
    assert exported.returncode == 0, exported.stderr
    assert "Traceback" not in exported.stderr
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        text = page.extract_text()
        fonts = {char["fontname"].split("+")[-1] for char in page.chars}
    assert number in text
    assert "Số tiền bằng chữ" in text and "Tổng cộng thanh toán" in text
    assert fonts and all(font.startswith("DejaVuSans") for font in fonts), fonts

    shot = work / "F.png"
    made = run(venv, user, work, "screenshot", "--db", str(db), "-o", str(shot))
    assert made.returncode == 0, made.stderr
    image = QImage(str(shot))
    assert image.width() >= 1024 and image.height() >= 600, "no board drawn"
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50, "the board is blank"


def test_the_installed_wheel_has_its_form_its_icon_and_its_translations(
    venv: Path, user: dict[str, str], tmp_path: Path
) -> None:
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    probe = (
        "from crmdesk.gui.application import app_icon, qt_app\n"
        "from crmdesk.gui.ui_files import load_form\n"
        "from PySide6.QtWidgets import QLineEdit\n"
        "app = qt_app()\n"
        "form = load_form('deal_form')\n"
        "print(form.findChild(QLineEdit, 'titleEdit') is not None)\n"
        "print(app_icon().pixmap(64, 64).width())\n"
    )
    shown = _ask(python, probe, user, tmp_path / "work").splitlines()
    assert shown[-2] == "True", "the Designer form was not built"
    assert shown[-1] == "64", "the window icon is missing"
    refused = run(
        venv, user, tmp_path / "work", "deals", "move", "99999", "won", "--db", "y.sqlite"
    )
    assert refused.returncode == 1
    assert "Không tìm thấy thương vụ số 99999." in refused.stderr
