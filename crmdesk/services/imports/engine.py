"""An import: every row checked, duplicates merged or skipped, all written in one transaction.

A dry run does everything but the commit. A cancelled, failed or killed import leaves the file
as it was. Rows are written in batches of plain inserts (the ORM's per-object bookkeeping would
hold 100,000 rows in memory); scores are computed for all of them by one SQL statement at the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    ContactRow,
    DealRow,
    OrganizationRow,
    StageHistoryRow,
)
from crmdesk.db.score_queries import recompute_scores
from crmdesk.domain import validation as v
from crmdesk.domain.enums import DecisionRole, Stage, SubStage
from crmdesk.domain.errors import (
    DEFAULTS,
    MESSAGES,
    QT_TRANSLATE_NOOP,
    DomainError,
    Message,
    Translate,
    ValidationError,
    untranslated,
)
from crmdesk.domain.text import fold, fold_all, nfc_or_none
from crmdesk.services.imports.plan import (
    ImportOptions,
    date_order_of,
    read_plan,
)
from crmdesk.services.imports.presets import stage_of
from crmdesk.services.imports.reading import ImportFileError, TableReader
from crmdesk.services.imports.values import amount_and_currency, parse_date
from crmdesk.services.settings import read_scoring_config, read_settings

BATCH = 2_000
MAX_STAGES_SHOWN = 12  # a free-text column taken for the stage would list thousands


class ImportCancelled(DomainError):
    """The user stopped the import; nothing was written."""


def stop_if(cancelled: Callable[[], bool] | None) -> None:
    """Raise :class:`ImportCancelled` when the user has asked to stop."""
    if cancelled is not None and cancelled():
        raise ImportCancelled(
            QT_TRANSLATE_NOOP("Messages", "The import was cancelled; nothing was written.")
        )


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row left out (or a value left out of a row), and why."""

    line: int
    # The English sentence; a Message (its marked template and values) when the import made it.
    reason: str
    kind: str = ""  # for a value left out: "email", "phone", "amount" or "date"


def _shown(text: str, translate: Translate) -> str:
    """A reason or a warning in the language of ``translate``."""
    return text.translated(translate) if isinstance(text, Message) else text


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    file: str
    preset: str
    rows: int = 0
    deals: int = 0
    organizations: int = 0
    contacts: int = 0
    merged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    left_out: list[Skipped] = field(default_factory=list)  # a bad value; the row came in
    matched: list[Skipped] = field(default_factory=list)  # rows that are existing records
    unknown_stages: set[str] = field(default_factory=set, repr=False)  # refuse the file
    warnings: list[str] = field(default_factory=list)  # Messages
    deal_ids: list[int] = field(default_factory=list, repr=False)  # the deals made, in order
    dry_run: bool = False

    def text(self, translate: Translate = untranslated) -> str:
        """The report as a person reads (and saves) it: English, or in the language of
        ``translate(context, text)`` (QCoreApplication.translate in the window)."""

        def say(template: str, **values: object) -> str:
            return translate(MESSAGES, template).format(**values)

        def counted(count: int, one: str, many: str) -> str:
            return say(one if count == 1 else many, count=count)

        def rows(count: int) -> str:
            return counted(
                count,
                QT_TRANSLATE_NOOP("Messages", "{count:,} row"),
                QT_TRANSLATE_NOOP("Messages", "{count:,} rows"),
            )

        deals = counted(
            self.deals,
            QT_TRANSLATE_NOOP("Messages", "{count:,} deal"),
            QT_TRANSLATE_NOOP("Messages", "{count:,} deals"),
        )
        organizations = counted(
            self.organizations,
            QT_TRANSLATE_NOOP("Messages", "{count:,} new organization"),
            QT_TRANSLATE_NOOP("Messages", "{count:,} new organizations"),
        )
        contacts = counted(
            self.contacts,
            QT_TRANSLATE_NOOP("Messages", "{count:,} new contact"),
            QT_TRANSLATE_NOOP("Messages", "{count:,} new contacts"),
        )
        if self.dry_run:
            done = QT_TRANSLATE_NOOP(
                "Messages",
                "Would import {deals}, {organizations} and {contacts}; {merged} merged into existing records; {skipped} skipped.",  # noqa: E501
            )
        else:
            done = QT_TRANSLATE_NOOP(
                "Messages",
                "Imported {deals}, {organizations} and {contacts}; {merged} merged into existing records; {skipped} skipped.",  # noqa: E501
            )
        lines = [
            say(
                QT_TRANSLATE_NOOP("Messages", "{file} ({preset}): {rows} read."),
                file=self.file,
                preset=translate(DEFAULTS, self.preset),
                rows=rows(self.rows),
            ),
            say(
                done,
                deals=deals,
                organizations=organizations,
                contacts=contacts,
                merged=rows(self.merged),
                skipped=rows(len(self.skipped)),
            ),
        ]
        lines += [
            say(QT_TRANSLATE_NOOP("Messages", "Note: {note}"), note=_shown(w, translate))
            for w in self.warnings
        ]

        def per_row(template: str, entries: list[Skipped]) -> list[str]:
            return [say(template, line=e.line, reason=_shown(e.reason, translate)) for e in entries]

        lines += per_row(QT_TRANSLATE_NOOP("Messages", "Row {line}: {reason}"), self.skipped)
        lines += per_row(
            QT_TRANSLATE_NOOP("Messages", "Row {line}: {reason} The row came in without it."),
            self.left_out,
        )
        lines += per_row(
            QT_TRANSLATE_NOOP("Messages", "Row {line} is merged: {reason}"), self.matched
        )
        return "\n".join(lines)


