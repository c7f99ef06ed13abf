"""Field checks: good values pass, normalized; bad ones raise a ValidationError naming the field."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.errors import DomainError, ValidationError
from crmdesk.domain.validation import (
    email,
    optional_text,
    phone,
    positive_int,
    probability,
    required_text,
)

# --- email ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "an@example.com",
        "nguyen.van.duc+crm@cong-ty.com.vn",
        "first_last@sub.domain.org",
        "đức@công-ty.vn",
    ],
)
def test_a_plausible_email_address_is_accepted(value: str) -> None:
    assert email(value) == value


def test_an_email_address_is_trimmed_and_composed() -> None:
    assert email("  an@example.com \n") == "an@example.com"
    decomposed = unicodedata.normalize("NFD", "đức@công-ty.vn")
    assert email(decomposed) == "đức@công-ty.vn"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_no_email_address_is_none(value: str | None) -> None:
    assert email(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "an",
        "an@",
        "@example.com",
        "an@example",
        "an@@example.com",
        "an@exa@mple.com",
        "an example@example.com",
        "an@example.c",
        "an@example.",
    ],
)
def test_an_implausible_email_address_is_refused_naming_the_field(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        email(value)
    assert info.value.field == "email"
    assert f"“{value}”" in str(info.value)


# --- phone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "+84 912 345 678",
        "0912345678",
        "(028) 3822-1234",
        "0912.345.678",
        "028/3822 1234",
        "123456",  # 6 digits: the shortest accepted
        "+123456789012345",  # 15 digits: the longest accepted
    ],
)
def test_a_phone_number_is_accepted(value: str) -> None:
    assert phone(value) == value


def test_a_phone_number_is_trimmed() -> None:
    assert phone("  0912 345 678  ") == "0912 345 678"


@pytest.mark.parametrize("value", [None, "", "  "])
def test_no_phone_number_is_none(value: str | None) -> None:
    assert phone(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "12345",  # too few digits
        "1234567890123456",  # too many digits
        "abc123456",
        "0912 345 678 ext",  # an extension needs its number (issue 17 keeps "ext 2")
        "-0912345678",
        "++84912345678",
        "0912#345678",
    ],
)
def test_a_bad_phone_number_is_refused_naming_the_field(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        phone(value)
    assert info.value.field == "phone"
    assert f"“{value}”" in str(info.value)


# --- probability ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 1, 50, 99, 100])
def test_a_probability_from_zero_to_one_hundred_is_accepted(value: int) -> None:
    assert probability(value) == value


def test_no_probability_is_none() -> None:
    assert probability(None) is None


@pytest.mark.parametrize("value", [-1, 101, 1000, 50.0, "50", True, False])
def test_a_bad_probability_is_refused_naming_the_field(value: object) -> None:
    with pytest.raises(ValidationError) as info:
        probability(value)  # type: ignore[arg-type]
    assert info.value.field == "probability"
    assert "0 to 100" in str(info.value)


@given(st.integers())
def test_probability_accepts_exactly_the_integers_from_zero_to_one_hundred(value: int) -> None:
    if 0 <= value <= 100:
        assert probability(value) == value
    else:
        with pytest.raises(ValidationError):
            probability(value)


# --- required and optional text ------------------------------------------------------------


def test_required_text_is_trimmed_and_composed() -> None:
    assert required_text("  Nguyễn Văn Đức  ", "Name", "full_name") == "Nguyễn Văn Đức"
    decomposed = unicodedata.normalize("NFD", "Cà phê Đông Á")
    assert required_text(decomposed, "Title", "title") == "Cà phê Đông Á"


@pytest.mark.parametrize("value", [None, "", "   ", "\n\t"])
def test_empty_required_text_is_refused_naming_the_field(value: str | None) -> None:
    with pytest.raises(ValidationError) as info:
        required_text(value, "The title", "title")
    assert info.value.field == "title"
    assert str(info.value) == "The title cannot be empty."


def test_required_text_longer_than_the_limit_is_refused() -> None:
    assert required_text("x" * 300, "The title", "title") == "x" * 300
    with pytest.raises(ValidationError) as info:
        required_text("x" * 301, "The title", "title")
    assert info.value.field == "title"
    assert "300" in str(info.value)
    with pytest.raises(ValidationError):
        required_text("abcdef", "Code", "code", max_len=5)


def test_the_length_limit_counts_composed_characters() -> None:
    # 300 "ễ" typed decomposed are 900 code points, but 300 characters once composed.
    decomposed = unicodedata.normalize("NFD", "ễ" * 300)
    assert len(decomposed) == 900
    assert required_text(decomposed, "The title", "title") == "ễ" * 300


def test_optional_text_is_none_when_blank_and_composed_otherwise() -> None:
    assert optional_text(None, "Notes", "notes") is None
    assert optional_text("   ", "Notes", "notes") is None
    assert optional_text(unicodedata.normalize("NFD", " Hà Nội "), "Notes", "notes") == "Hà Nội"


def test_optional_text_longer_than_the_limit_is_refused_naming_the_field() -> None:
    assert optional_text("y" * 2000, "Notes", "notes") == "y" * 2000
    with pytest.raises(ValidationError) as info:
        optional_text("y" * 2001, "Notes", "notes")
    assert info.value.field == "notes"


# --- positive_int --------------------------------------------------------------------------


def test_positive_int_accepts_whole_numbers_above_zero() -> None:
    assert positive_int(1, "Size", "size") == 1
    assert positive_int(250, "Size", "size") == 250
    assert positive_int(None, "Size", "size") is None


@pytest.mark.parametrize("value", [0, -3, 2.5, "7", True])
def test_positive_int_refuses_other_values_naming_the_field(value: object) -> None:
    with pytest.raises(ValidationError) as info:
        positive_int(value, "Company size", "size")  # type: ignore[arg-type]
    assert info.value.field == "size"
    assert str(info.value).startswith("Company size")


def test_a_validation_error_is_a_domain_error_whose_text_is_the_sentence() -> None:
    error = ValidationError("An amount cannot be negative.", "value")
    assert isinstance(error, DomainError)
    assert str(error) == "An amount cannot be negative."
    assert error.field == "value"
    assert ValidationError("No field.").field is None
