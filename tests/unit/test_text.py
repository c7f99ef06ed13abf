"""Text normalization (NFC on entry) and folding for diacritic-insensitive search."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from crmdesk.domain.text import fold, fold_all, nfc, nfc_or_none, printable

# "Nguyễn Văn Đức" typed with combining marks (as some macOS and web inputs send it).
DECOMPOSED_NAME = "Nguye\u0302\u0303n Va\u0306n \u0110u\u031b\u0301c"
COMPOSED_NAME = "Nguy\u1ec5n V\u0103n \u0110\u1ee9c"


def test_decomposed_vietnamese_is_composed_to_nfc() -> None:
    assert DECOMPOSED_NAME != COMPOSED_NAME
    result = nfc(DECOMPOSED_NAME)
    assert result == COMPOSED_NAME
    assert len(result) == len("Nguyễn Văn Đức")
    assert unicodedata.is_normalized("NFC", result)


def test_nfc_strips_surrounding_whitespace_but_keeps_inner_spaces() -> None:
    assert nfc("  Cà  phê \n") == "Cà  phê"


def test_nfc_of_none_is_the_empty_string() -> None:
    assert nfc(None) == ""


def test_nfc_or_none_turns_blank_text_into_none() -> None:
    assert nfc_or_none(None) is None
    assert nfc_or_none("") is None
    assert nfc_or_none(" \t\n ") is None
    assert nfc_or_none(" Hà Nội ") == "Hà Nội"


def test_a_vietnamese_name_folds_to_plain_lower_case_ascii() -> None:
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"


def test_typographic_dashes_and_quotes_fold_to_ascii() -> None:
    assert fold("Hệ thống POS – Hoa Sen “Mới”") == 'he thong pos - hoa sen "moi"'
    assert fold("Nguyễn Văn Đức — Phòng kinh doanh").isascii()


def test_a_decomposed_vietnamese_name_folds_like_the_composed_one() -> None:
    assert fold(DECOMPOSED_NAME) == "nguyen van duc"


@pytest.mark.parametrize(
    ("text", "expected"), [("đ", "d"), ("Đ", "d"), ("đồng", "dong"), ("ĐÀ NẴNG", "da nang")]
)
def test_d_with_stroke_folds_to_d_in_both_cases(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_ignores_case() -> None:
    assert (
        fold("CÔNG TY TNHH Ánh Dương") == fold("công ty tnhh ánh dương") == "cong ty tnhh anh duong"
    )


def test_fold_collapses_and_trims_whitespace() -> None:
    assert fold("  Trần \t\tThị\n  Bích   ") == "tran thi bich"


def test_fold_of_nothing_is_the_empty_string() -> None:
    assert fold(None) == ""
    assert fold("") == ""
    assert fold("   ") == ""


def test_fold_all_joins_non_empty_folded_parts_with_a_separator() -> None:
    assert fold_all("Nguyễn Văn Đức", None, "", "  ", "Công ty Đông Á") == (
        "nguyen van duc | cong ty dong a"
    )


def test_fold_all_of_nothing_is_the_empty_string() -> None:
    assert fold_all() == ""
    assert fold_all(None, "", " ") == ""


@given(st.text())
@example("Ǿrsted")  # U+01FE: Ø plus a combining acute
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.text())
def test_folded_text_has_no_combining_marks(text: str) -> None:
    folded = fold(text)
    assert [ch for ch in folded if unicodedata.combining(ch)] == []


@given(st.text())
def test_folded_text_has_no_leading_trailing_or_repeated_whitespace(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert all(ch == " " or not ch.isspace() for ch in folded)


@given(st.text())
def test_fold_does_not_depend_on_the_normal_form_of_its_input(text: str) -> None:
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


@given(st.text())
def test_nfc_output_is_always_normalized_and_stripped(text: str) -> None:
    result = nfc(text)
    assert unicodedata.is_normalized("NFC", result)
    assert result == result.strip()


def test_a_letter_that_decomposes_into_o_with_stroke_folds_to_plain_o() -> None:
    # "Ǿ" (U+01FE) is "Ø" plus a combining acute: it must fold like "Ø" and "ø" do.
    assert fold("Ø") == fold("ø") == "o"
    assert fold("Ǿ") == "o"
    assert fold("ǿ") == "o"


def test_every_character_of_the_alphabetic_blocks_folds_idempotently_without_marks() -> None:
    # Latin, Greek, Cyrillic, Vietnamese (Latin Extended Additional) and friends: U+0000-U+2FFF.
    not_idempotent = []
    with_marks = []
    for code_point in range(0x3000):
        if 0xD800 <= code_point <= 0xDFFF:
            continue
        folded = fold(chr(code_point))
        if fold(folded) != folded:
            not_idempotent.append(f"U+{code_point:04X}")
        if any(unicodedata.combining(ch) for ch in folded):
            with_marks.append(f"U+{code_point:04X}")
    assert not_idempotent == []
    assert with_marks == []


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Hoa\x00 Sen", "Hoa Sen"),
        ("\x1b[31mĐỏ\x1b[0m", "[31mĐỏ[0m"),
        ("a\x0bb\x0cc\x7fd\x85e\x9bf", "abcdef"),
        ("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3"),
        ("cột\tcột\n", "cột\tcột"),
    ],
)
def test_control_characters_are_stripped_on_the_way_in_but_tabs_and_newlines_kept(
    typed: str, stored: str
) -> None:
    assert nfc(typed) == stored


def test_printable_text_is_one_line_without_control_characters() -> None:
    assert printable("Đỏ\x1b[31m\nchữ\t\x9b") == "Đỏ [31m chữ  "
    assert printable(None) == ""
