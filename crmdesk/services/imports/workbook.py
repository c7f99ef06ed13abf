"""Restoring CRM Desk's own .xlsx export: organizations, contacts, deals and activities, with
their links, into the open file (in one transaction)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    ActivityRow,
    ContactRow,
    DealRow,
    OrganizationRow,
    StageHistoryRow,
)
from crmdesk.db.score_queries import recompute_scores
from crmdesk.domain.enums import TWO_WAY_KINDS, ActivityKind, DecisionRole, Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from crmdesk.domain.money import CURRENCY_EXPONENTS
from crmdesk.domain.text import fold, fold_all
from crmdesk.services.imports.engine import ImportReport, Skipped
from crmdesk.services.imports.reading import ImportFileError, TableReader
from crmdesk.services.settings import read_scoring_config

SHEETS = ("Organizations", "Contacts", "Deals", "Activities")
BATCH = 2_000


def is_own_workbook(path: Path) -> bool:
    """Whether ``path`` is a CRM Desk .xlsx export with all four sheets."""
    if path.suffix.lower() != ".xlsx":
        return False
    try:
        return set(SHEETS) <= set(TableReader(path).sheets())
    except ImportFileError:
        return False


def _sheet(path: Path, name: str) -> list[dict[str, str]]:
    reader = TableReader(path, sheet=name)
    return [dict(zip(reader.headers, cells, strict=False)) for _n, cells in reader.rows()]


def _when(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _int(text: str) -> int | None:
    return int(text) if text else None


def _minor(text: str, currency: str) -> int:
    places = CURRENCY_EXPONENTS.get(currency, 0)
    whole, _, cents = text.partition(".")
    return int(whole or 0) * 10**places + int((cents or "0").ljust(places, "0")[:places] or 0)


class _Ids:
    def __init__(self, session: Session) -> None:
        self.next = {
            t.name: int(session.scalar(select(func.max(t.c.id))) or 0) + 1
            for t in (
                OrganizationRow.__table__,
                ContactRow.__table__,
                DealRow.__table__,
                StageHistoryRow.__table__,
                ActivityRow.__table__,
            )  # type: ignore[attr-defined]
        }

    def take(self, table: str) -> int:
        self.next[table] += 1
        return self.next[table] - 1


def _insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    target: Table = table.__table__
    for start in range(0, len(rows), BATCH):
        session.execute(insert(target), rows[start : start + BATCH])


def restore_workbook(
    session: Session, path: Path, now: datetime, dry_run: bool = False
) -> ImportReport:
    """Bring a CRM Desk workbook back: all of it, or (on any error) nothing."""
    report = ImportReport(
        path.name, QT_TRANSLATE_NOOP("Defaults", "CRM Desk workbook"), dry_run=dry_run
    )
    try:
        _restore(session, path, now, report)
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


def _restore(session: Session, path: Path, now: datetime, report: ImportReport) -> None:
    ids = _Ids(session)
    orgs: dict[str, dict[str, Any]] = {}
    rows = []
    for r in _sheet(path, "Organizations"):
        new = ids.take("organizations")
        orgs[r["Organization ID"]] = {
            "id": new,
            "name": r["Organization"],
            "email": r["Organization email"],
            "phone": r["Organization phone"],
        }
        rows.append(
            {
                "id": new,
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
            }
        )
    _insert(session, OrganizationRow, rows)
    report.organizations = len(rows)
    people: dict[str, dict[str, Any]] = {}
    rows = []
    for r in _sheet(path, "Contacts"):
        new = ids.take("contacts")
        org = orgs.get(r["Organization ID"])
        people[r["Contact ID"]] = {
            "id": new,
            "name": r["Contact"],
            "email": r["Contact email"],
            "phone": r["Contact phone"],
        }
        rows.append(
            {
                "id": new,
                "full_name": r["Contact"],
                "name_folded": fold(r["Contact"]),
                "organization_id": org["id"] if org else None,
                "job_title": r["Job title"] or None,
                "email": r["Contact email"] or None,
                "phone": r["Contact phone"] or None,
                "decision_role": DecisionRole(r["Decision role"] or "unknown"),
                "archived": False,
                "created_at": now,
            }
        )
    _insert(session, ContactRow, rows)
    report.contacts = len(rows)

    activities = _sheet(path, "Activities")
    facts: dict[str, dict[str, Any]] = {}
    for a in activities:
        f = facts.setdefault(a["Deal ID"], {"two_way": False, "touched": [], "due": []})
        kind = ActivityKind(a["Kind"])
        occurred, done, due = _when(a["Occurred"]), _when(a["Done"]), _when(a["Due"])
        f["two_way"] |= kind in TWO_WAY_KINDS and occurred is not None
        f["touched"] += [t for t in (occurred, done) if t]
        if due and not done:
            f["due"].append(due)

    deals: dict[str, int] = {}
    rows, history = [], []
    for r in _sheet(path, "Deals"):
        new = ids.take("deals")
        deals[r["Deal ID"]] = new
        stage, org, person = (
            Stage(r["Stage"]),
            orgs.get(r["Organization ID"]),
            people.get(r["Contact ID"]),
        )
        entered = _when(r["Stage entered"]) or now
        f = facts.get(r["Deal ID"], {"two_way": False, "touched": [], "due": []})
        rows.append(
            {
                "id": new,
                "title": r["Deal"],
                "organization_id": org["id"] if org else None,
                "contact_id": person["id"] if person else None,
                "stage": stage,
                "sub_stage": SubStage(r["Sub-stage"]) if r["Sub-stage"] else None,
                "source": r["Source"] or None,
                "interest": r["Interest"] or None,
                "value_minor": _minor(r["Value"], r["Currency"]),
                "currency": r["Currency"],
                "probability_override": _int(r["Probability override"]),
                "expected_close": _day(r["Expected close"]),
                "owner": r["Owner"] or None,
                "position": float(new),
                "stage_entered_at": entered,
                "lost_reason": r["Lost reason"] or None,
                "lost_note": r["Lost note"] or None,
                "archived": False,
                "score": 0,
                "two_way": f["two_way"],
                "last_touched_at": max([entered, *f["touched"]]),
                "next_action_at": min(f["due"]) if f["due"] else None,
                "search_key": fold_all(
                    r["Deal"],
                    org and org["name"],
                    org and org["email"],
                    org and org["phone"],
                    person and person["name"],
                    person and person["email"],
                    person and person["phone"],
                ),
                "created_at": _when(r["Created"]) or now,
                "updated_at": now,
            }
        )
        history.append(
            {
                "id": ids.take("stage_history"),
                "deal_id": new,
                "from_stage": None,
                "to_stage": stage,
                "at": entered,
                "note": f"Restored from {path.name}",
                "override_reason": None,
            }
        )
    _insert(session, DealRow, rows)
    _insert(session, StageHistoryRow, history)
    report.deals = report.rows = len(rows)

    rows = []
    for n, a in enumerate(activities, start=2):
        deal = deals.get(a["Deal ID"])
        if deal is None:
            reason = Message(
                QT_TRANSLATE_NOOP("Messages", "Activity for deal {deal}, not in the file."),
                deal=a["Deal ID"],
            )
            report.skipped.append(Skipped(n, reason))
            continue
        rows.append(
            {
                "id": ids.take("activities"),
                "deal_id": deal,
                "kind": ActivityKind(a["Kind"]),
                "subject": a["Subject"],
                "occurred_at": _when(a["Occurred"]),
                "due_at": _when(a["Due"]),
                "done_at": _when(a["Done"]),
                "note": a["Note"] or None,
            }
        )
    _insert(session, ActivityRow, rows)
    if report.deals:
        recompute_scores(session, read_scoring_config(session), now)
    if not (report.deals or report.contacts or report.organizations):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{file} holds no deals, contacts or organizations."),
            "file",
            file=path.name,
        )
