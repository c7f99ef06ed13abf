"""Quote lines as the editor gives them, checked; quote rows as immutable entities."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crmdesk.db.models import QuoteLineRow, QuoteRow
from crmdesk.domain.entities import Quote, QuoteLine
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ConflictError, Message, ValidationError
from crmdesk.domain.money import check_minor
from crmdesk.domain.quote_math import (
    MAX_DESCRIPTION,
    MAX_LINES,
    MAX_UNIT,
    LineInput,
    check_line,
    quote_totals,
)
from crmdesk.domain.text import nfc

NUMBER_TRIES = 20


def add_numbered(session: Session, build: Callable[[], QuoteRow]) -> QuoteRow:
    """Insert the quote ``build`` makes (it reads the next free number or revision).

    Two clients creating quotes at the same moment read the same next number: the unique
    (number, revision) constraint refuses the second insert, which then reads the next one and
    tries again, inside a savepoint so the rest of its transaction stands. (On SQLite the write
    lock already makes the two take turns.)
    """
    for _ in range(NUMBER_TRIES):
        row = build()
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError:
            continue  # taken meanwhile by another client: read the next free one
        return row
    raise ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages", "Other users are creating quotes at the same moment; try again."
        )
    )


@dataclass(frozen=True, slots=True)
class LineSpec:
    """A quote line as the editor gives it."""

    description: str
    unit: str
    quantity_milli: int
    unit_price_minor: int
    discount_bp: int = 0
    vat_rate: int = 10
    product_id: int | None = None

    def as_input(self) -> LineInput:
        """The numbers the quote arithmetic takes."""
        return LineInput(
            self.quantity_milli, self.unit_price_minor, self.discount_bp, self.vat_rate
        )


def to_quote(row: QuoteRow) -> Quote:
    """Immutable copy of a quote header."""
    return Quote(
        row.id,
        row.deal_id,
        row.number,
        row.revision,
        row.status,
        row.currency,
        row.language,
        row.issued_on,
        row.valid_until,
        row.notes,
        row.terms,
        version=row.version,
    )


def to_line(row: QuoteLineRow) -> QuoteLine:
    """Immutable copy of a quote line."""
    return QuoteLine(
        row.id,
        row.quote_id,
        row.position,
        row.description,
        row.unit,
        row.quantity_milli,
        row.unit_price_minor,
        row.discount_bp,
        row.vat_rate,
        row.product_id,
    )


def _line_error(n: int, error: ValidationError) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Messages", "Line {n}: {error}"),
        error.field,
        n=n,
        error=Message.of(error),
    )


def check_lines(lines: Sequence[LineSpec]) -> list[LineSpec]:
    """The lines NFC-normalized, each priceable, their total within bounds; or a sentence that
    names the first line at fault."""
    if len(lines) > MAX_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A quote has at most {max} lines; make two quotes."),
            "lines",
            max=MAX_LINES,
        )
    checked = []
    for n, line in enumerate(lines, start=1):
        description, unit = nfc(line.description), " ".join(nfc(line.unit).split())
        if not description:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Line {n} needs a description."), "description", n=n
            )
        try:
            if len(description) > MAX_DESCRIPTION:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "A description has at most {max} characters; this one {count}."
                    ),
                    "description",
                    max=MAX_DESCRIPTION,
                    count=len(description),
                )
            if len(unit) > MAX_UNIT:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "A unit has at most {max} characters."),
                    "unit",
                    max=MAX_UNIT,
                )
            check_line(line.as_input())
            check_minor(line.unit_price_minor, "unit_price")
        except ValidationError as error:
            raise _line_error(n, error) from error
        checked.append(
            LineSpec(
                description,
                unit,
                line.quantity_milli,
                line.unit_price_minor,
                line.discount_bp,
                line.vat_rate,
                line.product_id,
            )
        )
    quote_totals(line.as_input() for line in checked)  # the whole quote within bounds
    return checked
