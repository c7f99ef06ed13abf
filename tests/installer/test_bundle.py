"""The one build command makes a bundle that runs on its own, with its data outside it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python installer/build.py`` into a scratch folder; the program folder it made."""
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert list((out / "dist").glob("crmdesk-*-linux-*.tar.gz")), "no archive"
    return out / "dist" / "crmdesk"


@pytest.fixture
def user(tmp_path: Path) -> dict[str, str]:
    """A fresh user: empty home, data and settings folders; no display."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CRMDESK_", "PYTHON"))}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    (tmp_path / "home").mkdir()
    return env


def run(bundle: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / "crmdesk"), *args], env=env, capture_output=True, text=True, timeout=300
    )


def test_the_frozen_program_works_on_a_fresh_data_folder(
    bundle: Path, user: dict[str, str], tmp_path: Path
) -> None:
    version = run(bundle, user, "--version")
    assert version.returncode == 0 and version.stdout.startswith("crmdesk 0."), version.stderr

    demo = run(bundle, user, "demo", "--deals", "500")
    assert demo.returncode == 0, demo.stderr
    data = Path(user["XDG_DATA_HOME"]) / "CRM Desk"
    sample = data / "sample.sqlite"
    assert sample.exists(), "the data goes to the platform's data folder"
    assert not list(bundle.rglob("*.sqlite")), "nothing is written inside the bundle"

    listing = run(bundle, user, "deals", "list", "--sample", "--json")
    assert listing.returncode == 0, listing.stderr
    cards = json.loads(listing.stdout)
    assert len(cards) == 500 and {"id", "title", "stage"} <= set(cards[0])

    with sqlite3.connect(sample) as db:
        (number,) = db.execute("SELECT number FROM quotes ORDER BY id LIMIT 1").fetchone()
    pdf = tmp_path / "quote.pdf"
    exported = run(bundle, user, "quote", "export", number, "--sample", "-o", str(pdf))
    assert exported.returncode == 0, exported.stderr
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        assert number in page.extract_text()
        assert any("DejaVuSans" in c["fontname"] for c in page.chars)

    shot = tmp_path / "board.png"
    made = run(bundle, user, "screenshot", "--sample", "-o", str(shot), "--size", "1200x800")
    assert made.returncode == 0, made.stderr
    image = QImage(str(shot))
    colours = {image.pixel(x, y) for x in range(0, 1200, 7) for y in range(0, 800, 7)}
    assert (image.width(), image.height()) == (1200, 800) and len(colours) > 50


def test_the_bundle_speaks_vietnamese_and_leaves_unused_qt_out(
    bundle: Path, user: dict[str, str]
) -> None:
    refused = run(bundle, {**user, "CRMDESK_LANG": "vi"}, "deals", "move", "9", "won")
    assert refused.returncode == 1
    assert "Không tìm thấy thương vụ số 9." in refused.stderr
    names = {p.name for p in bundle.rglob("*")}
    for unused in ("WebEngine", "Qml", "Quick", "Qt63D", "Multimedia", "Charts"):
        assert not [n for n in names if unused in n], f"{unused} is in the bundle"
    for needed in (
        "crmdesk_vi.qm",
        "qt_vi.qm",
        "DejaVuSans.ttf",
        "deal_form.ui",
        "0001_initial.py",
    ):
        assert needed in names, f"{needed} is missing from the bundle"


def test_the_linux_install_is_per_user_and_keeps_the_data(
    bundle: Path, user: dict[str, str]
) -> None:
    installed = subprocess.run(
        ["sh", str(bundle / "install.sh")], env=user, capture_output=True, text=True, timeout=300
    )
    assert installed.returncode == 0, installed.stderr
    share = Path(user["XDG_DATA_HOME"])
    entry = (share / "applications" / "crmdesk.desktop").read_text(encoding="utf-8")
    program = share / "crmdesk" / "app" / "crmdesk"
    assert f'Exec="{program}"' in entry and "Icon=crmdesk" in entry
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "crmdesk.png").exists()
    launcher = Path(user["HOME"]) / ".local" / "bin" / "crmdesk"
    assert launcher.resolve() == program.resolve()
    assert subprocess.run([str(launcher), "demo", "--deals", "20"], env=user).returncode == 0
    sample = share / "CRM Desk" / "sample.sqlite"
    before = sample.stat().st_mtime_ns
    time.sleep(0.01)
    again = subprocess.run(["sh", str(bundle / "install.sh")], env=user, capture_output=True)
    assert again.returncode == 0  # an upgrade: the program replaced, the data untouched
    assert sample.stat().st_mtime_ns == before
    removed = subprocess.run(
        ["sh", str(program.parent / "uninstall.sh")], env=user, capture_output=True, text=True
    )
    assert removed.returncode == 0, removed.stderr
    assert not program.exists() and not launcher.exists() and sample.exists()
