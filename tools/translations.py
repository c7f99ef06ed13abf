"""Keep the translations in step with the code.

    python tools/translations.py update   # collect every marked string into crmdesk/i18n/*.ts
    python tools/translations.py build    # compile the .ts files into the .qm files we ship
    python tools/translations.py fill OTHER.ts...  # take unfinished ones from other .ts files

``update`` runs ``pyside6-lupdate`` over the package and the Designer forms (strings that left
the code are dropped); ``qt_vi.ts`` holds Qt's own strings and is edited by hand. ``build``
runs ``pyside6-lrelease``; the test suite fails when a shipped .qm is older than its .ts.
``fill`` helps after a merge: take one side's .ts, ``update``, then fill the strings still
unfinished from the other side's .ts (``git show branch:crmdesk/i18n/crmdesk_vi.ts > other.ts``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def _finished(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                found[(name, message.findtext("source", ""))] = translation
    return found


def fill(others: list[Path]) -> None:
    """Finish each unfinished string of each language from the first other .ts that has it."""
    known: dict[tuple[str, str], ET.Element] = {}
    for other in reversed(others):
        known.update(_finished(other))
    for lang in LANGUAGES:
        target = I18N / f"crmdesk_{lang}.ts"
        tree = ET.parse(target)
        filled = missing = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") != "unfinished":
                    continue
                source = known.get((name, message.findtext("source", "")))
                if source is None:
                    missing += 1
                    continue
                message.remove(translation)
                message.append(source)
                filled += 1
        ET.indent(tree)
        tree.write(target, encoding="utf-8", xml_declaration=True)
        print(f"{target.name}: filled {filled}, still unfinished {missing}")
    update()  # lupdate writes the file back in its own layout, so merges don't churn


if __name__ == "__main__":
    if sys.argv[1:2] == ["fill"] and len(sys.argv) > 2:
        fill([Path(arg) for arg in sys.argv[2:]])
    elif len(sys.argv) == 2 and sys.argv[1] in ("update", "build"):
        {"update": update, "build": build}[sys.argv[1]]()
    else:
        raise SystemExit(__doc__)
