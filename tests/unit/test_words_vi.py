"""Amounts in Vietnamese words, checked against how invoices write them by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.words_vi import dong_in_words, number_in_words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "không"),
        (5, "năm"),
        (10, "mười"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (21, "hai mươi mốt"),
        (25, "hai mươi lăm"),
        (105, "một trăm lẻ năm"),
        (110, "một trăm mười"),
        (1_001, "một nghìn không trăm lẻ một"),
        (15_000, "mười lăm nghìn"),
        (1_250_000, "một triệu hai trăm năm mươi nghìn"),
        (1_005_000, "một triệu không trăm lẻ năm nghìn"),
        (58_800_000, "năm mươi tám triệu tám trăm nghìn"),
        (1_000_000_000, "một tỷ"),
        (1_000_000_005, "một tỷ không trăm lẻ năm"),
        (10**12, "một nghìn tỷ"),
        (
            2**53 + 1,  # 9.007.199.254.740.993
            "chín triệu không trăm lẻ bảy nghìn một trăm chín mươi chín tỷ "
            "hai trăm năm mươi bốn triệu bảy trăm bốn mươi nghìn chín trăm chín mươi ba",
        ),
    ],
)
def test_numbers_read_as_written_by_hand(n: int, words: str) -> None:
    assert number_in_words(n) == words


def test_an_amount_of_dong_starts_with_a_capital_and_names_the_currency() -> None:
    assert dong_in_words(1_250_000) == "Một triệu hai trăm năm mươi nghìn đồng"


@given(st.integers(min_value=1, max_value=10**30))
def test_every_number_reads_in_known_words_never_starting_with_zero(n: int) -> None:
    words = number_in_words(n).split()
    known = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
             "mươi", "trăm", "lẻ", "mốt", "lăm", "nghìn", "triệu", "tỷ"}  # fmt: skip
    assert set(words) <= known
    assert "không" not in words[:1]  # never starts with zero
