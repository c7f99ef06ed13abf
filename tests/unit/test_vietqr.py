"""The VietQR payload: TLV fields, CRC-16/CCITT-FALSE, the NAPAS bank list, account checks."""

from __future__ import annotations

import pytest

from crmdesk.domain.banks import bank_by_bin, napas_banks
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.vietqr import (
    check_account_number,
    check_bank_account,
    check_bin,
    check_holder,
    crc16_ccitt_false,
    crc_is_right,
    parse_tlv,
    payment_request,
    transfer_note,
    vietqr_payload,
)

# Published example: the README of github.com/subiz/vietqr ("Sử dụng") prints the payload of
# vietqr.Generate(120000, "970415", "0011001932418", "ủng hộ lũ lụt") — 120.000 đ to VietinBank
# account 0011001932418, note "ung ho lu lut" — with its CRC, C15C.
PUBLISHED = (
    "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
    "530370454061200005802VN62170813ung ho lu lut6304C15C"
)


def test_the_payload_builder_reproduces_a_published_vietqr_example() -> None:
    assert vietqr_payload("970415", "0011001932418", 120_000, "ung ho lu lut") == PUBLISHED


def test_the_crc_is_crc16_ccitt_false() -> None:
    assert crc16_ccitt_false(b"123456789") == 0x29B1  # the catalogue's check value
    assert crc_is_right(PUBLISHED)
    assert not crc_is_right(PUBLISHED[:-1] + "D")
    assert not crc_is_right(PUBLISHED.replace("120000", "120001"))


def test_every_field_is_where_the_issue_says() -> None:
    payload = vietqr_payload("970436", "0071001234567", 63_735_000, "BG-2026-0001")
    fields = parse_tlv(payload)
    assert list(fields) == ["00", "01", "38", "53", "54", "58", "62", "63"]
    assert (fields["00"], fields["01"], fields["53"], fields["58"]) == ("01", "12", "704", "VN")
    assert fields["54"] == "63735000"
    merchant = parse_tlv(fields["38"])
    assert merchant == {
        "00": "A000000727",
        "01": "0006970436" + "01130071001234567",
        "02": "QRIBFTTA",
    }
    assert parse_tlv(merchant["01"]) == {"00": "970436", "01": "0071001234567"}
    assert parse_tlv(fields["62"]) == {"08": "BG-2026-0001"}
    assert len(fields["63"]) == 4 and fields["63"] == fields["63"].upper()
    assert crc_is_right(payload)


def test_a_transfer_note_has_no_accents_and_at_most_25_characters() -> None:
    assert transfer_note("BG-2026-0001") == "BG-2026-0001"
    assert transfer_note("Thanh toán báo giá số 7") == "THANH TOAN BAO GIA SO 7"
    assert len(transfer_note("x" * 40)) == 25
    assert transfer_note("a/b#c") == "abc"


@pytest.mark.parametrize("amount", [0, -1, 10**13])
def test_an_amount_a_vietqr_cannot_carry_is_refused(amount: int) -> None:
    with pytest.raises(ValueError):
        vietqr_payload("970436", "0071001234567", amount, "BG-2026-0001")
    assert payment_request("970436", "0071001234567", "A B", amount, "BG") is None


def test_a_payment_request_needs_a_known_bank_and_an_account() -> None:
    request = payment_request("970436", "0071001234567", "CONG TY A", 1_000, "BG-2026-0001")
    assert request is not None and request.bank_name == "Vietcombank"
    assert parse_tlv(request.payload)["54"] == "1000"
    assert payment_request("123456", "0071001234567", "CONG TY A", 1_000, "BG") is None
    assert payment_request("970436", "", "CONG TY A", 1_000, "BG") is None


def test_the_bank_list_is_shipped_with_its_source_and_six_digit_bins() -> None:
    banks = napas_banks()
    assert len(banks.banks) >= 50
    assert "NAPAS" in banks.source and banks.retrieved
    assert all(len(b.bin) == 6 and b.bin.isdigit() for b in banks.banks)
    assert len({b.bin for b in banks.banks}) == len(banks.banks)
    vietinbank = bank_by_bin("970415")
    assert vietinbank is not None and vietinbank.short_name == "VietinBank"


def test_account_fields_are_checked_with_a_sentence() -> None:
    assert check_account_number(" 0071 0012 34567 ") == "0071001234567"
    assert check_bin("970436") == "970436" and check_bin("") == ""
    assert check_holder("  CONG   TY  A ") == "CONG TY A"
    with pytest.raises(ValidationError, match="digits only") as info:
        check_account_number("0071-001")
    assert info.value.field == "company.account_number"
    with pytest.raises(ValidationError, match="6 to 19 digits; this one has 5"):
        check_account_number("12345")
    with pytest.raises(ValidationError, match="6 to 19 digits"):
        check_account_number("1" * 20)
    with pytest.raises(ValidationError, match="NAPAS"):
        check_bin("123456")
    with pytest.raises(ValidationError, match="2 to 50 characters"):
        check_holder("A" * 51)


def test_an_account_is_bank_number_and_holder_together() -> None:
    check_bank_account("", "", "")
    check_bank_account("970436", "0071001234567", "CONG TY A")
    for args, field in [
        (("", "0071001234567", "CONG TY A"), "company.bank_bin"),
        (("970436", "", "CONG TY A"), "company.account_number"),
        (("970436", "0071001234567", ""), "company.account_holder"),
    ]:
        with pytest.raises(ValidationError) as info:
            check_bank_account(*args)
        assert info.value.field == field
