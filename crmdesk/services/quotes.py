"""Quotes: numbered BG-YYYY-NNNN, revised when a sent quote changes, accepted into Won."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Integer, func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import ContactRow, OrganizationRow, QuoteLineRow, QuoteRow
from crmdesk.domain.entities import Quote, QuoteLine
from crmdesk.domain.enums import QuoteStatus, Stage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, Message, NotFoundError, ValidationError
from crmdesk.domain.money import check_currency, check_minor
from crmdesk.domain.quote_math import LineInput, QuoteTotals, check_line, quote_totals
from crmdesk.domain.text import nfc, nfc_or_none
from crmdesk.reports.quote_data import Company, Customer, QuoteDocument, QuoteLineData
from crmdesk.services.context import ServiceContext
from crmdesk.services.deals import top_position
from crmdesk.services.pipeline import change_stage
from crmdesk.services.rows import live_deal
from crmdesk.services.settings import read_settings

LANGUAGES = ("vi", "en")
# Which status may follow which (a draft is sent; a sent quote is accepted or declined).
NEXT_STATUS = {
    QuoteStatus.DRAFT: {QuoteStatus.SENT},
    QuoteStatus.SENT: {QuoteStatus.ACCEPTED, QuoteStatus.DECLINED},
    QuoteStatus.ACCEPTED: set(),
    QuoteStatus.DECLINED: set(),
}
# A status as a value of a message (lower case, translated with it).
_STATUS_NAMES: dict[QuoteStatus, Label] = {
    QuoteStatus.DRAFT: Label(QT_TRANSLATE_NOOP("Messages", "draft")),
    QuoteStatus.SENT: Label(QT_TRANSLATE_NOOP("Messages", "sent")),
    QuoteStatus.ACCEPTED: Label(QT_TRANSLATE_NOOP("Messages", "accepted")),
    QuoteStatus.DECLINED: Label(QT_TRANSLATE_NOOP("Messages", "declined")),
}


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


def _check(lines: Sequence[LineSpec]) -> list[LineSpec]:
    checked = []
    for n, line in enumerate(lines, start=1):
        if not nfc(line.description):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Line {n} needs a description."), "description", n=n
            )
        try:
            check_line(line.as_input())
            check_minor(line.unit_price_minor, "unit_price")
        except ValidationError as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Line {n}: {error}"),
                error.field,
                n=n,
                error=Message.of(error),
            ) from error
        checked.append(
            LineSpec(
                nfc(line.description),
                nfc(line.unit) or "",
                line.quantity_milli,
                line.unit_price_minor,
                line.discount_bp,
                line.vat_rate,
                line.product_id,
            )
        )
    return checked


class QuoteService:
    """Create, edit, send, accept or decline quotes; each change undoable."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ----------------------------------------------------------------------------------

    def get(self, quote_id: int) -> Quote:
        """One quote (one revision)."""
        return self._ctx.read(lambda s: to_quote(self._row(s, quote_id)))

    def by_number(self, number: str, revision: int | None = None) -> Quote:
        """A quote by its number: the given revision, or the latest."""

        def query(session: Session) -> Quote:
            q = select(QuoteRow).where(QuoteRow.number == number.strip().upper())
            q = q.where(QuoteRow.revision == revision) if revision else q
            row = session.scalars(q.order_by(QuoteRow.revision.desc())).first()
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Messages", "There is no quote {number}."), number=number
                )
            return to_quote(row)

        return self._ctx.read(query)

    def for_deal(self, deal_id: int) -> list[Quote]:
        """A deal's quotes, every revision, newest first."""
        query = (
            select(QuoteRow)
            .where(QuoteRow.deal_id == deal_id)
            .order_by(QuoteRow.number.desc(), QuoteRow.revision.desc())
        )
        return self._ctx.read(lambda s: [to_quote(r) for r in s.scalars(query)])

    def lines(self, quote_id: int) -> list[QuoteLine]:
        """A quote's lines in order."""
        query = (
            select(QuoteLineRow)
            .where(QuoteLineRow.quote_id == quote_id)
            .order_by(QuoteLineRow.position)
        )
        return self._ctx.read(lambda s: [to_line(r) for r in s.scalars(query)])

    def totals(self, quote_id: int) -> QuoteTotals:
        """Subtotal, discount, VAT per rate and grand total, exact."""
        return quote_totals(
            LineInput(x.quantity_milli, x.unit_price_minor, x.discount_bp, x.vat_rate)
            for x in self.lines(quote_id)
        )

    @staticmethod
    def _row(session: Session, quote_id: int) -> QuoteRow:
        row = session.get(QuoteRow, quote_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "There is no quote {number}."), number=quote_id
            )
        return row

    # -- writing ----------------------------------------------------------------------------------

    def create(
        self,
        deal_id: int,
        lines: Sequence[LineSpec] = (),
        *,
        language: str = "vi",
        currency: str | None = None,
        notes: str | None = None,
        terms: str | None = None,
    ) -> Quote:
        """A new draft quote for a deal, numbered BG-YYYY-NNNN (revision 1)."""
        if language not in LANGUAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A quote is in Vietnamese (vi) or English (en)."),
                "language",
            )
        checked = _check(lines)

        def apply(session: Session) -> Quote:
            deal = live_deal(session, deal_id)
            settings = read_settings(session)
            today = self._ctx.clock().astimezone().date()
            row = QuoteRow(
                deal_id=deal.id,
                number=self._next_number(session, today.year),
                revision=1,
                status=QuoteStatus.DRAFT,
                currency=check_currency(currency or deal.currency),
                language=language,
                issued_on=today,
                valid_until=today + timedelta(days=int(settings["quote.validity_days"])),
                notes=nfc_or_none(notes),
                terms=nfc_or_none(terms) or nfc_or_none(settings["quote.terms"]),
                created_at=self._ctx.clock(),
            )
            session.add(row)
            session.flush()
            self._write_lines(session, row.id, checked)
            return to_quote(row)

        return self._ctx.change(
            lambda q: Message(
                QT_TRANSLATE_NOOP("Messages", "Create quote {number}"), number=q.number
            ),
            apply,
        )

    @staticmethod
    def _next_number(session: Session, year: int) -> str:
        prefix = f"BG-{year}-"
        serial = func.cast(func.substr(QuoteRow.number, len(prefix) + 1), Integer)
        last = session.scalar(select(func.max(serial)).where(QuoteRow.number.like(prefix + "%")))
        return f"{prefix}{(last or 0) + 1:04d}"  # numerically: BG-2026-10000 follows 9999

    @staticmethod
    def _write_lines(session: Session, quote_id: int, lines: Sequence[LineSpec]) -> None:
        for old in session.scalars(select(QuoteLineRow).where(QuoteLineRow.quote_id == quote_id)):
            session.delete(old)
        session.flush()
        for position, line in enumerate(lines, start=1):
            session.add(
                QuoteLineRow(
                    quote_id=quote_id,
                    position=position,
                    product_id=line.product_id,
                    description=line.description,
                    unit=line.unit,
                    quantity_milli=line.quantity_milli,
                    unit_price_minor=line.unit_price_minor,
                    discount_bp=line.discount_bp,
                    vat_rate=line.vat_rate,
                )
            )

    def edit(
        self,
        quote_id: int,
        lines: Sequence[LineSpec] | None = None,
        *,
        notes: str | None = None,
        terms: str | None = None,
        language: str | None = None,
        valid_until: date | None = None,
    ) -> Quote:
        """Change a draft in place; changing a sent quote makes a new draft revision and keeps
        the one the customer has. Accepted and declined quotes no longer change."""
        checked = _check(lines) if lines is not None else None
        if language is not None and language not in LANGUAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A quote is in Vietnamese (vi) or English (en)."),
                "language",
            )

        def apply(session: Session) -> Quote:
            row = self._row(session, quote_id)
            if row.status in (QuoteStatus.ACCEPTED, QuoteStatus.DECLINED):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Quote {number} was {status}: make a new quote instead."
                    ),
                    "status",
                    number=row.number,
                    status=_STATUS_NAMES[row.status],
                )
            if row.status == QuoteStatus.SENT:
                row = self._revise(session, row)
            if checked is not None:
                self._write_lines(session, row.id, checked)
            if notes is not None:
                row.notes = nfc_or_none(notes)
            if terms is not None:
                row.terms = nfc_or_none(terms)
            if language is not None:
                row.language = language
            if valid_until is not None:
                if valid_until < row.issued_on:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Messages", "A quote cannot expire before it is issued."),
                        "valid_until",
                    )
                row.valid_until = valid_until
            return to_quote(row)

        return self._ctx.change(
            lambda q: Message(
                QT_TRANSLATE_NOOP("Messages", "Edit quote {number} (revision {revision})"),
                number=q.number,
                revision=q.revision,
            ),
            apply,
        )

    def _revise(self, session: Session, sent: QuoteRow) -> QuoteRow:
        """A draft copy of a sent quote, one revision up, with the same lines."""
        latest = session.scalar(
            select(func.max(QuoteRow.revision)).where(QuoteRow.number == sent.number)
        )
        today = self._ctx.clock().astimezone().date()
        row = QuoteRow(
            deal_id=sent.deal_id,
            number=sent.number,
            revision=(latest or 1) + 1,
            status=QuoteStatus.DRAFT,
            currency=sent.currency,
            language=sent.language,
            issued_on=today,
            valid_until=today + (sent.valid_until - sent.issued_on),
            notes=sent.notes,
            terms=sent.terms,
            created_at=self._ctx.clock(),
        )
        session.add(row)
        session.flush()
        old = session.scalars(
            select(QuoteLineRow)
            .where(QuoteLineRow.quote_id == sent.id)
            .order_by(QuoteLineRow.position)
        )
        self._write_lines(
            session,
            row.id,
            [
                LineSpec(
                    x.description,
                    x.unit,
                    x.quantity_milli,
                    x.unit_price_minor,
                    x.discount_bp,
                    x.vat_rate,
                    x.product_id,
                )
                for x in old
            ],
        )
        return row

    def set_status(self, quote_id: int, status: QuoteStatus | str) -> Quote:
        """Send, accept or decline. Accepting marks the deal Won, in the same undoable step."""
        status = QuoteStatus(status)

        def apply(session: Session) -> Quote:
            row = self._row(session, quote_id)
            if status not in NEXT_STATUS[row.status]:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Quote {number} is {status}; it cannot become {target}."
                    ),
                    "status",
                    number=row.number,
                    status=_STATUS_NAMES[row.status],
                    target=_STATUS_NAMES[status],
                )
            if status == QuoteStatus.SENT and not session.scalar(
                select(func.count())
                .select_from(QuoteLineRow)
                .where(QuoteLineRow.quote_id == row.id)
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "A quote needs at least one line to be sent."),
                    "lines",
                )
            row.status = status
            if status == QuoteStatus.ACCEPTED:
                self._win(session, row)
            return to_quote(row)

        labels = {
            QuoteStatus.SENT: QT_TRANSLATE_NOOP("Messages", "Send quote {number}"),
            QuoteStatus.ACCEPTED: QT_TRANSLATE_NOOP("Messages", "Accept quote {number}"),
            QuoteStatus.DECLINED: QT_TRANSLATE_NOOP("Messages", "Decline quote {number}"),
            QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("Messages", "Reopen quote {number}"),
        }
        return self._ctx.change(lambda q: Message(labels[status], number=q.number), apply)

    def _win(self, session: Session, quote: QuoteRow) -> None:
        deal = live_deal(session, quote.deal_id)
        if deal.stage == Stage.WON:
            return
        now = self._ctx.clock()
        reason = f"Quote {quote.number} (revision {quote.revision}) accepted"
        deal.position = top_position(session, Stage.WON)
        change_stage(session, deal, Stage.WON, now, reason, reason, None, None)
        deal.updated_at = now

    # -- paper ------------------------------------------------------------------------------------

    def document(self, quote_id: int) -> QuoteDocument:
        """Everything the PDF shows: company profile, customer, lines."""

        def query(session: Session) -> QuoteDocument:
            row = self._row(session, quote_id)
            deal = live_deal(session, row.deal_id)
            s = read_settings(session)
            org = (
                session.get(OrganizationRow, deal.organization_id) if deal.organization_id else None
            )
            person = session.get(ContactRow, deal.contact_id) if deal.contact_id else None
            company = Company(
                s["company.name"] or "",
                s["company.address"],
                s["company.tax_code"],
                s["company.phone"],
                s["company.email"],
                s["company.website"],
                s["company.bank_account"],
                _logo(s),
            )
            customer = Customer(
                org.name if org else (person.full_name if person else deal.title),
                person.full_name if person and org else "",
                (org.address or "") if org else "",
                (org.tax_code or "") if org else "",
                (person.email if person else None) or (org.email if org else None) or "",
                (person.phone if person else None) or (org.phone if org else None) or "",
            )
            lines = session.scalars(
                select(QuoteLineRow)
                .where(QuoteLineRow.quote_id == row.id)
                .order_by(QuoteLineRow.position)
            )
            return QuoteDocument(
                row.number,
                row.revision,
                row.language,
                row.currency,
                row.issued_on,
                row.valid_until,
                company,
                customer,
                tuple(
                    QuoteLineData(
                        x.description,
                        x.unit,
                        x.quantity_milli,
                        x.unit_price_minor,
                        x.discount_bp,
                        x.vat_rate,
                    )
                    for x in lines
                ),
                deal.title,
                row.notes or "",
                row.terms or "",
                row.status.value,
            )

        return self._ctx.read(query)

    def pdf(self, quote_id: int, *, invariant: bool = False) -> bytes:
        """The quote as PDF bytes."""
        from crmdesk.reports.quote_pdf import quote_pdf  # ReportLab loads only when printing

        return quote_pdf(self.document(quote_id), invariant=invariant)


def _logo(settings: dict[str, object]) -> bytes | None:
    import base64

    encoded = settings.get("company.logo")
    return base64.b64decode(encoded) if isinstance(encoded, str) and encoded else None
