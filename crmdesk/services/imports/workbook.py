"""Restoring CRM Desk's own .xlsx export: organizations, contacts, deals and activities, with
their links, into the open file (in one transaction)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

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
from crmdesk.domain.enums import TWO_WAY_KINDS, ActivityKind, DecisionRole, Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from crmdesk.domain.text import fold, fold_all
from crmdesk.services.imports.reading import ImportFileError, TableReader
from crmdesk.services.imports.report import ImportReport, Skipped, stop_if
from crmdesk.services.imports.values import amount_and_currency, parse_date
from crmdesk.services.settings import read_scoring_config

SHEETS = ("Organizations", "Contacts", "Deals", "Activities")
BATCH = 2_000


def is_own_workbook(path: Path) -> bool:
    """Whether ``path`` is a CRM Desk .xlsx export with all four sheets."""
    if path.suffix.lower() != ".xlsx":
        return False
    try:
        return holds_every_sheet(TableReader(path).sheets())
    except ImportFileError:
        return False


def holds_every_sheet(sheets: Iterable[str]) -> bool:
    """Whether these are the sheets of a CRM Desk export."""
    return set(SHEETS) <= set(sheets)


def workbook_rows(path: Path) -> int:
    """About how many rows a restore reads (Activities twice); 0 when the workbook does not
    record its sheets' sizes."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        sizes = {name: book[name].max_row for name in SHEETS}
    finally:
        book.close()
    if any(size is None for size in sizes.values()):
        return 0
    return sum(max(size - 1, 0) for size in sizes.values()) + max(sizes["Activities"] - 1, 0)


def _sheet(path: Path, name: str, tick: Callable[[], None]) -> Iterator[dict[str, str]]:
    """The sheet's rows one at a time (memory stays flat), ``tick`` called for each."""
    reader = TableReader(path, sheet=name)
    for _n, cells in reader.rows():
        tick()
        yield dict(zip(reader.headers, cells, strict=False))


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
        _restore(session, path, now, report, _ticker(progress, cancelled))
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
    session: Session, path: Path, now: datetime, report: ImportReport, tick: Callable[[], None]
) -> None:
    writer = _Writer(session, TABLES, BATCH)
    orgs: dict[str, tuple[Ref, str, str, str]] = {}  # exported id -> (ref, name, email, phone)
    for r in _sheet(path, "Organizations", tick):
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
    for r in _sheet(path, "Contacts", tick):
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

    # Per deal: a two-way conversation seen, the last touch, the next open task (one pass).
    facts: dict[str, tuple[bool, datetime | None, datetime | None]] = {}
    for a in _sheet(path, "Activities", tick):
        two_way, touched, due_next = facts.get(a["Deal ID"], (False, None, None))
        kind = ActivityKind(_key(a, "Kind"))
        occurred, done, due = _moment(a, "Occurred"), _moment(a, "Done"), _moment(a, "Due")
        two_way |= kind in TWO_WAY_KINDS and occurred is not None
        for moment in (occurred, done):
            if moment and (touched is None or moment > touched):
                touched = moment
        if due and not done and (due_next is None or due < due_next):
            due_next = due
        facts[a["Deal ID"]] = (two_way, touched, due_next)

    deals: dict[str, Ref] = {}
    note = f"Restored from {path.name}"
    position = float(session.scalar(select(func.max(DealRow.position))) or 0)
    for r in _sheet(path, "Deals", tick):
        stage = Stage(_key(r, "Stage"))
        position += 1.0
        org, person = orgs.get(r["Organization ID"]), people.get(r["Contact ID"])
        entered = _moment(r, "Stage entered") or now
        two_way, touched, due_next = facts.pop(r["Deal ID"], (False, None, None))
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
                "two_way": two_way,
                "last_touched_at": max(entered, touched) if touched else entered,
                "next_action_at": due_next,
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
    for n, a in enumerate(_sheet(path, "Activities", tick), start=2):
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
            file=path.name,
        )
