"""Taking everything out: deals, contacts, organizations and activities as CSV or .xlsx.

CSV files are UTF-8 with a byte-order mark (Excel then reads Vietnamese right) and every cell
that starts with ``= + - @`` gets a leading apostrophe, so no spreadsheet runs it as a formula;
the importer takes the apostrophe off again. An .xlsx export (see :mod:`export_workbook`) holds
all four tables, one sheet each, with numbers, dates and words a spreadsheet works with, and
imports back into an empty file without loss.

The rows are read once, as typed values (:class:`Money`, dates, enumerations); each writer turns
them into its cells.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from crmdesk.db.models import ActivityRow, ContactRow, DealRow, OrganizationRow
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Translate, ValidationError, untranslated
from crmdesk.domain.scoring import temperature
from crmdesk.files import atomic_path
from crmdesk.services.export_cells import FORMULA_STARTS, LostReasonKey, Money, Row
from crmdesk.services.settings import read_scoring_config

WHAT = ("deals", "contacts", "organizations", "activities")

ORG_COLUMNS = (
    "Organization ID",
    "Organization",
    "Industry",
    "Company size",
    "Region",
    "Address",
    "Tax code",
    "Organization phone",
    "Organization email",
    "Website",
)
CONTACT_COLUMNS = (
    "Contact ID",
    "Contact",
    "Organization ID",
    "Organization",
    "Job title",
    "Contact email",
    "Contact phone",
    "Decision role",
)
DEAL_COLUMNS = (
    "Deal ID",
    "Deal",
    "Stage",
    "Sub-stage",
    "Value",
    "Currency",
    "Probability override",
    "Expected close",
    "Source",
    "Interest",
    "Owner",
    "Organization ID",
    "Organization",
    "Industry",
    "Company size",
    "Address",
    "Tax code",
    "Organization phone",
    "Organization email",
    "Website",
    "Contact ID",
    "Contact",
    "Job title",
    "Contact email",
    "Contact phone",
    "Stage entered",
    "Lost reason",
    "Lost note",
    "Created",
    "Score",
    "Temperature",
)
ACTIVITY_COLUMNS = ("Activity ID", "Deal ID", "Kind", "Subject", "Occurred", "Due", "Done", "Note")


def neutralize(text: str) -> str:
    """A cell a spreadsheet would not run as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Money):
        return str(value)
    return str(getattr(value, "value", value))


def table_rows(session: Session, what: str) -> tuple[Sequence[str], Iterator[Row]]:
    """The header and the rows of one table as typed values, streamed."""
    if what == "organizations":
        org_query = select(OrganizationRow).where(OrganizationRow.archived.is_(False))
        org_rows: Iterator[Row] = (
            [
                o.id,
                o.name,
                o.industry,
                o.size,
                o.region,
                o.address,
                o.tax_code,
                o.phone,
                o.email,
                o.website,
            ]
            for o in session.scalars(org_query.order_by(OrganizationRow.id))
        )
        return ORG_COLUMNS, org_rows
    if what == "contacts":
        org = aliased(OrganizationRow)
        contact_query = (
            select(ContactRow, org.name)
            .outerjoin(org, org.id == ContactRow.organization_id)
            .where(ContactRow.archived.is_(False))
            .order_by(ContactRow.id)
        )
        contact_rows: Iterator[Row] = (
            [
                c.id,
                c.full_name,
                c.organization_id,
                name,
                c.job_title,
                c.email,
                c.phone,
                c.decision_role,
            ]
            for c, name in session.execute(contact_query)
        )
        return CONTACT_COLUMNS, contact_rows
    if what == "deals":
        org, person = aliased(OrganizationRow), aliased(ContactRow)
        deal_query = (
            select(DealRow, org, person)
            .outerjoin(org, org.id == DealRow.organization_id)
            .outerjoin(person, person.id == DealRow.contact_id)
            .where(DealRow.archived.is_(False))
            .order_by(DealRow.id)
        )

        config = read_scoring_config(session)

        def deals() -> Iterator[Row]:
            for d, o, p in session.execute(deal_query).yield_per(1_000):
                yield list(
                    (
                        d.id,
                        d.title,
                        d.stage,
                        d.sub_stage,
                        Money(d.value_minor, d.currency),
                        d.currency,
                        d.probability_override,
                        d.expected_close,
                        d.source,
                        d.interest,
                        d.owner,
                        d.organization_id,
                        o and o.name,
                        o and o.industry,
                        o and o.size,
                        o and o.address,
                        o and o.tax_code,
                        o and o.phone,
                        o and o.email,
                        o and o.website,
                        d.contact_id,
                        p and p.full_name,
                        p and p.job_title,
                        p and p.email,
                        p and p.phone,
                        d.stage_entered_at,
                        LostReasonKey(d.lost_reason) if d.lost_reason else None,
                        d.lost_note,
                        d.created_at,
                        d.score,
                        temperature(d.score, d.two_way, config) if d.stage.is_open else None,
                    )
                )

        return DEAL_COLUMNS, deals()
    if what == "activities":
        activity_query = (
            select(ActivityRow)
            .join(DealRow, DealRow.id == ActivityRow.deal_id)
            .where(DealRow.archived.is_(False))
            .order_by(ActivityRow.id)
        )
        activity_rows: Iterator[Row] = (
            [a.id, a.deal_id, a.kind, a.subject, a.occurred_at, a.due_at, a.done_at, a.note]
            for a in session.scalars(activity_query)
        )
        return ACTIVITY_COLUMNS, activity_rows
    raise ValidationError(
        QT_TRANSLATE_NOOP("Messages", "Export one of {names}, not “{what}”."),
        "what",
        names=", ".join(WHAT),
        what=what,
    )


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Row]) -> int:
    """UTF-8 with BOM, keys for enumerations, formula-looking cells neutralized; returns the
    rows written."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        for row in rows:
            writer.writerow([neutralize(_text(c)) for c in row])
            count += 1
    return count


def export(
    session: Session, path: Path, what: str | None = None, translate: Translate = untranslated
) -> int:
    """Write ``what`` (CSV: one table, deals by default) or everything (.xlsx without ``what``);
    the workbook names stages, kinds and roles in the language of ``translate``."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Export to a .csv or an .xlsx file."), "file"
        )
    # Written beside the target, flushed and renamed at the end: a failed export, a kill or a
    # full disk never leaves half a file where a good one was.
    with atomic_path(path) as partial:
        if suffix == ".csv":
            header, rows = table_rows(session, what or "deals")
            count = write_csv(partial, header, rows)
        else:
            chosen = (what,) if what else WHAT
            from crmdesk.services.export_workbook import lost_reason_words, write_xlsx

            words = lost_reason_words(session, translate)
            tables = [(w, *table_rows(session, w)) for w in chosen]
            count = write_xlsx(partial, tables, translate, words)
    return count
