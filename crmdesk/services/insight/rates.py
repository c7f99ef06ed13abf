"""The reporting currency, dated exchange rates, and the report's settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crmdesk.db.models import ExchangeRateRow
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from crmdesk.domain.insight import Rate, RateBook, parse_rate
from crmdesk.domain.money import MAX_INT64, check_currency
from crmdesk.services.context import ServiceContext
from crmdesk.services.settings import read_settings, write_setting

PROBABILITY_SOURCES = ("stage", "learnt")


@dataclass(frozen=True, slots=True)
class InsightSettings:
    """What the report is measured against."""

    currency: str  # the reporting currency
    monthly_target_minor: int
    commit_threshold: int  # percent
    probabilities: str  # "stage" or "learnt"


def read_insight_settings(session: Session) -> InsightSettings:
    """The report's settings (the reporting currency defaults to the company's)."""
    s = read_settings(session)
    currency = s["insight.currency"] or s["company.currency"] or "VND"
    source = s["insight.probabilities"]
    return InsightSettings(
        currency,
        int(s["insight.monthly_target_minor"]),
        int(s["insight.commit_threshold"]),
        source if source in PROBABILITY_SOURCES else "stage",
    )


def read_rate_book(session: Session, reporting: str) -> RateBook:
    """Every rate the user entered, to convert into ``reporting``."""
    rows = session.scalars(select(ExchangeRateRow))
    rates = tuple(Rate(r.currency, r.to_currency, Decimal(r.rate), r.valid_from) for r in rows)
    return RateBook(reporting, rates)


class RatesAndSettings:
    """Changes to the report's settings and rates, each one undoable action."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def settings(self) -> InsightSettings:
        """The report's settings."""
        return self._ctx.read(read_insight_settings)

    def rates(self) -> list[Rate]:
        """Every rate entered, by currency and date."""

        def query(session: Session) -> list[Rate]:
            book = read_rate_book(session, "")
            return sorted(book.rates, key=lambda r: (r.currency, r.to_currency, r.valid_from))

        return self._ctx.read(query)

    def set_rate(self, code: str, rate: str | Decimal | int, on: date | None = None) -> Rate:
        """One ``code`` is worth ``rate`` of the reporting currency from ``on`` (today)."""
        currency = check_currency(code)
        value = parse_rate(rate)
        day = on or self._ctx.clock().astimezone().date()

        def apply(session: Session) -> Rate:
            reporting = read_insight_settings(session).currency
            if currency == reporting:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{code} is the reporting currency: it is always worth 1 {code}.",
                    ),
                    "currency",
                    code=currency,
                )
            row = session.scalar(
                select(ExchangeRateRow).where(
                    ExchangeRateRow.currency == currency,
                    ExchangeRateRow.to_currency == reporting,
                    ExchangeRateRow.valid_from == day,
                )
            )
            text = format(value, "f")
            if row is None:
                session.add(ExchangeRateRow(currency=currency, to_currency=reporting, rate=text,
                                            valid_from=day))  # fmt: skip
            elif row.rate != text:
                row.rate = text
            return Rate(currency, reporting, value, day)

        label = Message(
            QT_TRANSLATE_NOOP("Messages", "Set the {code} rate from {day}"),
            code=currency,
            day=day.isoformat(),
        )
        return self._ctx.change(label, apply)

    def remove_rate(self, code: str, on: date) -> None:
        """Forget the rate of ``code`` entered for the day ``on``."""
        currency = check_currency(code)

        def apply(session: Session) -> None:
            session.execute(
                delete(ExchangeRateRow).where(
                    ExchangeRateRow.currency == currency, ExchangeRateRow.valid_from == on
                )
            )

        label = Message(
            QT_TRANSLATE_NOOP("Messages", "Remove the {code} rate of {day}"),
            code=currency,
            day=on.isoformat(),
        )
        self._ctx.change(label, apply)

    def configure(self, currency: str, monthly_target_minor: int, commit_threshold: int) -> None:
        """The reporting currency, the monthly target and the commit threshold, in one step."""
        code = check_currency(currency)
        _check_target(monthly_target_minor)
        _check_threshold(commit_threshold)

        def apply(session: Session) -> None:
            write_setting(session, "insight.currency", code)
            write_setting(session, "insight.monthly_target_minor", monthly_target_minor)
            write_setting(session, "insight.commit_threshold", commit_threshold)

        self._ctx.change(Message(QT_TRANSLATE_NOOP("Messages", "Change the report's settings")),
                         apply)  # fmt: skip

    def set_reporting_currency(self, code: str) -> None:
        """Totals are shown in ``code`` from now on."""
        currency = check_currency(code)
        self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Report in {code}"), code=currency),
            lambda session: write_setting(session, "insight.currency", currency),
        )

    def set_monthly_target(self, minor: int) -> None:
        """The revenue aimed at each month, in the reporting currency's minor unit."""
        _check_target(minor)
        self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Change the monthly target")),
            lambda session: write_setting(session, "insight.monthly_target_minor", minor),
        )

    def set_commit_threshold(self, percent: int) -> None:
        """Opportunities at or above ``percent`` count as committed."""
        _check_threshold(percent)
        self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Commit from {percent} %"), percent=percent),
            lambda session: write_setting(session, "insight.commit_threshold", percent),
        )

    def set_probabilities(self, source: str) -> None:
        """The forecast weighs deals by the stage defaults (``stage``) or the learnt chance."""
        if source not in PROBABILITY_SOURCES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The forecast uses “stage” or “learnt” probabilities."
                ),
                "probabilities",
            )
        label = (
            Message(QT_TRANSLATE_NOOP("Messages", "Forecast with learnt probabilities"))
            if source == "learnt"
            else Message(QT_TRANSLATE_NOOP("Messages", "Forecast with stage probabilities"))
        )
        self._ctx.change(
            label, lambda session: write_setting(session, "insight.probabilities", source)
        )


def _check_target(minor: int) -> None:
    if isinstance(minor, bool) or not isinstance(minor, int) or not 0 <= minor <= MAX_INT64:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A monthly target is an amount of zero or more."),
            "target",
        )


def _check_threshold(percent: int) -> None:
    if isinstance(percent, bool) or not isinstance(percent, int) or not 1 <= percent <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The commit threshold is between 1 % and 100 %."),
            "commit",
        )