def next_id(session: Session, table: Table) -> int:
    """The first id a new row of ``table`` may take: past every id ever used, as SQLite's
    AUTOINCREMENT would give (an undone insert's id is never reused: redo needs it)."""
    used = int(session.scalar(select(func.max(table.c.id))) or 0)
    sequence = session.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = :name"), {"name": table.name}
    ).scalar()
    return max(used, int(sequence or 0)) + 1


def _digits(phone: str | None) -> str:
    """A phone number as comparable digits: +84 903… and 0903… are the same number."""
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("84") and len(digits) >= 11:
        digits = digits[2:]
    digits = digits.lstrip("0")
    return digits if len(digits) >= 6 else ""


class _Index:
    """Existing and newly made organizations and contacts, to find duplicates."""

    def __init__(self, session: Session) -> None:
        self.orgs = {
            r.name_folded: r.id
            for r in session.execute(
                select(OrganizationRow.id, OrganizationRow.name_folded).where(
                    OrganizationRow.archived.is_(False)
                )
            )
        }
        self.by_email: dict[str, int] = {}
        self.by_phone: dict[tuple[str, str], int] = {}  # (phone, folded name) -> id
        self.by_name: dict[tuple[str, int | None], int] = {}
        self.names: dict[int, str] = {}
        rows = session.execute(
            select(
                ContactRow.id,
                ContactRow.full_name,
                ContactRow.email,
                ContactRow.phone,
                ContactRow.name_folded,
                ContactRow.organization_id,
            ).where(ContactRow.archived.is_(False))
        )
        for r in rows:
            self.names[r.id] = r.full_name  # for the report: only existing contacts are merged
            self.add_contact(r.id, r.email, r.phone, r.name_folded, r.organization_id)

    def add_contact(
        self, cid: int, email: str | None, phone: str | None, name: str, org: int | None
    ) -> None:
        if email:
            self.by_email.setdefault(email.casefold(), cid)
        if _digits(phone):
            self.by_phone.setdefault((_digits(phone), name), cid)
        self.by_name.setdefault((name, org), cid)

    def contact(
        self, email: str | None, phone: str | None, name: str, org: int | bool | None
    ) -> tuple[int | None, str]:
        """The contact this row's person is, and how that was decided ("" when new).

        An email is one person's; a phone only with the same name (a switchboard number is
        shared by a whole company); a name only within the same organization (``org`` False:
        the row's organization is new, so no name match).
        """
        if email and email.casefold() in self.by_email:
            return self.by_email[email.casefold()], "email"
        if _digits(phone) and (_digits(phone), name) in self.by_phone:
            return self.by_phone[(_digits(phone), name)], "phone"
        if org is not False and (name, org) in self.by_name:
            return self.by_name[(name, org)], "name"
        return None, ""


