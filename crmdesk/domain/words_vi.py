"""Whole numbers read out in Vietnamese, as invoices write amounts in words.

Exact for any size (``num2words`` goes through floats and loses units above 2^53):
``1_005_000`` → "một triệu không trăm lẻ năm nghìn"; ``10**12`` → "một nghìn tỷ".
"""

from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
SCALES = ("", "nghìn", "triệu")
BILLION = 10**9


def _triple(n: int, full: bool) -> list[str]:
    """0–999; ``full`` when a higher group precedes it (then "không trăm", "lẻ" are read)."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("lẻ")
    elif tens == 1:
        words.append("mười")
    else:
        words += [DIGITS[tens], "mươi"]
    if units:
        if units == 1 and tens >= 2:
            words.append("mốt")
        elif units == 5 and tens >= 1:
            words.append("lăm")
        else:
            words.append(DIGITS[units])
    return words


def _below_billion(n: int, full: bool) -> list[str]:
    groups = [n // 1_000_000, n // 1_000 % 1_000, n % 1_000]
    words: list[str] = []
    for index, group in enumerate(groups):
        if group == 0:
            continue
        words += _triple(group, full or bool(words))
        scale = SCALES[2 - index]
        if scale:
            words.append(scale)
    return words


def _words(n: int, full: bool) -> list[str]:
    if n >= BILLION:
        high, low = divmod(n, BILLION)
        words = [*_words(high, full), "tỷ"]
        return words + (_below_billion(low, True) if low else [])
    return _below_billion(n, full)


def number_in_words(n: int) -> str:
    """``n`` (≥ 0) in Vietnamese words, lower case."""
    if n < 0:
        return "âm " + number_in_words(-n)
    if n == 0:
        return DIGITS[0]
    return " ".join(_words(n, False))


def dong_in_words(amount: int) -> str:
    """An amount of đồng as an invoice writes it: "Một triệu hai trăm năm mươi nghìn đồng"."""
    text = number_in_words(amount) + " đồng"
    return text[0].upper() + text[1:]
