"""Labels, numbers, money and dates on paper, in Vietnamese or English (no Qt here)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from num2words import num2words

from crmdesk.domain.money import CURRENCY_EXPONENTS
from crmdesk.domain.text import nfc
from crmdesk.domain.words_vi import number_in_words

LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "BÁO GIÁ",
        "number": "Số",
        "revision": "Lần sửa",
        "issued": "Ngày lập",
        "valid_until": "Hiệu lực đến",
        "customer": "Kính gửi",
        "contact": "Người liên hệ",
        "tax_code": "Mã số thuế",
        "phone": "Điện thoại",
        "email": "Email",
        "bank": "Tài khoản",
        "subject": "Về việc",
        "no": "STT",
        "description": "Hàng hóa, dịch vụ",
        "unit": "ĐVT",
        "quantity": "Số lượng",
        "unit_price": "Đơn giá",
        "discount": "Chiết khấu",
        "vat": "Thuế GTGT",
        "amount": "Thành tiền",
        "subtotal": "Cộng tiền hàng",
        "discount_total": "Chiết khấu",
        "net": "Cộng sau chiết khấu",
        "vat_line": "Thuế GTGT {rate}% trên {base}",
        "grand_total": "Tổng cộng thanh toán",
        "in_words": "Số tiền bằng chữ",
        "notes": "Ghi chú",
        "terms": "Điều khoản",
        "page": "Trang {page}/{pages}",
        "qr_title": "Quét mã VietQR để thanh toán",
        "qr_bank": "Ngân hàng",
        "qr_account": "Số tài khoản",
        "qr_holder": "Chủ tài khoản",
        "qr_amount": "Số tiền",
        "qr_note": "Nội dung",
    },
    "en": {
        "title": "QUOTATION",
        "number": "No.",
        "revision": "Revision",
        "issued": "Date",
        "valid_until": "Valid until",
        "customer": "To",
        "contact": "Attention",
        "tax_code": "Tax code",
        "phone": "Phone",
        "email": "Email",
        "bank": "Bank account",
        "subject": "Subject",
        "no": "#",
        "description": "Description",
        "unit": "Unit",
        "quantity": "Qty",
        "unit_price": "Unit price",
        "discount": "Disc.",
        "vat": "VAT",
        "amount": "Amount",
        "subtotal": "Subtotal",
        "discount_total": "Discount",
        "net": "Net after discount",
        "vat_line": "VAT {rate}% on {base}",
        "grand_total": "Grand total",
        "in_words": "Amount in words",
        "notes": "Notes",
        "terms": "Terms",
        "page": "Page {page} of {pages}",
        "qr_title": "Scan with a banking app to pay (VietQR)",
        "qr_bank": "Bank",
        "qr_account": "Account",
        "qr_holder": "Account holder",
        "qr_amount": "Amount",
        "qr_note": "Transfer note",
    },
}
SYMBOLS = {"VND": "₫", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
# How a currency's amounts are written, whatever the language around them — the conventions
# the window's QLocale uses for that currency (gui.formatting.currency_locale): thousands
# separator, decimal mark, and whether the symbol follows the number (after a no-break space).
# Any other currency is written the US way, its symbol (or ISO code) first.
_CONVENTIONS: dict[str, tuple[str, str, bool]] = {
    "VND": (".", ",", True),  # vi_VN
    "EUR": (".", ",", True),  # de_DE
}
_US_WAY = (",", ".", False)  # en_US
_CURRENCY_WORDS = {
    "vi": {"VND": "đồng", "USD": "đô la Mỹ", "EUR": "euro"},
    "en": {"VND": "Vietnamese dong", "USD": "US dollars", "EUR": "euros"},
}
_CENTS = {"vi": "xu", "en": "cents"}


def labels(language: str) -> dict[str, str]:
    """The printed labels of a language (English for any other)."""
    return LABELS.get(language, LABELS["en"])


def para(text: str) -> str:
    """User text made safe for a ReportLab paragraph: NFC, escaped, newlines kept."""
    return escape(nfc(text)).replace("\n", "<br/>")


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def number(value: Decimal | int, places: int, language: str) -> str:
    """``1.250.000,5`` in Vietnamese, ``1,250,000.5`` in English; exact at any size."""
    thousands, decimal = (".", ",") if language == "vi" else (",", ".")
    sign = "-" if value < 0 else ""
    text = f"{abs(Decimal(value)):.{places}f}"
    whole, _, fraction = text.partition(".")
    return sign + _group(whole, thousands) + (decimal + fraction if fraction else "")


def money(minor: int, currency: str) -> str:
    """An amount in its currency's convention, in any language: ``1.250.000 ₫``,
    ``$1,250.00``, ``1.250,00 €`` — the very text the window shows."""
    places = CURRENCY_EXPONENTS.get(currency, 0)
    thousands, mark, symbol_after = _CONVENTIONS.get(currency, _US_WAY)
    whole, _, fraction = f"{abs(Decimal(minor).scaleb(-places)):.{places}f}".partition(".")
    digits = _group(whole, thousands) + (mark + fraction if fraction else "")
    symbol = SYMBOLS.get(currency, currency)
    if symbol_after:
        return f"{'-' if minor < 0 else ''}{digits}\u00a0{symbol}"
    return f"({symbol}{digits})" if minor < 0 else f"{symbol}{digits}"


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # a finite number's ('n', 'N', 'F' are NaN and infinity)
    return exponent


def quantity(milli: int, language: str) -> str:
    """A quantity without trailing zeros: ``2``, ``1,5`` / ``1.5``."""
    value = (Decimal(milli) / 1000).normalize()
    places = max(0, -_exponent(value))
    return number(value, places, language)


def percent(hundredths: int, language: str) -> str:
    """``10 %`` / ``10,5 %`` from hundredths of a percent."""
    value = (Decimal(hundredths) / 100).normalize()
    places = max(0, -_exponent(value))
    return f"{number(value, places, language)}\u00a0%"


def day(value: date, language: str) -> str:
    """``05/01/2027`` in Vietnamese, ``5 Jan 2027`` in English."""
    if language == "vi":
        return value.strftime("%d/%m/%Y")
    return f"{value.day} {value.strftime('%b %Y')}"


def amount_in_words(minor: int, currency: str, language: str) -> str:
    """The grand total in words: Vietnamese words for Vietnamese, English otherwise."""
    places = CURRENCY_EXPONENTS.get(currency, 0)
    whole, cents = divmod(minor, 10**places) if places else (minor, 0)
    lang = "vi" if language == "vi" else "en"
    name = _CURRENCY_WORDS[lang].get(currency, currency)
    if lang == "vi":
        text = f"{number_in_words(whole)} {name}"
        if cents:
            text += f" {number_in_words(cents)} {_CENTS['vi']}"
    else:
        text = f"{num2words(whole, lang='en')} {name}"
        if cents:
            text += f" and {num2words(cents, lang='en')} {_CENTS['en']}"
    return text[0].upper() + text[1:]
