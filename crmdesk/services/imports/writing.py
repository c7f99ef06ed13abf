"""What the rows of one import share (:class:`ImportRun`), and what is done with a row that is
a deal CRM Desk already has: skipped, or updated from the file — its value, dates and owner,
and its stage (moved, with its stage history), as the user chose."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.bulk import BulkWriter
from crmdesk.db.models import DealTotalsRow
from crmdesk.domain import validation as v
from crmdesk.domain.enums import Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message
from crmdesk.domain.money import MAX_TOTAL
from crmdesk.domain.text import fold
from crmdesk.services.imports.matching import Matches
from crmdesk.services.imports.plan import ImportOptions
from crmdesk.services.imports.report import ImportReport, Skipped

GroupKey = tuple[str, str, str, int]


class Totals:
    """Each stage group's total (as ``deal_totals`` keeps it), so an amount that would take it
    past :data:`~crmdesk.domain.money.MAX_TOTAL` is left out of its row rather than failing the
    whole import."""

    def __init__(self, session: Session) -> None:
        t = DealTotalsRow
        rows = session.execute(
            select(t.stage, t.currency, t.sub_stage, t.probability_override, t.value).where(
                t.archived.is_(False)
            )
        )
        self.values: dict[GroupKey, int] = {
            (str(r[0]), str(r[1]), str(r[2]), int(r[3])): int(r[4]) for r in rows
        }

    def take(self, stage: Stage, sub_stage: SubStage | None, currency: str, value: int) -> bool:
        """Add ``value`` to its group if the total stays within the bound."""
        key = (stage.value, currency, sub_stage.value if sub_stage else "", -1)
        total = self.values.get(key, 0) + value
        if total > MAX_TOTAL:
            return False
        self.values[key] = total
        return True


@dataclass
class ImportRun:
    """What every row of one import shares."""

    options: ImportOptions
    date_order: str
    creates_deals: bool
    default_currency: str
    matches: Matches
    writer: BulkWriter
    totals: Totals
    positions: dict[Stage, float]
    now: datetime
    note: str
    report: ImportReport
    updates: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    moves: list[dict[str, object]] = field(default_factory=list)  # stage history of updates
    source_format: str = "file"  # what a source id is prefixed with
    lost_reasons: dict[str, str] | None = None  # folded label or key -> key


# field: (what it is called, longest text)
OPTIONAL = {
    "org.industry": (QT_TRANSLATE_NOOP("Messages", "The industry"), v.SHORT_MAX),
    "org.address": (QT_TRANSLATE_NOOP("Messages", "The address"), v.TEXT_MAX),
    "org.tax_code": (QT_TRANSLATE_NOOP("Messages", "The tax code"), v.CODE_MAX),
    "org.website": (QT_TRANSLATE_NOOP("Messages", "The website"), v.WEBSITE_MAX),
    "contact.job_title": (QT_TRANSLATE_NOOP("Messages", "The job title"), v.SHORT_MAX),
    "deal.source": (QT_TRANSLATE_NOOP("Messages", "The source"), v.SHORT_MAX),
    "deal.interest": (QT_TRANSLATE_NOOP("Messages", "What they are interested in"), v.TEXT_MAX),
    "deal.owner": (QT_TRANSLATE_NOOP("Messages", "The owner"), v.SHORT_MAX),
}


def lost_reason(run: ImportRun, text: str) -> tuple[str, str]:
    """Our lost reason whose label (or key) is the file's text, accents and case ignored; else
    *Other* with the file's text as its note."""
    text = text.strip()
    if not text:
        return "other", run.note
    key = (run.lost_reasons or {}).get(fold(text))
    if key is not None and key != "other":
        return key, run.note
    return "other", text[: v.TEXT_MAX]


def update_or_skip(
    run: ImportRun,
    deal_id: int,
    line: int,
    by_id: bool,
    amount: tuple[int, str, object],
    stage: Stage | None,
    values: dict[str, str],
) -> None:
    """A row that is a deal CRM Desk already has: skipped or updated, as the user chose (an
    update also moves the deal to the row's stage, with its stage history)."""
    if run.options.existing == "update":
        value, currency, close = amount
        changes: dict[str, object] = {"value_minor": value, "currency": currency}
        if close is not None:
            changes["expected_close"] = close
        for name in ("deal.owner", "deal.source", "deal.interest"):
            if values.get(name):
                changes[name.split(".")[1]] = values[name][: OPTIONAL[name][1]]
        before = run.matches.deal_stages.get(deal_id)
        if stage is not None and before is not None and stage.value != before:
            _move(run, deal_id, Stage(before), stage, values, changes)
        changes["updated_at"] = run.now
        run.updates.append((deal_id, changes))
        run.report.updated.append(
            Skipped(line, Message(QT_TRANSLATE_NOOP("Messages", "Updated the existing deal.")))
        )
        return
    why = (
        QT_TRANSLATE_NOOP("Messages", "The deal is already in CRM Desk (same record id); skipped.")
        if by_id
        else QT_TRANSLATE_NOOP(
            "Messages",
            "The deal is already in CRM Desk (same title, organization and value); skipped.",
        )
    )
    run.report.skipped.append(Skipped(line, Message(why)))


def _move(
    run: ImportRun,
    deal_id: int,
    before: Stage,
    stage: Stage,
    values: dict[str, str],
    changes: dict[str, object],
) -> None:
    """The changes that move an existing deal to ``stage``, and its stage history row."""
    run.positions[stage] += 1.0
    reason, note = lost_reason(run, values.get("deal.lost_reason", ""))
    changes.update(
        stage=stage,
        sub_stage=SubStage.NEEDS_IDENTIFIED if stage == Stage.OPPORTUNITY else None,
        position=run.positions[stage],
        stage_entered_at=run.now,
        lost_reason=reason if stage == Stage.LOST else None,
        lost_note=note if stage == Stage.LOST else None,
        last_touched_at=run.now,
    )
    run.matches.deal_stages[deal_id] = stage.value  # the same deal twice in one file
    run.moves.append(
        {
            "deal_id": deal_id,
            "from_stage": before,
            "to_stage": stage,
            "at": run.now,
            "note": run.note,
            "override_reason": None,
        }
    )
