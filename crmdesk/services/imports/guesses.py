"""Guessing which column is what from its header, for the sheets people keep themselves."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from crmdesk.domain.text import fold

# Header names people give columns in their own sheets, English and Vietnamese, as
# :func:`header_key` folds them; the window guesses from these when no preset knows the file.
_GUESSES: dict[str, tuple[str, ...]] = {
    "deal.title": ("deal", "deal name", "deal title", "opportunity", "opportunity name",
                   "ten co hoi", "co hoi", "ten giao dich", "giao dich", "ten deal", "tieu de"),
    "deal.value": ("value", "deal value", "amount", "expected value", "gia tri", "gia tri du kien",
                   "gia tri hop dong", "so tien", "doanh so", "doanh thu", "doanh thu du kien",
                   "ngan sach"),
    "deal.currency": ("currency", "tien te", "loai tien", "don vi tien", "don vi tien te"),
    "deal.stage": ("stage", "deal stage", "pipeline stage", "giai doan", "trang thai",
                   "tinh trang"),
    "deal.source": ("source", "lead source", "channel", "nguon", "nguon khach", "nguon khach hang",
                    "kenh", "kenh tiep can"),
    "deal.owner": ("owner", "deal owner", "salesperson", "sales rep", "nguoi phu trach",
                   "phu trach", "nhan vien", "nhan vien kinh doanh", "nhan vien phu trach"),
    "deal.expected_close": ("expected close", "expected close date", "close date", "closing date",
                            "ngay chot", "ngay chot du kien", "ngay du kien", "han chot",
                            "hen chot"),
    "deal.interest": ("interest", "interested in", "product", "products", "service", "san pham",
                      "san pham quan tam", "quan tam", "nhu cau", "dich vu", "dich vu quan tam"),
    "org.name": ("company", "company name", "organization", "organisation", "organization name",
                 "account", "account name", "business", "cong ty", "ten cong ty", "doanh nghiep",
                 "ten doanh nghiep", "to chuc", "don vi", "cua hang", "ten cua hang"),
    "org.industry": ("industry", "sector", "nganh", "nganh nghe", "linh vuc",
                     "linh vuc kinh doanh"),
    "org.size": ("company size", "size", "employees", "number of employees", "headcount",
                 "quy mo", "so nhan vien", "so luong nhan vien"),
    "org.address": ("address", "street", "dia chi", "dia chi cong ty"),
    "org.tax_code": ("tax code", "tax id", "vat number", "ma so thue", "mst"),
    "org.website": ("website", "web", "site", "url", "trang web"),
    "contact.full_name": ("name", "full name", "contact", "contact name", "person", "ho ten",
                          "ho va ten", "ten", "ten khach hang", "khach hang", "nguoi lien he",
                          "ten nguoi lien he", "ten lien he", "lien he"),
    "contact.first_name": ("first name", "given name", "firstname"),
    "contact.last_name": ("last name", "family name", "surname", "lastname"),
    "contact.email": ("email", "e mail", "email address", "e mail address", "mail",
                      "thu dien tu", "dia chi email", "dia chi thu dien tu"),
    "contact.phone": ("phone", "phone number", "telephone", "tel", "mobile", "mobile phone",
                      "cell", "dien thoai", "so dien thoai", "sdt", "so dt", "dt", "di dong",
                      "so di dong", "dtdd"),
    "contact.job_title": ("job title", "position", "role", "chuc vu", "chuc danh", "vi tri"),
}  # fmt: skip
_GUESS_OF: dict[str, str] = {name: key for key, names in _GUESSES.items() for name in names}
_PUNCTUATION = re.compile(r"[^\w ]+")


def header_key(header: str) -> str:
    """A header as guesses compare it: folded, punctuation as spaces (``Số ĐT:`` → ``so dt``)."""
    return " ".join(_PUNCTUATION.sub(" ", fold(header)).replace("_", " ").split())


def guess_columns(headers: Sequence[str], taken: Mapping[int, str] | None = None) -> dict[int, str]:
    """Column index → field for the headers whose names say what they hold (accents, case and
    punctuation ignored), skipping the columns and fields in ``taken``; each field once."""
    chosen = dict(taken or {})
    used = set(chosen.values())
    keys = [header_key(h) for h in headers]
    # "Họ" beside "Tên" is a family name beside a given name: leave both to the person, who
    # knows which order the names go in.
    split_name = "ho" in keys or "ho dem" in keys
    guessed: dict[int, str] = {}
    for index, key in enumerate(keys):
        field = _GUESS_OF.get(key)
        if field is None or index in chosen or field in used:
            continue
        if split_name and key == "ten":
            continue
        guessed[index] = field
        used.add(field)
    return guessed
