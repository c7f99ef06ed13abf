"""An import: every row checked, duplicates merged or skipped, all written in one transaction.

A dry run does everything but the commit. A cancelled, failed or killed import leaves the file
as it was. Rows are written in batches of plain inserts whose ids the database gives
(:mod:`crmdesk.db.bulk`; the ORM's per-object bookkeeping would hold 100,000 rows in memory);
scores are computed for all of them by one SQL statement at the end. The caller's session holds
the write lock from its start, so what the import reads (names, positions, totals) stays true.

The jobs, one module each: reading the file (``reading``, ``encodings``, ``xlsx``; the plan the
wizard shows in ``plan``), finding what a row names (``matching``), checking and queueing one
row (``records``), what the rows share and updating a deal already there (``writing``), and the
report (``report``); this module runs them over the file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from crmdesk.db.bulk import BulkWriter
from crmdesk.db.models import (
    ContactRow,
    DealRow,
    LostReasonRow,
    OrganizationRow,
    StageHistoryRow,
)
from crmdesk.db.people_keys import fill_missing
from crmdesk.db.score_queries import recompute_scores
from crmdesk.db.versions import bumped
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from crmdesk.domain.money import check_currency
from crmdesk.domain.text import fold
from crmdesk.services.imports.encodings import ImportFileError
from crmdesk.services.imports.matching import Matches
from crmdesk.services.imports.names import full_name
from crmdesk.services.imports.plan import ImportOptions, date_order_of, read_plan
from crmdesk.services.imports.reading import TableReader, TooLong
from crmdesk.services.imports.records import import_row
from crmdesk.services.imports.report import ImportCancelled, ImportReport, Skipped, stop_if
from crmdesk.services.imports.writing import ImportRun, Totals
from crmdesk.services.settings import read_scoring_config, read_settings

__all__ = ["ImportCancelled", "ImportReport", "Skipped", "UnknownStages", "import_file", "stop_if"]

BATCH = 2_000
MAX_STAGES_SHOWN = 12  # a free-text column taken for the stage would list thousands
# Each list-item ignore: a mapped class's __table__ is its Table, which SQLAlchemy types FromClause.
TABLES: list[Table] = [
    OrganizationRow.__table__,  # type: ignore[list-item]
    ContactRow.__table__,  # type: ignore[list-item]
    DealRow.__table__,  # type: ignore[list-item]
    StageHistoryRow.__table__,  # type: ignore[list-item]
]

DEALS = TABLES[2]


def import_file(
    session: Session,
    path: Path,
    options: ImportOptions,
    now: datetime,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import ``path`` in ``session`` (committed unless a dry run; rolled back on any error)."""
    reader, preset, mapping = read_plan(path, options)
    own = QT_TRANSLATE_NOOP("Defaults", "own mapping")
    report = ImportReport(path.name, preset.label if preset else own, dry_run=options.dry_run)
    creates_deals = preset.creates_deals if preset else True  # a spreadsheet of leads
    source_format = preset.name if preset else "file"
    order = options.date_order
    if order is None:
        order, ambiguous = date_order_of(reader, mapping)
        if ambiguous:
            report.warnings.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Dates such as 03/04/2026 could be day or month first; they were read as dd/MM/yyyy. Use --dates mdy if the month comes first.",  # noqa: E501
                    )
                )
            )
    try:
        _run(
            session,
            reader,
            mapping,
            options,
            order,
            creates_deals,
            source_format,
            now,
            report,
            progress,
            cancelled,
        )
        if options.dry_run:
            session.rollback()
        else:
            session.commit()
    except BaseException:
        session.rollback()
        raise
    return report


