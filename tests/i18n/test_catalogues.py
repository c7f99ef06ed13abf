"""The Vietnamese catalogues are complete, keep every placeholder, and are what we ship."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "crmdesk" / "i18n"
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402  (tools/translations.py)

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate finds in the code today (not the committed file)."""
    target = tmp_path_factory.mktemp("ts") / "fresh_vi.ts"
    subprocess.run(
        [
            translations.tool("lupdate"),
            *translations.sources(),
            "-locations",
            "none",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return target


def test_every_string_in_the_code_has_a_finished_vietnamese_translation(
    fresh_catalogue: Path,
) -> None:
    committed = {(c, s): t for c, s, t in messages(I18N / "crmdesk_vi.ts") if t is not None}
    missing, unfinished = [], []
    for context, source, _ in messages(fresh_catalogue):
        translation = committed.get((context, source))
        if translation is None:
            missing.append(f"{context}: {source}")
        elif translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
            translation.text or list(translation)
        ):
            unfinished.append(f"{context}: {source}")
    assert not missing, "run `python tools/translations.py update` and translate:\n" + "\n".join(
        missing[:40]
    )
    assert not unfinished, "translate these in crmdesk/i18n/crmdesk_vi.ts:\n" + "\n".join(
        unfinished[:40]
    )


@pytest.mark.parametrize("catalogue", ["crmdesk_vi.ts", "qt_vi.ts"])
def test_translations_keep_placeholders_and_accelerators(catalogue: str) -> None:
    wrong = []
    for context, source, translation in messages(I18N / catalogue):
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} → {text!r} (placeholders)")
            if accelerators(text) != accelerators(source):
                wrong.append(f"{context}: {source!r} → {text!r} (& accelerator)")
    assert not wrong, "\n".join(wrong)


def test_translations_are_nfc_vietnamese_and_not_left_in_english() -> None:
    import unicodedata

    same = []
    for context, source, translation in messages(I18N / "crmdesk_vi.ts"):
        text = translation.text or ""
        assert unicodedata.normalize("NFC", text) == text, f"{context}: {text!r} is not NFC"
        words = re.findall(r"[A-Za-z]{4,}", re.sub(r"<[^>]+>|%\d|\{\w+\}|\(\*\.\w+\)", "", source))
        if text == source and words:
            same.append(f"{context}: {source}")
    # A few strings are names or codes in both languages; anything else is untranslated.
    allowed = {"English", "Tiếng Việt", "Email", "Excel", "Website", "CRM Desk", "%1 — CRM Desk"}
    assert [s for s in same if s.split(": ", 1)[1] not in allowed] == []


def test_the_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    built = translations.build(tmp_path)
    assert {q.name for q in built} == {"crmdesk_vi.qm", "qt_vi.qm"}
    for qm in built:
        shipped = I18N / qm.name
        assert shipped.exists(), f"{qm.name} is not shipped: python tools/translations.py build"
        assert shipped.read_bytes() == qm.read_bytes(), (
            f"{qm.name} is older than its .ts: python tools/translations.py build"
        )


@pytest.mark.parametrize(
    ("context", "source", "pdf_key"),
    [
        ("QuoteEditor", "Subtotal", "subtotal"),
        ("QuoteEditor", "Discount", "discount_total"),
        ("QuoteEditor", "Grand total", "grand_total"),
        ("Quote", "Quantity", "quantity"),
        ("Quote", "Unit price", "unit_price"),
        ("Quote", "Unit", "unit"),
        ("Quote", "Amount", "amount"),
    ],
)
def test_the_quote_editor_and_the_pdf_use_the_same_vietnamese_words(
    context: str, source: str, pdf_key: str
) -> None:
    from crmdesk.reports.text import labels

    translations = {(c, s): t.text for c, s, t in messages(I18N / "crmdesk_vi.ts")}
    assert translations[(context, source)] == labels("vi")[pdf_key]
