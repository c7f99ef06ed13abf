"""Quotes: numbered BG-YYYY-NNNN, revised when a sent quote changes, accepted into Won."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import QuoteLineRow, QuoteRow
from crmdesk.db.portable import serialize
from crmdesk.domain import quotes as rules
from crmdesk.domain.entities import Quote, QuoteLine
from crmdesk.domain.enums import QuoteStatus, Stage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message, NotFoundError, ValidationError
from crmdesk.domain.money import check_currency, check_minor
from crmdesk.domain.quote_math import LineInput, QuoteTotals, quote_totals
from crmdesk.domain.text import nfc_or_none
from crmdesk.reports.quote_data import QuoteDocument
from crmdesk.services.context import ServiceContext
from crmdesk.services.deals import top_position
from crmdesk.services.pipeline import change_stage
from crmdesk.services.quote_paper import quote_document
from crmdesk.services.quote_rows import LineSpec, add_numbered, check_lines, to_line, to_quote
from crmdesk.services.rows import live_deal
from crmdesk.services.settings import read_settings
from crmdesk.services.versions import check_version

LANGUAGES = ("vi", "en")


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
        if revision is not None and not 1 <= revision < 2**31:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A revision is a number from 1 up."), "revision"
            )

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
    def _row(session: Session, quote_id: int, lock: bool = False) -> QuoteRow:
        # ``lock``: read FOR UPDATE, so two clients changing one quote take turns (SQLite's
        # write lock already serialises).
        row = session.get(QuoteRow, quote_id, with_for_update=True if lock else None)
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
        checked = check_lines(lines)

        def apply(session: Session) -> Quote:
            deal = live_deal(session, deal_id)
            settings = read_settings(session)
            today = self._ctx.clock().astimezone().date()
            row = add_numbered(
                session,
                lambda: QuoteRow(
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
                ),
            )
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
        serialize(session, "crmdesk.quote_number")  # two writers never take the same number
        prefix = f"BG-{year}-"
        taken = session.scalars(
            select(QuoteRow.number).where(QuoteRow.number.like(prefix + "%")).distinct()
        )
        tails = (n[len(prefix) :] for n in taken)
        serials = [int(t) for t in tails if t.isascii() and t.isdigit()]
        return f"{prefix}{max(serials, default=0) + 1:04d}"  # BG-2026-10000 follows 9999

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
        if_version: int | None = None,
    ) -> Quote:
        """Change a draft in place; changing a sent quote makes a new draft revision and keeps
        the one the customer has. Accepted and declined quotes no longer change. Refused,
        naming who and when, if the quote is no longer at ``if_version``."""
        checked = check_lines(lines) if lines is not None else None
        if language is not None and language not in LANGUAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A quote is in Vietnamese (vi) or English (en)."),
                "language",
            )

        def apply(session: Session) -> Quote:
            row = self._row(session, quote_id, lock=True)
            check_version(session, row, if_version, self._ctx.clock)
            rules.check_editable(row.number, row.status)
            if rules.edit_makes_revision(row.status):
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
        serialize(session, "crmdesk.quote_number")
        today = self._ctx.clock().astimezone().date()

        def build() -> QuoteRow:
            latest = session.scalar(
                select(func.max(QuoteRow.revision)).where(QuoteRow.number == sent.number)
            )
            return QuoteRow(
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

        row = add_numbered(session, build)
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

    def set_status(
        self, quote_id: int, status: QuoteStatus | str, *, set_deal_value: bool = False
    ) -> Quote:
        """Send, accept or decline. Accepting marks the deal Won and, with ``set_deal_value``,
        makes the quote's grand total the deal's value — all in one undoable step."""
        status = QuoteStatus(status)

        def apply(session: Session) -> Quote:
            row = self._row(session, quote_id, lock=True)
            count = session.scalar(
                select(func.count())
                .select_from(QuoteLineRow)
                .where(QuoteLineRow.quote_id == row.id)
            )
            rules.check_transition(row.number, row.status, status, int(count or 0))
            row.status = status
            if status == QuoteStatus.ACCEPTED:
                self._accepted(session, row, set_deal_value)
            return to_quote(row)

        labels = {
            QuoteStatus.SENT: QT_TRANSLATE_NOOP("Messages", "Send quote {number}"),
            QuoteStatus.ACCEPTED: QT_TRANSLATE_NOOP("Messages", "Accept quote {number}"),
            QuoteStatus.DECLINED: QT_TRANSLATE_NOOP("Messages", "Decline quote {number}"),
            QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("Messages", "Reopen quote {number}"),
        }
        return self._ctx.change(lambda q: Message(labels[status], number=q.number), apply)

    def accept(self, quote_id: int, *, set_deal_value: bool = False) -> Quote:
        """Accept a sent quote: the deal is Won (and worth the quote's total, if asked)."""
        return self.set_status(quote_id, QuoteStatus.ACCEPTED, set_deal_value=set_deal_value)

    def _accepted(self, session: Session, quote: QuoteRow, set_deal_value: bool) -> None:
        deal = live_deal(session, quote.deal_id)
        now = self._ctx.clock()
        if set_deal_value:
            lines = session.scalars(select(QuoteLineRow).where(QuoteLineRow.quote_id == quote.id))
            total = quote_totals(
                LineInput(x.quantity_milli, x.unit_price_minor, x.discount_bp, x.vat_rate)
                for x in lines
            ).grand_total
            if (deal.value_minor, deal.currency) != (total, quote.currency):
                deal.value_minor, deal.currency = check_minor(total), quote.currency
                deal.updated_at = now
        if rules.acceptance_wins(QuoteStatus.ACCEPTED, deal.stage):
            note = rules.acceptance_note(quote.number, quote.revision)
            deal.position = top_position(session, Stage.WON)
            change_stage(session, deal, Stage.WON, now, note, note, None, None)
            deal.updated_at = now

    # -- paper ------------------------------------------------------------------------------------

    def document(self, quote_id: int) -> QuoteDocument:
        """Everything the PDF shows: company profile, customer, lines, VietQR request."""

        def query(session: Session) -> QuoteDocument:
            row = self._row(session, quote_id, lock=True)
            return quote_document(
                session, row, live_deal(session, row.deal_id), read_settings(session)
            )

        return self._ctx.read(query)

    @staticmethod
    def prepare_rendering() -> None:
        """Load everything rendering needs, once, on the calling (GUI) thread: a module first
        imported on a worker thread can corrupt PySide's import hook and crash the program."""
        from crmdesk.services.quote_paper import warm_up

        warm_up()

    @staticmethod
    def render(document: QuoteDocument, *, invariant: bool = False) -> bytes:
        """A quote document as PDF bytes (no database: safe on a worker thread)."""
        from crmdesk.reports.quote_pdf import quote_pdf  # ReportLab loads only when printing

        return quote_pdf(document, invariant=invariant)

    def pdf(self, quote_id: int, *, invariant: bool = False) -> bytes:
        """The quote as PDF bytes."""
        return self.render(self.document(quote_id), invariant=invariant)
