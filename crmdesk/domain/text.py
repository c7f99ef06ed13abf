"""Text normalization: NFC on entry, and folding for search."""

from __future__ import annotations

import unicodedata

# "đ" and "Đ" are letters of their own, not "d" plus a mark: NFD leaves them alone.
_EXTRA_FOLDS = str.maketrans(
    {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o"}
    # Typographic punctuation folds to its ASCII twin: "POS – Hoa Sen" matches "pos - hoa sen",
    # and keys made only of ASCII are searched faster.
    | dict.fromkeys("‐‑‒–—―−", "-")
    | dict.fromkeys("‘’‚‛′", "'")
    | dict.fromkeys("“”„‟″", '"')
    | {"…": "...", "\u00a0": " ", "\u202f": " "}
)


def nfc(text: str | None) -> str:
    """Return ``text`` in Unicode NFC with surrounding whitespace removed."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", text).strip()


def nfc_or_none(text: str | None) -> str | None:
    """Like :func:`nfc`, but an empty result becomes ``None``."""
    value = nfc(text)
    return value or None


def fold(text: str | None) -> str:
    """Fold case and diacritics so that ``Nguyễn Văn Đức`` matches ``nguyen van duc``."""
    if not text:
        return ""
    # Decompose first: "Ǿ" is "Ø" plus a mark, and only then can "Ø" be folded.
    decomposed = unicodedata.normalize("NFD", text).translate(_EXTRA_FOLDS)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def fold_all(*parts: str | None) -> str:
    """Fold several fields into one search key, separated so words do not run together."""
    return " | ".join(f for f in (fold(p) for p in parts) if f)
