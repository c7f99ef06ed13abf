"""The NAPAS member banks a VietQR transfer reaches, each with its 6-digit BIN.

The list is a data file shipped in the package (``domain/data/napas_banks.json``), which says
where it comes from and when it was read; reading a file of the package is the only I/O here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Bank:
    """A NAPAS member: its BIN, its code and short name (as VietQR lists them), its name."""

    bin: str
    code: str
    short_name: str
    name: str


@dataclass(frozen=True, slots=True)
class BankList:
    """The banks, and where and when the list was read."""

    banks: tuple[Bank, ...]
    source: str
    retrieved: str


@cache
def napas_banks() -> BankList:
    """The shipped list of NAPAS members, by short name."""
    text = files("crmdesk.domain").joinpath("data/napas_banks.json").read_text("utf-8")
    data = json.loads(text)
    banks = tuple(Bank(b["bin"], b["code"], b["short_name"], b["name"]) for b in data["banks"])
    return BankList(banks, data["source"], data["retrieved"])


@cache
def _by_bin() -> dict[str, Bank]:
    return {bank.bin: bank for bank in napas_banks().banks}


def bank_by_bin(bin_code: str) -> Bank | None:
    """The member with this BIN, or ``None``."""
    return _by_bin().get(bin_code)
