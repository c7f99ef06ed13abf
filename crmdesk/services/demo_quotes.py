"""Demo catalog and quotes: Vietnamese quotes in đồng, English ones in dollars, some revised."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from random import Random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.bulk import BulkWriter
from crmdesk.db.models import DealRow, ProductRow, QuoteLineRow, QuoteRow, SettingRow
from crmdesk.domain.enums import QuoteStatus, Stage, SubStage

# sku, name, unit, unit price (minor units), currency, VAT rate
CATALOG: tuple[tuple[str, str, str, int, str, int], ...] = (
    ("PM-KT-01", "Phần mềm kế toán – bản quyền 1 năm", "gói", 12_500_000, "VND", 10),
    ("PM-BH-01", "Phần mềm bán hàng POS", "bộ", 15_000_000, "VND", 10),
    ("PM-TC-01", "Phần mềm quản lý tài chính", "gói", 24_000_000, "VND", 10),
    ("TB-MT-01", "Máy tính tiền cảm ứng 15 inch", "cái", 9_800_000, "VND", 8),
    ("TB-IN-01", "Máy in hóa đơn nhiệt", "cái", 2_350_000, "VND", 8),
    ("DV-CD-01", "Cài đặt và cấu hình hệ thống", "giờ", 450_000, "VND", 8),
    ("DV-DT-01", "Đào tạo nhân viên tại chỗ", "buổi", 1_800_000, "VND", 8),
    ("DV-BT-01", "Bảo trì hệ thống hằng tháng", "tháng", 1_500_000, "VND", 10),
    ("DV-WEB-01", "Thiết kế website giới thiệu doanh nghiệp", "gói", 18_000_000, "VND", 10),
    ("SW-CRM-01", "CRM licence – 1 seat, 1 year", "seat", 24_000, "USD", 10),
    ("SW-ERP-01", "ERP implementation package", "package", 650_000, "USD", 10),
    ("SV-TRN-01", "On-site training day", "day", 45_000, "USD", 8),
    ("SV-SUP-01", "Premium support, monthly", "month", 19_900, "USD", 10),
    ("HW-POS-01", "POS terminal bundle", "set", 89_000, "USD", 8),
)
QUOTE_SHARE = 0.35  # of opportunities past "needs identified" and of won deals
NOTES = {
    "vi": (
        "Giá đã bao gồm chi phí vận chuyển trong nội thành.",
        "Thanh toán 50% khi ký hợp đồng, 50% khi nghiệm thu.",
        "",
    ),
    "en": ("Prices include delivery within the city.", "50% on signature, 50% on acceptance.", ""),
}
TERMS = {
    "vi": "Báo giá có hiệu lực 30 ngày kể từ ngày lập.",
    "en": "This quotation is valid for 30 days from its date.",
}


DEMO_COMPANY = {
    "company.name": "Công ty TNHH Giải pháp Số Minh An",
    "company.address": "18 Nguyễn Thị Minh Khai, Phường Đa Kao, Quận 1, TP. Hồ Chí Minh",
    "company.tax_code": "0316789012",
    "company.phone": "028 3822 4567",
    "company.email": "kinhdoanh@minhan.vn",
    "company.website": "minhan.vn",
    # A Vietcombank account (BIN 970436), so the sample VND quotes carry a VietQR block.
    "company.bank_bin": "970436",
    "company.account_number": "0071001234567",
    "company.account_holder": "CONG TY TNHH GIAI PHAP SO MINH AN",
    "company.bank_account": "CN TP. Hồ Chí Minh",  # printed after the bank on the letterhead
}


def add_demo_quotes(session: Session, rng: Random, now: datetime) -> int:
    """Write a company profile (if none), the catalog, then quotes for part of the opportunities
    and won deals."""
    _company(session)
    product_ids = _catalog(session)
    deals = session.execute(
        select(
            DealRow.id, DealRow.stage, DealRow.sub_stage, DealRow.currency, DealRow.stage_entered_at
        )
        .where(DealRow.stage.in_([Stage.OPPORTUNITY, Stage.WON]))
        .order_by(DealRow.id)
    ).all()
    tables = [QuoteRow.__table__, QuoteLineRow.__table__]
    # arg-type: a mapped class's __table__ is its Table, which SQLAlchemy types FromClause
    writer = BulkWriter(session, tables, 10_000)  # type: ignore[arg-type]
    serial: dict[int, int] = {}
    for deal_id, stage, sub_stage, currency, entered in deals:
        if sub_stage == SubStage.NEEDS_IDENTIFIED or rng.random() > QUOTE_SHARE:
            continue
        issued = min(entered, now) - timedelta(days=rng.randint(0, 20))
        year = issued.year
        serial[year] = serial.get(year, 0) + 1
        number = f"BG-{year}-{serial[year]:04d}"
        language = "en" if currency == "USD" else "vi"
        revisions = 2 if rng.random() < 0.3 else 1
        items = _items(rng, currency, product_ids)
        for revision in range(1, revisions + 1):
            last = revision == revisions
            if not last:
                status = QuoteStatus.SENT  # the customer had it before it was revised
            elif stage == Stage.WON:
                status = QuoteStatus.ACCEPTED
            else:
                status = rng.choice((QuoteStatus.SENT, QuoteStatus.SENT, QuoteStatus.DRAFT))
            day: date = min(issued + timedelta(days=7 * (revision - 1)), now).date()
            quote = writer.add(
                "quotes",
                {
                    "deal_id": deal_id,
                    "number": number,
                    "revision": revision,
                    "status": status,
                    "currency": currency,
                    "language": language,
                    "issued_on": day,
                    "valid_until": day + timedelta(days=30),
                    "notes": rng.choice(NOTES[language]) or None,
                    "terms": TERMS[language],
                    "created_at": issued + timedelta(days=7 * (revision - 1)),
                },
            )
            if revision > 1:  # the revision changed a quantity or a discount
                items = [dict(x, discount_bp=rng.choice((0, 500, 1000))) for x in items]
            for n, x in enumerate(items, 1):
                writer.add_leaf("quote_lines", dict(x, quote_id=quote, position=n))
    writer.flush()
    return writer.written["quotes"]


def _company(session: Session) -> None:
    name = session.get(SettingRow, "company.name")
    if name is not None and json.loads(name.value):
        return  # the user's own profile stays
    for key, value in DEMO_COMPANY.items():
        row = session.get(SettingRow, key)
        encoded = json.dumps(value, ensure_ascii=False)
        if row is None:
            session.add(SettingRow(key=key, value=encoded))
        else:
            row.value = encoded
    session.flush()


def _catalog(session: Session) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    existing = set(session.scalars(select(ProductRow.sku)))
    for sku, name, unit, price, currency, vat in CATALOG:
        if sku not in existing:
            session.add(
                ProductRow(
                    sku=sku,
                    name=name,
                    description=None,
                    unit=unit,
                    unit_price_minor=price,
                    currency=currency,
                    vat_rate=vat,
                    archived=False,
                )
            )
    session.flush()
    by_currency: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for row in session.scalars(select(ProductRow).where(ProductRow.archived.is_(False))):
        entry = (row.id, (row.name, row.unit, str(row.unit_price_minor), str(row.vat_rate)))
        by_currency.setdefault(row.currency, []).append(entry)
    return by_currency


def _items(
    rng: Random, currency: str, products: dict[str, list[tuple[int, tuple[str, ...]]]]
) -> list[dict[str, Any]]:
    offer = products.get(currency) or products.get("VND") or []
    chosen = rng.sample(offer, min(len(offer), rng.randint(1, 5)))
    return [
        {
            "product_id": pid,
            "description": name,
            "unit": unit,
            "quantity_milli": rng.choice((1000, 1000, 2000, 3000, 5000, 1500, 10_000)),
            "unit_price_minor": int(price),
            "discount_bp": rng.choice((0, 0, 0, 500, 1000)),
            "vat_rate": int(vat),
        }
        for pid, (name, unit, price, vat) in chosen
    ]
