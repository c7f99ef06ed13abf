"""Restoring CRM Desk's own .xlsx export: organizations, contacts, deals and activities, with
their links, into the open file (in one transaction)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from crmdesk.db.activity_facts import derive_activity_facts
from crmdesk.db.bulk import BulkWriter, Ref
from crmdesk.db.models import (
    ActivityRow,
    ContactRow,
    DealRow,
    OrganizationRow,
    StageHistoryRow,
)
from crmdesk.db.people_keys import fill_missing
from crmdesk.db.score_queries import recompute_scores
from crmdesk.domain.enums import ActivityKind, DecisionRole, Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from crmdesk.domain.text import fold, fold_all
from crmdesk.services.imports.encodings import ImportFileError
from crmdesk.services.imports.reading import cell_text as _cell
from crmdesk.services.imports.report import ImportReport, Skipped, stop_if
from crmdesk.services.imports.values import amount_and_currency, parse_date
from crmdesk.services.imports.xlsx import Book, sheet_names
from crmdesk.services.settings import read_scoring_config

SHEETS = ("Organizations", "Contacts", "Deals", "Activities")
BATCH = 2_000


def is_own_workbook(path: Path) -> bool:
    """Whether ``path`` is a CRM Desk .xlsx export with all four sheets."""
    if path.suffix.lower() != ".xlsx":
        return False
    try:
        return holds_every_sheet(sheet_names(path))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return False


def holds_every_sheet(sheets: Iterable[str]) -> bool:
    """Whether these are the sheets of a CRM Desk export."""
    return set(SHEETS) <= set(sheets)


def workbook_rows(path: Path) -> int:
    """About how many rows a restore reads (for its progress bar), from the sizes the sheets
    record or else by counting their rows' tags (no cell is parsed)."""
    with Book(path) as book:
        return sum(max(book.row_count(name) - 1, 0) for name in SHEETS)


def _sheet(book: Book, name: str, tick: Callable[[], None]) -> Iterator[dict[str, str]]:
    """The sheet's rows one at a time (memory stays flat), ``tick`` called for each."""
    rows = book.rows(name)
    header = next(rows, None)
    if header is None:
        return
    headers = [_cell(h) for h in header]
    width = len(headers)
    for values in rows:
        cells = [_cell(v) for v in values[:width]]
        if not any(cells):
            continue
        tick()
        row = dict(zip(headers, cells, strict=False))
        for missing in headers[len(cells) :]:  # trailing empty cells are not in the file
            row[missing] = ""
        yield row


def _when(text: str) -> datetime | None:
    """A moment as exported (ISO; one without a zone is the exporter's local time, as a
    workbook's date-time cells are), or as a spreadsheet rewrote it (a date, midnight UTC)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        day = parse_date(text, "dmy")
        return datetime(day.year, day.month, day.day, tzinfo=UTC) if day else None
    return moment if moment.tzinfo else moment.astimezone(UTC)


def _moment(row: dict[str, str], column: str) -> datetime | None:
    """A moment of the row: the exact UTC one kept beside it (``Created (UTC)``) unless the
    shown date-time was changed in the spreadsheet since (then the shown one)."""
    shown, exact = _when(row.get(column, "")), _when(row.get(column + " (UTC)", ""))
    if exact is None or shown is None:
        return exact or shown
    try:  # compared as written, on the local clock (an hour repeated in autumn reads twice)
        written = datetime.fromisoformat(row[column])
    except ValueError:
        return shown
    local = exact.astimezone().replace(tzinfo=None)
    if written.tzinfo is None and abs((local - written).total_seconds()) < 1:
        return exact
    return shown


def _key(row: dict[str, str], column: str) -> str:
    """An enumeration's key: from its key column (``Stage key``) when the workbook has one,
    else the column itself (older exports wrote keys there)."""
    key = row.get(column + " key")
    return key if key is not None else row[column]


def _day(text: str) -> date | None:
    """A date as exported, or as Excel rewrote it (with a time, or dd/MM/yyyy)."""
    return parse_date(text, "dmy") if text else None


def _int(text: str) -> int | None:
    return int(text) if text else None


def _minor(text: str, currency: str) -> int:
    """An exported amount (``1250000``, ``1250.50``) or one retyped in Excel (``1.250.000``)."""
    if not text.strip():
        return 0
    return amount_and_currency(text, currency, currency)[0]


# Each list-item ignore: a mapped class's __table__ is its Table, which SQLAlchemy types FromClause.
TABLES: list[Table] = [
    OrganizationRow.__table__,  # type: ignore[list-item]
    ContactRow.__table__,  # type: ignore[list-item]
    DealRow.__table__,  # type: ignore[list-item]
    StageHistoryRow.__table__,  # type: ignore[list-item]
    ActivityRow.__table__,  # type: ignore[list-item]
]


class _Writer(BulkWriter):
    """The bulk writer, flushed every BATCH rows."""

    def queue(self, table: str, row: dict[str, Any]) -> Ref:
        ref = self.add(table, row)
        if self.pending(table) >= BATCH:
            self.flush()
        return ref

    def queue_leaf(self, table: str, row: dict[str, Any]) -> None:
        self.add_leaf(table, row)
        if self.pending(table) >= BATCH:
            self.flush()


def restore_workbook(
    session: Session,
    path: Path,
    now: datetime,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Bring a CRM Desk workbook back: all of it, or (on any error or Stop) nothing."""
    report = ImportReport(
        path.name, QT_TRANSLATE_NOOP("Defaults", "CRM Desk workbook"), dry_run=dry_run
    )
    try:
        with Book(path) as book:
            _restore(session, book, path.name, now, report, _ticker(progress, cancelled))
        stop_if(cancelled)  # a Stop during the last rows or the scoring still counts
        if dry_run:
            session.rollback()
        else:
            session.commit()
    except (ValueError, KeyError) as error:
        session.rollback()
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Messages", "{file} is not a complete CRM Desk export: {error}."),
            file=path.name,
            error=str(error),
        ) from error
    except BaseException:
        session.rollback()
        raise
    return report


