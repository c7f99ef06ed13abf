"""The product catalog: what a quote line can be picked from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crmdesk.db.models import ProductRow
from crmdesk.db.portable import binary, holds
from crmdesk.domain import validation as v
from crmdesk.domain.entities import Product
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, Message, NotFoundError, ValidationError
from crmdesk.domain.money import check_currency, check_minor
from crmdesk.domain.quote_math import VAT_RATES
from crmdesk.services.context import ServiceContext
from crmdesk.services.people import apply_fields, clean


def _vat(value: Any) -> int:
    if value not in VAT_RATES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "VAT must be 0 %, 5 %, 8 % or 10 %."), "vat_rate"
        )
    return int(value)


PRODUCT_FIELDS: dict[str, Callable[[Any], Any]] = {
    "sku": lambda x: v.required_text(x, Label(QT_TRANSLATE_NOOP("Messages", "A SKU")), "sku", 50),
    "name": lambda x: v.required_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "A product's name")), "name", 300
    ),
    "description": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The description")), "description"
    ),
    "unit": lambda x: v.required_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "A unit")), "unit", 30
    ),
    "unit_price_minor": lambda x: check_minor(x, "unit_price_minor"),
    "currency": check_currency,
    "vat_rate": _vat,
}


def to_product(row: ProductRow) -> Product:
    """Immutable copy of a product row."""
    return Product(
        row.id,
        row.sku,
        row.name,
        row.unit,
        row.unit_price_minor,
        row.currency,
        row.vat_rate,
        row.description,
        row.archived,
    )


class CatalogService:
    """Add, edit, archive and find products; each change undoable."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add(
        self,
        sku: str,
        name: str,
        unit: str,
        unit_price_minor: int,
        currency: str = "VND",
        vat_rate: int = 10,
        description: str | None = None,
    ) -> Product:
        """A new product (its SKU must be new)."""
        values = clean(
            {
                "sku": sku,
                "name": name,
                "unit": unit,
                "unit_price_minor": unit_price_minor,
                "currency": currency,
                "vat_rate": vat_rate,
                "description": description,
            },
            PRODUCT_FIELDS,
        )

        def apply(session: Session) -> Product:
            self._check_sku(session, values["sku"])
            row = ProductRow(**values, archived=False)
            session.add(row)
            session.flush()
            return to_product(row)

        return self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Add product “{name}”"), name=values["name"]),
            apply,
        )

    @staticmethod
    def _check_sku(session: Session, sku: str, other_than: int | None = None) -> None:
        clash = session.scalar(select(ProductRow.id).where(ProductRow.sku == sku))
        if clash is not None and clash != other_than:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Another product already has the SKU “{sku}”."),
                "sku",
                sku=sku,
            )

    def update(self, product_id: int, **fields: Any) -> Product:
        """Change a product (quotes already written keep their own copy of the line)."""
        values = clean(fields, PRODUCT_FIELDS)

        def apply(session: Session) -> Product:
            row = self._row(session, product_id)
            if "sku" in values:
                self._check_sku(session, values["sku"], product_id)
            apply_fields(row, values)
            return to_product(row)

        return self._ctx.change(Message(QT_TRANSLATE_NOOP("Messages", "Edit product")), apply)

    def archive(self, product_id: int, archived: bool = True) -> Product:
        """Take a product out of the catalog (or put it back)."""

        def apply(session: Session) -> Product:
            row = self._row(session, product_id)
            row.archived = archived
            return to_product(row)

        label = (
            Message(QT_TRANSLATE_NOOP("Messages", "Archive product"))
            if archived
            else Message(QT_TRANSLATE_NOOP("Messages", "Restore product"))
        )
        return self._ctx.change(label, apply)

    @staticmethod
    def _row(session: Session, product_id: int) -> ProductRow:
        row = session.get(ProductRow, product_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "There is no product {id}."), id=product_id
            )
        return row

    def get(self, product_id: int) -> Product:
        """One product."""
        return self._ctx.read(lambda s: to_product(self._row(s, product_id)))

    def find(
        self, text: str = "", *, include_archived: bool = False, limit: int = 200
    ) -> list[Product]:
        """Products whose SKU or name holds ``text`` (case aside), by name."""
        query = select(ProductRow).order_by(binary(ProductRow.name), ProductRow.id).limit(limit)
        if text.strip():
            pattern = text.strip()
            query = query.where(
                or_(
                    holds(ProductRow.sku, pattern),
                    holds(ProductRow.name, pattern),
                )
            )
        if not include_archived:
            query = query.where(ProductRow.archived.is_(False))
        return self._ctx.read(lambda s: [to_product(r) for r in s.scalars(query)])
