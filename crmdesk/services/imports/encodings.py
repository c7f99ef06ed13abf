"""Which encoding a CSV file is in: told by its byte-order mark, read as strict UTF-8, or found
by charset-normalizer — and, when nothing is sure, a few candidates with a preview of each for
the user to choose from (never mojibake stored without a word).

In order: a byte-order mark (UTF-8, UTF-16, UTF-32); NUL bytes without one: UTF-16 or UTF-32
from where the NULs fall (else binary); strict UTF-8; Windows-1258 when the bytes read as
Vietnamese in it; else what charset-normalizer finds (Windows-1252 for the Latin ones).
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Letters that only Vietnamese text decoded as Windows-1258 produces (tone marks are combining).
_VIETNAMESE_1258 = set("ĂăÂâĐđÊêÔôƠơƯư") | {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VIETNAMESE_ALL = _VIETNAMESE_1258 | set("ÀÁÃÈÉÌÍÒÓÕÙÚÝàáãèéìíòóõùúý")
SAMPLE_BYTES = 1 << 16


# Tried for a preview when charset-normalizer is not sure (the usual legacy encodings).
TRIED = ("cp1252", "cp1258", "cp1251", "cp1250", "shift_jis", "gb18030", "big5", "euc_kr")
UNSURE_CHAOS = 0.2  # charset-normalizer's "mess" above which its best guess is only a guess
CLOSE_CHAOS = 0.05  # guesses this close to the best are as likely
PREVIEW_CHARS = 160
MAX_CANDIDATES = 5


class ImportFileError(ValidationError):
    """The file cannot be read as a table; the message says why, and where.

    Like every :class:`~crmdesk.domain.errors.DomainError`: a marked template and its values.
    """

    def __init__(self, template: str, /, **values: object) -> None:
        super().__init__(template, "file", **values)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An encoding the file may be in, and how its first lines read in it."""

    encoding: str
    preview: str


class UnsureEncoding(ImportFileError):
    """CRM Desk cannot tell the encoding: ``candidates`` are shown for the user to choose."""

    def __init__(self, candidates: list[Candidate]) -> None:
        shown = "; ".join(f"{c.encoding}: “{c.preview.splitlines()[0][:60]}”" for c in candidates)
        if candidates:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "CRM Desk cannot tell which encoding this file is in. Choose the one whose first line reads right and name it with --encoding: {candidates}.",  # noqa: E501
                ),
                candidates=shown,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "CRM Desk cannot tell which encoding this file is in; save it again as UTF-8 (in Excel: CSV UTF-8), or name it with --encoding.",  # noqa: E501
                )
            )
        self.candidates = candidates


def _preview(sample: bytes, encoding: str) -> str | None:
    """The sample's first lines that are not plain ASCII (those read the same in every
    candidate), in ``encoding``; None when it cannot decode them."""
    try:
        text = sample.decode(encoding, errors="strict")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # not only a character cut at the sample's end
            return None
        text = sample[: error.start].decode(encoding)
    lines = [line for line in text.splitlines() if line.strip()]
    telling = [line for line in lines if not line.isascii()] or lines  # where they differ
    return "\n".join(line[:PREVIEW_CHARS] for line in telling[:3]) or None


def candidates(sample: bytes, found: Sequence[str] = ()) -> list[Candidate]:
    """The encodings the sample may be in (``found`` first), each with a different preview."""
    seen: set[str] = set()
    result: list[Candidate] = []
    for name in [*found, *TRIED]:
        encoding = codecs.lookup(name).name
        preview = _preview(sample, encoding)
        if preview is None or preview in seen:
            continue
        seen.add(preview)
        result.append(Candidate(encoding, preview))
        if len(result) == MAX_CANDIDATES:
            break
    return result


def detect_encoding(sample: bytes) -> str:
    """The encoding to read the file with (see the module's rules)."""
    for bom, name in BOMS:
        if sample.startswith(bom):
            return name
    if b"\x00" in sample:
        return _wide_encoding(sample)
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start > len(sample) - 4:  # the sample may end inside a character
            try:
                sample[: error.start].decode("utf-8")
                return "utf-8"
            except UnicodeDecodeError:
                pass
    return legacy_encoding(sample)


def _wide_encoding(sample: bytes) -> str:
    """UTF-32 or UTF-16 without (or with a broken) byte-order mark, from where the NULs are."""
    body = sample[: len(sample) - len(sample) % 4]
    for name, zeros in (("utf-32-le", (1, 2, 3)), ("utf-32-be", (0, 1, 2))):
        if body and all(body[i::4].count(0) >= len(body[i::4]) * 0.9 for i in zeros):
            return name
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) > len(odd) * 0.3:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3:
        return "utf-16-be"
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a text file (it contains binary data): choose a CSV or .xlsx file.",
        )
    )


def legacy_encoding(sample: bytes) -> str:
    """Windows-1258 when the bytes read as Vietnamese in it; else what charset-normalizer finds
    (Shift-JIS, GB18030, Windows-1251…; Windows-1252 for a Latin one that reads the same in
    it) when every encoding it finds about as likely reads the bytes the same; otherwise
    :class:`UnsureEncoding` with the candidates to choose from (never mojibake in silence)."""
    if _reads_as_vietnamese(sample):
        return "cp1258"
    from charset_normalizer import from_bytes  # ~60 ms to import: only for such files

    matches = list(from_bytes(sample))
    if not matches or matches[0].chaos > UNSURE_CHAOS:
        raise UnsureEncoding(candidates(sample, [m.encoding for m in matches]))
    best = matches[0]
    close = [
        m.encoding
        for m in matches[:MAX_CANDIDATES]
        if m.chaos <= best.chaos + CLOSE_CHAOS and not _rare(m.encoding, best.encoding)
    ]
    text = _decoded(sample, best.encoding)
    if any(_decoded(sample, name) != text for name in close):
        raise UnsureEncoding(candidates(sample, close))
    found = codecs.lookup(best.encoding).name
    if found in _LATIN and _decoded(sample, "cp1252") == text:
        return "cp1252"
    return found


def _reads_as_vietnamese(sample: bytes) -> bool:
    """Whether the bytes read as Vietnamese in Windows-1258: its own letters, and (nearly) no
    other non-ASCII character."""
    other = [ch for ch in sample.decode("cp1258", errors="replace") if ord(ch) > 127]
    vietnamese = sum(ch in _VIETNAMESE_1258 for ch in other)
    return vietnamese >= 3 and sum(ch in _VIETNAMESE_ALL for ch in other) >= 0.9 * len(other)


def _rare(encoding: str, best: str) -> bool:
    """An old Mac, DOS or printer code page, left out of the comparison unless it is the best
    guess (a Latin file reads as a dozen of them)."""
    name = codecs.lookup(encoding).name
    return name != codecs.lookup(best).name and not name.startswith(_COMMON)


def _decoded(sample: bytes, encoding: str) -> str:
    return sample.decode(encoding, errors="replace")


_COMMON = ("cp125", "iso8859", "latin", "shift", "cp932", "euc", "gb", "big5", "cp949", "koi8",
           "utf", "cp874", "tis")  # fmt: skip
_LATIN = {"cp1250", "cp1252", "cp1254", "cp1257", "iso8859-1", "iso8859-15", "latin-1",
          "cp775", "mac-latin2", "mac-roman", "iso8859-2", "cp850", "cp437"}  # fmt: skip


def first_non_utf8(path: Path) -> int | None:
    """The offset of the first byte that is not UTF-8, reading the whole file (None if all is)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as error:
                return offset + error.start
            offset += len(chunk)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return offset
    return None
