"""Text normalization: NFC on entry, and folding for search."""

from __future__ import annotations

import re
import unicodedata

# C0 controls but tab and newline, DEL, and C1 controls (NUL, ESC, vertical tab, CSI…): they
# cannot be printed, exported to a workbook or shown, and turn a terminal's colours on.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n?")

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


def without_controls(text: str) -> str:
    """``text`` with control characters removed (tab and newline kept; CR LF and CR become LF)."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))


def nfc(text: str | None) -> str:
    """Return ``text`` in Unicode NFC, control characters removed (tab and newline kept) and
    surrounding whitespace stripped: what every text entering the program goes through."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", without_controls(text)).strip()


def printable(text: str | None) -> str:
    """One line safe for a terminal: control characters (old data may hold ESC sequences) and
    line breaks become spaces."""
    if not text:
        return ""
    return _CONTROL.sub(" ", text.replace("\r", " ").replace("\n", " ").replace("\t", " "))


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


_WORD = re.compile(r"[^\W_]+")


def search_words(text: str | None) -> list[str]:
    """The folded words of a search: runs of letters and digits, as the database's full-text
    index cuts a key into words (``duc@hoasen.vn`` gives ``duc``, ``hoasen``, ``vn``)."""
    return _WORD.findall(fold(text))


def words_start_words(words: list[str], key: str) -> bool:
    """The search rule: every word of the search starts some word of the (folded) ``key``."""
    own = _WORD.findall(key)
    return all(any(w.startswith(word) for w in own) for word in words)