def _run(
    session: Session,
    reader: TableReader,
    mapping: dict[int, str],
    options: ImportOptions,
    order: str,
    creates_deals: bool,
    source_format: str,
    now: datetime,
    report: ImportReport,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    settings = read_settings(session)
    default_currency = (
        (check_currency(options.currency) if options.currency else None)
        or settings["company.currency"]
        or "VND"
    )
    positions = {
        s: float(session.scalar(select(func.max(DealRow.position)).where(DealRow.stage == s)) or 0)
        for s in Stage
    }
    writer = BulkWriter(session, TABLES, BATCH)
    matches = Matches(session)
    reasons: dict[str, str] = {}
    for row in session.execute(select(LostReasonRow.key, LostReasonRow.label)):
        reasons.setdefault(fold(row.label), row.key)
        reasons.setdefault(fold(row.key.replace("_", " ")), row.key)
    run = ImportRun(
        options,
        order,
        creates_deals,
        default_currency,
        matches,
        writer,
        Totals(session),
        positions,
        now,
        f"Imported from {reader.path.name}",
        report,
        source_format=source_format,
        lost_reasons=reasons,
    )
    batch: list[tuple[int, dict[str, str]]] = []
    for line, cells in reader.rows():
        report.rows += 1
        if report.rows % 500 == 0:
            stop_if(cancelled)
            if progress is not None:
                progress(report.rows)
        if isinstance(cells, TooLong):
            report.skipped.append(Skipped(line, _too_long(cells, len(reader.headers))))
            continue
        values: dict[str, str] = {}
        for i, name in mapping.items():  # two columns of one field: the first filled in
            if not values.get(name):
                values[name] = cells[i].strip()
        batch.append((line, values))
        if len(batch) >= BATCH:
            _batch(session, run, batch)
            batch = []
    _batch(session, run, batch)
    fill_missing(session)  # the search keys and labelled emails and phones of new people
    if report.rows == 0:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Messages", "{file} has a header row but no data rows."),
            file=reader.path.name,
        )
    if report.unknown_stages:  # found in the one pass over the file; nothing is committed
        unknown = sorted(report.unknown_stages)
        raise UnknownStages(
            unknown,
            QT_TRANSLATE_NOOP(
                "Messages",
                'These stages are not CRM Desk\'s: {names}. Say where each goes, e.g. --stage "{first}=prospect".',  # noqa: E501
            ),
            names=", ".join(unknown[:MAX_STAGES_SHOWN])
            + ("…" if len(unknown) > MAX_STAGES_SHOWN else ""),
            first=unknown[0],
        )
    stop_if(cancelled)  # a Stop during the last batch still counts
    if report.deals or report.updated:
        recompute_scores(session, read_scoring_config(session), now)
    stop_if(cancelled)  # … and one during the scoring, before anything is committed


class UnknownStages(ImportFileError):
    """The file names stages CRM Desk cannot place (``names``): nothing is written."""

    def __init__(self, names: list[str], template: str, /, **values: object) -> None:
        super().__init__(template, **values)
        self.names = names


def _batch(session: Session, run: ImportRun, batch: list[tuple[int, dict[str, str]]]) -> None:
    """Look up what a batch of rows may name, check and queue each row, then write them."""
    rows = [values for _line, values in batch]
    run.matches.prepare(
        orgs=(fold(v.get("org.name")) for v in rows),
        emails=(v.get("contact.email", "").casefold() for v in rows),
        names=(fold(_person(v)) for v in rows),
        sources=(
            f"{run.source_format}:{v['deal.source_id']}" for v in rows if v.get("deal.source_id")
        ),
        titles=(v.get("deal.title", "") for v in rows),
    )
    for line, values in batch:
        try:
            import_row(run, values, line)
        except ValidationError as error:
            run.report.skipped.append(Skipped(line, Message.of(error)))
    run.writer.flush()
    for deal_id, changes in run.updates:
        stamp = bumped(DEALS, session)  # a re-import's update is a new version
        session.execute(update(DealRow).where(DealRow.id == deal_id).values(**changes, **stamp))
    if run.moves:
        session.execute(insert(StageHistoryRow), run.moves)
    run.updates.clear()
    run.moves.clear()


def _person(values: dict[str, str]) -> str:
    return values.get("contact.full_name") or full_name(
        values.get("contact.first_name", ""), values.get("contact.last_name", "")
    )


def _too_long(cells: TooLong, width: int) -> Message:
    """Why a row with more fields than the header is left out (plural forms for both)."""
    template = (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The row has {fields} fields where the header has {width} columns: check for an extra delimiter or a stray quote.",  # noqa: E501
        )
        if width != 1
        else QT_TRANSLATE_NOOP(
            "Messages",
            "The row has {fields} fields where the header has 1 column: check for an extra delimiter or a stray quote.",  # noqa: E501
        )
    )
    return Message(template, fields=cells.fields, width=width)