def _match_message(how: str, name: str) -> Message:
    """How a row was found to be an existing contact, for the report."""
    templates = {
        "email": QT_TRANSLATE_NOOP("Messages", "The existing contact “{name}” (same email)."),
        "phone": QT_TRANSLATE_NOOP("Messages", "The existing contact “{name}” (same phone)."),
        "name": QT_TRANSLATE_NOOP(
            "Messages", "The existing contact “{name}” (same name, same organization)."
        ),
    }
    return Message(templates.get(how, templates["name"]), name=name)


class _Writer:
    """Collects rows and inserts them in batches, parents first."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.tables: list[Table] = [
            OrganizationRow.__table__,
            ContactRow.__table__,  # type: ignore[list-item]
            DealRow.__table__,
            StageHistoryRow.__table__,
        ]  # type: ignore[list-item]
        self.rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in self.tables}
        self.ids = {t.name: next_id(session, t) for t in self.tables}
        self.first = dict(self.ids)

    def existed(self, table: str, row_id: int | None) -> bool:
        """Whether the row was there before this import (not made by an earlier row)."""
        return row_id is not None and row_id < self.first[table]

    def add(self, table: str, row: dict[str, Any]) -> int:
        row_id = self.ids[table]
        self.ids[table] += 1
        self.rows[table].append({"id": row_id, **row})
        return row_id

    def flush(self) -> None:
        for table in self.tables:
            rows = self.rows[table.name]
            if rows:
                self.session.execute(insert(table), rows)
                rows.clear()


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
    index = _Index(session)
    writer = _Writer(session)
    positions = {
        s: float(session.scalar(select(func.max(DealRow.position)).where(DealRow.stage == s)) or 0)
        for s in Stage
    }
    note = f"Imported from {reader.path.name}"
    for line, cells in reader.rows():
        report.rows += 1
        if report.rows % 500 == 0:
            stop_if(cancelled)
            if progress is not None:
                progress(report.rows)
        values = {f: cells[i].strip() for i, f in mapping.items()}
        try:
            _one(
                values,
                options,
                order,
                creates_deals,
                default_currency,
                index,
                writer,
                positions,
                now,
                note,
                report,
                line,
            )
        except ValidationError as error:
            report.skipped.append(Skipped(line, Message.of(error)))
        if len(writer.rows["deals"]) >= BATCH or len(writer.rows["contacts"]) >= BATCH:
            writer.flush()
    writer.flush()
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


def _one(
    values: dict[str, str],
    options: ImportOptions,
    order: str,
    creates_deals: bool,
    default_currency: str,
    index: _Index,
    writer: _Writer,
    positions: dict[Stage, float],
    now: datetime,
    note: str,
    report: ImportReport,
    line: int,
) -> None:
    """Check every value of the row first; only then write anything for it.

    A bad email or phone number does not cost the row: it comes in without that value, and
    the report names it.
    """
    bad: list[tuple[str, Message]] = []  # (kind of value, why it is left out)

    def detail(
        check: Callable[[str | None], str | None], text: str | None, kind: str
    ) -> str | None:
        try:
            return check(text)
        except ValidationError as error:
            bad.append((kind, Message.of(error)))
            return None

    first, last = values.get("contact.first_name", ""), values.get("contact.last_name", "")
    person = nfc_or_none(values.get("contact.full_name") or " ".join(x for x in (first, last) if x))
    email = detail(v.email, values.get("contact.email"), "email")
    phone = detail(v.phone, values.get("contact.phone"), "phone")
    org_name = nfc_or_none(values.get("org.name"))
    org_email = detail(v.email, values.get("org.email"), "email")
    org_phone = detail(v.phone, values.get("org.phone"), "phone")
    size = values.get("org.size", "").replace(".", "").replace(",", "")
    title = nfc_or_none(values.get("deal.title"))
    if creates_deals and not title:
        title = " – ".join(x for x in (org_name, person) if x) or None
    if not (title or person or org_name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The row has no deal title, organization or contact name."
            )
        )
    try:
        value, currency = amount_and_currency(
            values.get("deal.value", ""), values.get("deal.currency"), default_currency
        )
    except ValidationError as error:  # the deal comes in without a value; the report says so
        bad.append(("amount", Message.of(error)))
        value, currency = 0, default_currency
    try:
        close = parse_date(values.get("deal.expected_close", ""), order)
    except ValidationError as error:
        bad.append(("date", Message.of(error)))
        close = None
    stage = stage_of(values["deal.stage"], options.stages) if values.get("deal.stage") else None
    if values.get("deal.stage") and stage is None:
        report.unknown_stages.add(values["deal.stage"])  # refused after the pass, all of them
    closed = stage_of(values.get("deal.status", ""))  # Pipedrive: "won"/"lost" beside the stage
    if closed in (Stage.WON, Stage.LOST):
        stage = closed

    org_id = index.orgs.get(fold(org_name)) if org_name else None
    # A person is matched by name only within the same existing organization: a row naming an
    # organization CRM Desk does not have yet is someone new unless their email or phone says not.
    same_org: int | bool | None = org_id if org_id is not None or not org_name else False
    contact_id, how = (
        index.contact(email, phone, fold(person or ""), same_org)
        if person
        else (
            None,
            "",
        )
    )
    # Rows sharing an organization made by an earlier row of the file are linked, not merged.
    merged = writer.existed("organizations", org_id) or writer.existed("contacts", contact_id)
    if writer.existed("contacts", contact_id):
        report.matched.append(Skipped(line, _match_message(how, index.names[contact_id])))
    elif writer.existed("organizations", org_id):
        report.matched.append(
            Skipped(
                line,
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Linked to the existing organization “{name}”."),
                    name=org_name,
                ),
            )
        )
    if merged and options.duplicates == "skip":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Matches an existing organization or contact (skipped: --duplicates skip).",
            )
        )
    report.left_out += [Skipped(line, reason, kind) for kind, reason in bad]
    if org_name and org_id is None:
        org_id = writer.add(
            "organizations",
            {
                "name": org_name,
                "name_folded": fold(org_name),
                "industry": nfc_or_none(values.get("org.industry")),
                "size": int(size) if size.isdigit() else None,
                "region": None,
                "address": nfc_or_none(values.get("org.address")),
                "tax_code": nfc_or_none(values.get("org.tax_code")),
                "phone": org_phone,
                "email": org_email,
                "website": nfc_or_none(values.get("org.website")),
                "archived": False,
                "created_at": now,
            },
        )
        index.orgs[fold(org_name)] = org_id
        report.organizations += 1
    if person and contact_id is None:
        contact_id = writer.add(
            "contacts",
            {
                "full_name": person,
                "name_folded": fold(person),
                "organization_id": org_id,
                "job_title": nfc_or_none(values.get("contact.job_title")),
                "email": email,
                "phone": phone,
                "decision_role": DecisionRole.UNKNOWN,
                "archived": False,
                "created_at": now,
            },
        )
        index.add_contact(contact_id, email, phone, fold(person), org_id)
        report.contacts += 1
    report.merged += merged
    if not creates_deals or not title:
        return
    stage = stage or Stage.LEAD
    positions[stage] += 1.0
    deal_id = writer.add(
        "deals",
        {
            "title": title,
            "organization_id": org_id,
            "contact_id": contact_id,
            "stage": stage,
            "sub_stage": SubStage.NEEDS_IDENTIFIED if stage == Stage.OPPORTUNITY else None,
            "source": nfc_or_none(values.get("deal.source")) or "Import",
            "interest": nfc_or_none(values.get("deal.interest")),
            "value_minor": value,
            "currency": currency,
            "probability_override": None,
            "expected_close": close,
            "owner": nfc_or_none(values.get("deal.owner")),
            "position": positions[stage],
            "stage_entered_at": now,
            "lost_reason": "other" if stage == Stage.LOST else None,
            "lost_note": note if stage == Stage.LOST else None,
            "archived": False,
            "score": 0,
            "two_way": False,
            "last_touched_at": now,
            "next_action_at": None,
            "search_key": fold_all(title, org_name, org_email, org_phone, person, email, phone),
            "created_at": now,
            "updated_at": now,
        },
    )
    writer.add(
        "stage_history",
        {
            "deal_id": deal_id,
            "from_stage": None,
            "to_stage": stage,
            "at": now,
            "note": note,
            "override_reason": None,
        },
    )
    report.deals += 1
    report.deal_ids.append(deal_id)