def _ticker(
    progress: Callable[[int], None] | None, cancelled: Callable[[], bool] | None
) -> Callable[[], None]:
    """Called for every row read: reports progress and honours Stop every 500 rows."""
    count = [0]

    def tick() -> None:
        count[0] += 1
        if count[0] % 500 == 0:
            stop_if(cancelled)
            if progress is not None:
                progress(count[0])

    return tick


def _restore(
    session: Session,
    book: Book,
    file: str,
    now: datetime,
    report: ImportReport,
    tick: Callable[[], None],
) -> None:
    writer = _Writer(session, TABLES, BATCH)
    orgs: dict[str, tuple[Ref, str, str, str]] = {}  # exported id -> (ref, name, email, phone)
    for r in _sheet(book, "Organizations", tick):
        new = writer.queue(
            "organizations",
            {
                "name": r["Organization"],
                "name_folded": fold(r["Organization"]),
                "industry": r["Industry"] or None,
                "size": _int(r["Company size"]),
                "region": r["Region"] or None,
                "address": r["Address"] or None,
                "tax_code": r["Tax code"] or None,
                "phone": r["Organization phone"] or None,
                "email": r["Organization email"] or None,
                "website": r["Website"] or None,
                "archived": False,
                "created_at": now,
            },
        )
        orgs[r["Organization ID"]] = (
            new,
            r["Organization"],
            r["Organization email"],
            r["Organization phone"],
        )
    people: dict[str, tuple[Ref, str, str, str]] = {}
    for r in _sheet(book, "Contacts", tick):
        org = orgs.get(r["Organization ID"])
        new = writer.queue(
            "contacts",
            {
                "full_name": r["Contact"],
                "name_folded": fold(r["Contact"]),
                "organization_id": org[0] if org else None,
                "job_title": r["Job title"] or None,
                "email": r["Contact email"] or None,
                "phone": r["Contact phone"] or None,
                "decision_role": DecisionRole(_key(r, "Decision role") or "unknown"),
                "archived": False,
                "created_at": now,
            },
        )
        people[r["Contact ID"]] = (new, r["Contact"], r["Contact email"], r["Contact phone"])

    deals: dict[str, Ref] = {}
    note = f"Restored from {file}"
    position = float(session.scalar(select(func.max(DealRow.position))) or 0)
    for r in _sheet(book, "Deals", tick):
        stage = Stage(_key(r, "Stage"))
        position += 1.0
        org, person = orgs.get(r["Organization ID"]), people.get(r["Contact ID"])
        entered = _moment(r, "Stage entered") or now
        new = deals[r["Deal ID"]] = writer.queue(
            "deals",
            {
                "title": r["Deal"],
                "organization_id": org[0] if org else None,
                "contact_id": person[0] if person else None,
                "stage": stage,
                "sub_stage": SubStage(_key(r, "Sub-stage")) if _key(r, "Sub-stage") else None,
                "source": r["Source"] or None,
                "interest": r["Interest"] or None,
                "value_minor": _minor(r["Value"], r["Currency"]),
                "currency": r["Currency"],
                "probability_override": _int(r["Probability override"]),
                "expected_close": _day(r["Expected close"]),
                "owner": r["Owner"] or None,
                "position": position,
                "stage_entered_at": entered,
                "lost_reason": _key(r, "Lost reason") or None,
                "lost_note": r["Lost note"] or None,
                "archived": False,
                "score": 0,
                "two_way": False,  # from the activities, once they are written
                "last_touched_at": entered,
                "next_action_at": None,
                "search_key": fold_all(r["Deal"], *(org or ())[1:], *(person or ())[1:]),
                "created_at": _moment(r, "Created") or now,
                "updated_at": now,
            },
        )
        writer.queue_leaf(
            "stage_history",
            {
                "deal_id": new,
                "from_stage": None,
                "to_stage": stage,
                "at": entered,
                "note": note,
                "override_reason": None,
            },
        )
    writer.flush()
    first_deal = min((ref.id for ref in deals.values() if ref.id is not None), default=None)
    for n, a in enumerate(_sheet(book, "Activities", tick), start=2):
        deal = deals.get(a["Deal ID"])
        if deal is None:
            reason = Message(
                QT_TRANSLATE_NOOP("Messages", "Activity for deal {deal}, not in the file."),
                deal=a["Deal ID"],
            )
            report.skipped.append(Skipped(n, reason))
            continue
        writer.queue_leaf(
            "activities",
            {
                "deal_id": deal,
                "kind": ActivityKind(_key(a, "Kind")),
                "subject": a["Subject"],
                "occurred_at": _moment(a, "Occurred"),
                "due_at": _moment(a, "Due"),
                "done_at": _moment(a, "Done"),
                "note": a["Note"] or None,
            },
        )
    writer.flush()
    if first_deal is not None:
        derive_activity_facts(session, first_deal)
    fill_missing(session)
    report.organizations = writer.written["organizations"]
    report.contacts = writer.written["contacts"]
    report.deals = report.rows = writer.written["deals"]
    report.deal_refs = list(deals.values())
    if report.deals:
        recompute_scores(session, read_scoring_config(session), now)
    if not (report.deals or report.contacts or report.organizations):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{file} holds no deals, contacts or organizations."),
            "file",
            file=file,
        )
