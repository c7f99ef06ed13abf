"""What a quote's PDF shows, gathered from the database: company profile, customer, lines, and
the VietQR request of a VND quote."""

from __future__ import annotations

import base64
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import ContactRow, DealRow, OrganizationRow, QuoteLineRow, QuoteRow
from crmdesk.domain.banks import bank_by_bin
from crmdesk.domain.quote_math import quote_totals
from crmdesk.domain.vietqr import PaymentRequest, payment_request
from crmdesk.reports.quote_data import Company, Customer, QuoteDocument, QuoteLineData


def bank_line(settings: dict[str, Any]) -> str:
    """The letterhead's bank account: ``0071001234567 – Vietcombank, CN TP. Hồ Chí Minh``."""
    note = settings["company.bank_account"] or ""
    bank = bank_by_bin(settings["company.bank_bin"] or "")
    account = settings["company.account_number"] or ""
    if bank is None or not account:
        return note
    return f"{account} – {bank.short_name}" + (f", {note}" if note else "")


def company(settings: dict[str, Any]) -> Company:
    """The seller, from the company profile."""
    logo = settings.get("company.logo")
    return Company(
        settings["company.name"] or "",
        settings["company.address"],
        settings["company.tax_code"],
        settings["company.phone"],
        settings["company.email"],
        settings["company.website"],
        bank_line(settings),
        base64.b64decode(logo) if isinstance(logo, str) and logo else None,
    )


def payment(
    settings: dict[str, Any], currency: str, number: str, lines: tuple[QuoteLineData, ...]
) -> PaymentRequest | None:
    """The VietQR request of a VND quote: its grand total to the company's account, the quote
    number as the note; ``None`` for another currency, without an account, or switched off."""
    if currency != "VND" or not settings["quote.vietqr"] or not lines:
        return None
    total = quote_totals(line.as_input() for line in lines).grand_total
    return payment_request(
        settings["company.bank_bin"] or "",
        settings["company.account_number"] or "",
        settings["company.account_holder"] or "",
        total,
        number,
    )


def customer(session: Session, deal: DealRow) -> Customer:
    """Who the quote is for: the organization (with the contact), else the contact, else the
    deal's title."""
    org = session.get(OrganizationRow, deal.organization_id) if deal.organization_id else None
    person = session.get(ContactRow, deal.contact_id) if deal.contact_id else None
    return Customer(
        org.name if org else (person.full_name if person else deal.title),
        person.full_name if person and org else "",
        (org.address or "") if org else "",
        (org.tax_code or "") if org else "",
        (person.email if person else None) or (org.email if org else None) or "",
        (person.phone if person else None) or (org.phone if org else None) or "",
    )


def quote_document(
    session: Session, row: QuoteRow, deal: DealRow, settings: dict[str, Any]
) -> QuoteDocument:
    """Everything the PDF of this quote shows."""
    lines = tuple(
        QuoteLineData(
            x.description, x.unit, x.quantity_milli, x.unit_price_minor, x.discount_bp, x.vat_rate
        )
        for x in session.scalars(
            select(QuoteLineRow)
            .where(QuoteLineRow.quote_id == row.id)
            .order_by(QuoteLineRow.position)
        )
    )
    return QuoteDocument(
        row.number,
        row.revision,
        row.language,
        row.currency,
        row.issued_on,
        row.valid_until,
        company(settings),
        customer(session, deal),
        lines,
        deal.title,
        row.notes or "",
        row.terms or "",
        row.status.value,
        payment=payment(settings, row.currency, row.number, lines),
    )


@cache
def warm_up() -> None:
    """Build a small English quote in đồng with a VietQR block, so every module and font the
    PDF needs (English words too) is loaded: call it on the GUI thread before a worker renders."""
    from crmdesk.reports.quote_pdf import quote_pdf

    line = QuoteLineData("Mẫu", "gói", 1500, 1_000_000, 500, 10)
    request = payment_request("970436", "0071001234567", "CONG TY", 1_000, "BG-2026-0001")
    quote_pdf(
        QuoteDocument(
            "BG-2026-0001",
            2,
            "en",
            "VND",
            date(2026, 1, 1),
            date(2026, 1, 31),
            Company("CRM Desk", "Hà Nội", "0101234567", "024 1234 5678", "a@b.vn", "b.vn", "x"),
            Customer("Khách hàng", "Người liên hệ", "Địa chỉ"),
            (line,),
            "Về việc",
            "Ghi chú",
            "Điều khoản",
            payment=request,
        )
    )
