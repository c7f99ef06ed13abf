"""An import: every row checked, duplicates merged or skipped, all written in one transaction.

A dry run does everything but the commit. A cancelled, failed or killed import leaves the file
as it was. Rows are written in batches of plain inserts whose ids the database gives
(:mod:`crmdesk.db.bulk`; the ORM's per-object bookkeeping would hold 100,000 rows in memory);
scores are computed for all of them by one SQL statement at the end. The caller's session holds
the write lock from its start, so what the import reads (names, positions, totals) stays true.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from crmdesk.db.bulk import BulkWriter
from crmdesk.db.models import ContactRow, DealRow, OrganizationRow, StageHistoryRow
from crmdesk.db.people_keys import fill_missing
from crmdesk.db.score_queries import recompute_scores
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from crmdesk.services.imports.matching import Matches
from crmdesk.services.imports.plan import ImportOptions, date_order_of, read_plan
from crmdesk.services.imports.reading import ImportFileError, TableReader
from crmdesk.services.imports.records import ImportRun, Totals, import_row
from crmdesk.services.imports.report import ImportCancelled, ImportReport, Skipped, stop_if
from crmdesk.services.settings import read_scoring_config, read_settings

__all__ = ["ImportCancelled", "ImportReport", "Skipped", "import_file", "stop_if"]

BATCH = 2_000
MAX_STAGES_SHOWN = 12  # a free-text column taken for the stage would list thousands
TABLES: list[Table] = [
    OrganizationRow.__table__,  # type: ignore[list-item]
    ContactRow.__table__,  # type: ignore[list-item]
    DealRow.__table__,  # type: ignore[list-item]
    StageHistoryRow.__table__,  # type: ignore[list-item]
]


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
    now: datetime,
    report: ImportReport,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    settings = read_settings(session)
    default_currency = settings["company.currency"] or "VND"
    positions = {
        s: float(session.scalar(select(func.max(DealRow.position)).where(DealRow.stage == s)) or 0)
        for s in Stage
    }
    writer = BulkWriter(session, TABLES, BATCH)
    run = ImportRun(
        options,
        order,
        creates_deals,
        default_currency,
        Matches(session),
        writer,
        Totals(session),
        positions,
        now,
        f"Imported from {reader.path.name}",
        report,
    )
    for line, cells in reader.rows():
        report.rows += 1
        if report.rows % 500 == 0:
            stop_if(cancelled)
            if progress is not None:
                progress(report.rows)
        values = {f: cells[i].strip() for i, f in mapping.items()}
        try:
            import_row(run, values, line)
        except ValidationError as error:
            report.skipped.append(Skipped(line, Message.of(error)))
        if max(writer.pending(t.name) for t in TABLES[:3]) >= BATCH:
            writer.flush()
    writer.flush()
    fill_missing(session)
    if report.rows == 0:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Messages", "{file} has a header row but no data rows."),
            file=reader.path.name,
        )
    if report.unknown_stages:  # found in the one pass over the file; nothing is committed
        unknown = sorted(report.unknown_stages)
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Messages",
                'These stages are not CRM Desk\'s: {names}. Say where each goes, e.g. --stage "{first}=prospect".',  # noqa: E501
            ),
            names=", ".join(unknown[:MAX_STAGES_SHOWN])
            + ("…" if len(unknown) > MAX_STAGES_SHOWN else ""),
            first=unknown[0],
        )
    stop_if(cancelled)  # a Stop during the last batch still counts
    if report.deals:
        recompute_scores(session, read_scoring_config(session), now)
    stop_if(cancelled)  # … and one during the scoring, before anything is committed
