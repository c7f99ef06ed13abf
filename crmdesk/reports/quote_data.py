"""What a quote PDF shows, as plain data (the reports layer knows no database and no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from crmdesk.domain.quote_math import LineInput
from crmdesk.domain.vietqr import PaymentRequest


@dataclass(frozen=True, slots=True)
class Company:
    """The seller, from the company profile."""

    name: str
    address: str = ""
    tax_code: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    bank_account: str = ""
    logo: bytes | None = None  # PNG or JPEG, already checked and scaled


@dataclass(frozen=True, slots=True)
class Customer:
    """Who the quote is for."""

    name: str
    contact: str = ""
    address: str = ""
    tax_code: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class QuoteLineData:
    """One line: what, how many, at what price, less what discount, at what VAT rate."""

    description: str
    unit: str
    quantity_milli: int
    unit_price_minor: int
    discount_bp: int = 0
    vat_rate: int = 10

    def as_input(self) -> LineInput:
        """The numbers the quote arithmetic takes."""
        return LineInput(
            self.quantity_milli, self.unit_price_minor, self.discount_bp, self.vat_rate
        )


@dataclass(frozen=True, slots=True)
class QuoteDocument:
    """Everything the PDF needs."""

    number: str
    revision: int
    language: str  # "vi" or "en"
    currency: str
    issued_on: date
    valid_until: date
    company: Company
    customer: Customer
    lines: tuple[QuoteLineData, ...]
    subject: str = ""
    notes: str = ""
    terms: str = ""
    status: str = "draft"
    extra: dict[str, str] = field(default_factory=dict)
    payment: PaymentRequest | None = None  # a VND quote's VietQR block, if the company has one
