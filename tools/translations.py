"""Keep the translations in step with the code.

    python tools/translations.py update   # collect every marked string into crmdesk/i18n/*.ts
    python tools/translations.py build    # compile the .ts files into the .qm files we ship

``update`` runs ``pyside6-lupdate`` over the package and the Designer forms (strings that left
the code are dropped); ``qt_vi.ts`` holds Qt's own strings and is edited by hand. ``build``
runs ``pyside6-lrelease``; the test suite fails when a shipped .qm is older than its .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "crmdesk" / "i18n"
FORMS = ROOT / "crmdesk" / "resources" / "ui"  # the Designer forms
LANGUAGES = ("vi",)


def tool(name: str) -> str:
    """A Qt Linguist tool from the PySide6 installation beside this Python."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if found is None:
        raise SystemExit(f"pyside6-{name} is not installed (pip install PySide6-Essentials).")
    return found


def sources() -> list[str]:
    """Every file whose strings are translated."""
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "crmdesk").rglob("*.py"))
    return files + sorted(str(p.relative_to(ROOT)) for p in FORMS.glob("*.ui"))


def update() -> None:
    """Refresh each language's .ts from the code (keeping the translations already made)."""
    for lang in LANGUAGES:
        target = I18N / f"crmdesk_{lang}.ts"
        subprocess.run(
            [tool("lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-ts", str(target)],
            cwd=ROOT,
            check=True,
        )


def build(out: Path = I18N) -> list[Path]:
    """Compile every .ts into a .qm in ``out``; returns the .qm files."""
    made = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run(
            [tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True
        )
        made.append(qm)
    return made


if __name__ == "__main__":
    commands = {"update": update, "build": build}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit(__doc__)
    commands[sys.argv[1]]()
