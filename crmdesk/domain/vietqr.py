"""VietQR: the NAPAS EMVCo payload a Vietnamese banking app scans to pay a quote.

The payload is a string of TLV fields (two-digit tag, two-digit length, value):
``00`` payload format ``01``; ``01`` initiation ``12`` (dynamic: it carries an amount);
``38`` the beneficiary {``00`` the NAPAS id ``A000000727``, ``01`` {``00`` the bank's BIN,
``01`` the account}, ``02`` the service ``QRIBFTTA`` (transfer to an account)}; ``53`` the
currency ``704`` (đồng); ``54`` the amount; ``58`` ``VN``; ``62`` {``08`` the transfer note};
``63`` a CRC-16/CCITT-FALSE over everything before it, four upper-case hex digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crmdesk.domain.banks import bank_by_bin
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.text import fold, nfc

NAPAS_AID = "A000000727"
SERVICE_TO_ACCOUNT = "QRIBFTTA"
CURRENCY_VND = "704"
MAX_AMOUNT_DIGITS = 13  # the longest amount the VietQR specification allows
MAX_NOTE = 25  # characters of the transfer note
ACCOUNT_DIGITS = (6, 19)
HOLDER_LENGTH = (2, 50)
_NOTE_CHARS = re.compile(r"[^A-Za-z0-9 .\-]")


def tlv(tag: str, value: str) -> str:
    """One field: its tag, its length in two digits, its value."""
    if len(tag) != 2 or not 0 < len(value) <= 99:
        raise ValueError(f"A VietQR field {tag!r} holds 1 to 99 characters, not {len(value)}.")
    return f"{tag}{len(value):02d}{value}"


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no XOR."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def with_crc(body: str) -> str:
    """``body`` followed by the CRC field that covers it (and its own tag and length)."""
    head = body + "6304"
    return f"{head}{crc16_ccitt_false(head.encode('utf-8')):04X}"


def transfer_note(text: str) -> str:
    """The text as a transfer note banks accept: no accents, letters, digits, spaces, ``.``
    and ``-``, at most 25 characters."""
    ascii_text = text if text.isascii() else fold(text).upper()
    return _NOTE_CHARS.sub("", ascii_text).strip()[:MAX_NOTE].strip()


def vietqr_payload(bin_code: str, account: str, amount_dong: int, note: str) -> str:
    """The payload asking to transfer ``amount_dong`` to ``account`` at the bank ``bin_code``,
    with ``note`` as the transfer note."""
    if not (isinstance(amount_dong, int) and 0 < amount_dong < 10**MAX_AMOUNT_DIGITS):
        raise ValueError("A VietQR amount is a whole number of đồng with 1 to 13 digits.")
    beneficiary = tlv("00", bin_code) + tlv("01", account)
    merchant = tlv("00", NAPAS_AID) + tlv("01", beneficiary) + tlv("02", SERVICE_TO_ACCOUNT)
    body = (
        tlv("00", "01")
        + tlv("01", "12")
        + tlv("38", merchant)
        + tlv("53", CURRENCY_VND)
        + tlv("54", str(amount_dong))
        + tlv("58", "VN")
    )
    cleaned = transfer_note(note)
    if cleaned:
        body += tlv("62", tlv("08", cleaned))
    return with_crc(body)


def parse_tlv(text: str) -> dict[str, str]:
    """The fields of one TLV level, by tag; ``ValueError`` when it does not parse whole."""
    fields: dict[str, str] = {}
    at = 0
    while at < len(text):
        tag, size = text[at : at + 2], text[at + 2 : at + 4]
        if len(tag) < 2 or not size.isdigit() or at + 4 + int(size) > len(text):
            raise ValueError(f"Not a TLV field at character {at}.")
        fields[tag] = text[at + 4 : at + 4 + int(size)]
        at += 4 + int(size)
    return fields


def crc_is_right(payload: str) -> bool:
    """Whether the payload ends with the CRC of everything before its last four characters."""
    head, crc = payload[:-4], payload[-4:]
    return head.endswith("6304") and crc == f"{crc16_ccitt_false(head.encode('utf-8')):04X}"


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    """What the VietQR block of a quote shows, and the payload its QR code carries."""

    bin_code: str
    bank_name: str  # the bank's short name, e.g. Vietcombank
    account: str
    holder: str
    amount_dong: int
    note: str

    @property
    def payload(self) -> str:
        """The EMVCo payload of the QR code."""
        return vietqr_payload(self.bin_code, self.account, self.amount_dong, self.note)


def payment_request(
    bin_code: str, account: str, holder: str, amount_dong: int, note: str
) -> PaymentRequest | None:
    """The request for a VND amount to a company account; ``None`` when the account is not
    set up or the amount cannot be carried by a VietQR code."""
    bank = bank_by_bin(bin_code) if bin_code else None
    if bank is None or not account or not 0 < amount_dong < 10**MAX_AMOUNT_DIGITS:
        return None
    return PaymentRequest(bank.bin, bank.short_name, account, holder, amount_dong, note)


# -- the company profile's bank account ---------------------------------------------------------


def check_bin(value: str | None) -> str:
    """A NAPAS member's 6-digit BIN, or "" for none."""
    text = nfc(value)
    if not text:
        return ""
    if not re.fullmatch(r"\d{6}", text) or bank_by_bin(text) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Choose the bank from the list of NAPAS members."),
            "company.bank_bin",
        )
    return text


def check_account_number(value: str | None) -> str:
    """An account number: digits only (spaces dropped), 6 to 19 of them; or "" for none."""
    text = re.sub(r"\s+", "", nfc(value))
    if not text:
        return ""
    if not text.isdigit() or not text.isascii():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "An account number has digits only; “{text}” has other characters."
            ),
            "company.account_number",
            text=text,
        )
    low, high = ACCOUNT_DIGITS
    if not low <= len(text) <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "An account number has 6 to 19 digits; this one has {count}."
            ),
            "company.account_number",
            count=len(text),
        )
    return text


def check_holder(value: str | None) -> str:
    """The account holder's name as the bank has it (2 to 50 characters), or "" for none."""
    text = " ".join(nfc(value).split())
    low, high = HOLDER_LENGTH
    if text and not low <= len(text) <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The account holder's name has 2 to 50 characters, as on the account."
            ),
            "company.account_holder",
        )
    return text


def check_bank_account(bin_code: str, account: str, holder: str) -> None:
    """A bank account is all three (bank, number, holder) or none of them."""
    if not (bin_code or account or holder):
        return
    if not bin_code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Choose the bank that holds this account."),
            "company.bank_bin",
        )
    if not account:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Enter the account number at this bank."),
            "company.account_number",
        )
    if not holder:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Enter the account holder's name, as on the account."),
            "company.account_holder",
        )
