"""One row of an import: every value checked, then its organization, contact and deal queued.

A bad value (an email, a phone, a date, an amount, a text longer than the field holds) does not
cost the row: it comes in without that value, and the report names it. Lengths are the same
as the dialog's and the command line's (:mod:`crmdesk.domain.validation`).
"""

from __future__ import annotations

from collections.abc import Callable

from crmdesk.domain import validation as v
from crmdesk.domain.enums import DecisionRole, Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, Message, ValidationError
from crmdesk.domain.text import fold, fold_all
from crmdesk.services.imports.matching import Id, match_message
from crmdesk.services.imports.names import full_name
from crmdesk.services.imports.presets import stage_of
from crmdesk.services.imports.report import Skipped
from crmdesk.services.imports.values import amount_and_currency, parse_date, phone_parts
from crmdesk.services.imports.writing import OPTIONAL, ImportRun, lost_reason, update_or_skip


def _label(text: str) -> Label:
    return Label(text)


TITLE = _label(QT_TRANSLATE_NOOP("Messages", "A deal's title"))
ORG_NAME = _label(QT_TRANSLATE_NOOP("Messages", "An organization's name"))
CONTACT_NAME = _label(QT_TRANSLATE_NOOP("Messages", "A contact's name"))
TOTAL_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages",
    "The amount would take the total of its column past what CRM Desk adds up exactly (4,611,686,018,427,387,904 of the currency's smallest unit).",  # noqa: E501
)


def import_row(run: ImportRun, values: dict[str, str], line: int) -> None:
    """Check every value of the row first; only then queue anything for it."""
    report, writer, matches, now = run.report, run.writer, run.matches, run.now
    bad: list[tuple[str, Message]] = []  # (kind of value, why it is left out)

    def detail(
        check: Callable[[str | None], str | None], text: str | None, kind: str = "text"
    ) -> str | None:
        try:
            return check(text)
        except ValidationError as error:
            bad.append((kind, Message.of(error)))
            return None

    def text(field: str, what: Label | None = None, longest: int = 0) -> str | None:
        if what is None:
            what, longest = _label(OPTIONAL[field][0]), OPTIONAL[field][1]
        return detail(lambda x: v.optional_text(x, what, field, longest), values.get(field))

    full = values.get("contact.full_name") or full_name(
        values.get("contact.first_name", ""), values.get("contact.last_name", "")
    )
    person = detail(lambda x: v.optional_text(x, CONTACT_NAME, "full_name", v.NAME_MAX), full)
    email = detail(v.email, values.get("contact.email"), "email")
    number, others = phone_parts(values.get("contact.phone", ""))
    phone = detail(v.phone, number, "phone")
    if others:
        bad.append(
            (
                "phone",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The other phone numbers ({numbers}) are left out."
                    ),
                    numbers=", ".join(others),
                ),
            )
        )
    org_name = text("org.name", ORG_NAME, v.NAME_MAX)
    org_email = detail(v.email, values.get("org.email"), "email")
    org_phone = detail(v.phone, values.get("org.phone"), "phone")
    size = _size(values.get("org.size", ""), bad)
    title = text("deal.title", TITLE, v.TITLE_MAX)
    if run.creates_deals and not title:
        title = " – ".join(x for x in (org_name, person) if x)[: v.TITLE_MAX] or None
    if not (title or person or org_name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The row has no deal title, organization or contact name."
            )
        )
    try:
        value, currency = amount_and_currency(
            values.get("deal.value", ""), values.get("deal.currency"), run.default_currency
        )
    except ValidationError as error:  # the deal comes in without a value; the report says so
        bad.append(("amount", Message.of(error)))
        value, currency = 0, run.default_currency
    try:
        close = parse_date(values.get("deal.expected_close", ""), run.date_order)
    except ValidationError as error:
        bad.append(("date", Message.of(error)))
        close = None
    options = run.options
    stage = stage_of(values["deal.stage"], options.stages) if values.get("deal.stage") else None
    closed = stage_of(values.get("deal.status", ""))  # Pipedrive: "won"/"lost" beside the stage
    if closed in (Stage.WON, Stage.LOST):
        stage = closed  # the status decides: the stage it was lost or won in need not be known
    elif values.get("deal.stage") and stage is None:
        report.unknown_stages.add(values["deal.stage"])  # refused after the pass, all of them

    source_id = values.get("deal.source_id", "").strip()
    source_key = f"{run.source_format}:{source_id}"[:200] if source_id else None
    if run.creates_deals and title:
        again = matches.deal(source_key, title, org_name or "", value, currency)
        if again is not None:
            update_or_skip(
                run, again, line, source_key is not None, (value, currency, close), stage, values
            )
            return
    org_id: Id | None = matches.orgs.get(fold(org_name)) if org_name else None
    # A person is matched by name only within the same existing organization: a row naming an
    # organization CRM Desk does not have yet is someone new unless their email or phone says not.
    same_org: Id | bool | None = org_id if org_id is not None or not org_name else False
    found, how = matches.contact(email, phone, person, same_org) if person else (None, "")
    contact_id: Id | None = found.id if found else None
    # Rows sharing an organization or a person made by an earlier row of the file are linked,
    # not merged.
    merged = matches.existed(org_id, "org") or matches.existed(contact_id)
    if found is not None and matches.existed(contact_id):
        report.matched.append(Skipped(line, match_message(how, found.name)))
    elif matches.existed(org_id, "org"):
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
    deal_stage = stage or Stage.LEAD
    sub_stage = SubStage.NEEDS_IDENTIFIED if deal_stage == Stage.OPPORTUNITY else None
    if run.creates_deals and title and not run.totals.take(deal_stage, sub_stage, currency, value):
        bad.append(("amount", Message(TOTAL_TOO_LARGE)))
        value = 0
    values_checked = {field: text(field) for field in OPTIONAL}
    report.left_out += [Skipped(line, reason, kind) for kind, reason in bad]
    if org_name and org_id is None:
        org_id = writer.add(
            "organizations",
            {
                "name": org_name,
                "name_folded": fold(org_name),
                "industry": values_checked["org.industry"],
                "size": size,
                "region": None,
                "address": values_checked["org.address"],
                "tax_code": values_checked["org.tax_code"],
                "phone": org_phone,
                "email": org_email,
                "website": values_checked["org.website"],
                "archived": False,
                "created_at": now,
            },
        )
        matches.orgs[fold(org_name)] = org_id
        report.organizations += 1
    if person and contact_id is None:
        contact_id = writer.add(
            "contacts",
            {
                "full_name": person,
                "name_folded": fold(person),
                "organization_id": org_id,
                "job_title": values_checked["contact.job_title"],
                "email": email,
                "phone": phone,
                "decision_role": DecisionRole.UNKNOWN,
                "archived": False,
                "created_at": now,
            },
        )
        matches.add_contact(contact_id, email, phone, person, org_id)
        report.contacts += 1
    report.merged += merged
    if not run.creates_deals or not title:
        return
    reason, reason_note = lost_reason(run, values.get("deal.lost_reason", ""))
    run.positions[deal_stage] += 1.0
    deal_id = writer.add(
        "deals",
        {
            "title": title,
            "organization_id": org_id,
            "contact_id": contact_id,
            "stage": deal_stage,
            "sub_stage": sub_stage,
            "source": values_checked["deal.source"] or "Import",
            "interest": values_checked["deal.interest"],
            "value_minor": value,
            "currency": currency,
            "probability_override": None,
            "expected_close": close,
            "owner": values_checked["deal.owner"],
            "position": run.positions[deal_stage],
            "stage_entered_at": now,
            "lost_reason": reason if deal_stage == Stage.LOST else None,
            "lost_note": reason_note if deal_stage == Stage.LOST else None,
            "source_key": source_key,
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
    writer.add_leaf(
        "stage_history",
        {
            "deal_id": deal_id,
            "from_stage": None,
            "to_stage": deal_stage,
            "at": now,
            "note": run.note,
            "override_reason": None,
        },
    )
    report.deals += 1
    report.deal_refs.append(deal_id)


def _size(text: str, bad: list[tuple[str, Message]]) -> int | None:
    """A company size like ``1.200`` or ``1,200``; anything else is left out (and said)."""
    digits = text.replace(".", "").replace(",", "").strip()
    if not digits.isdigit():
        return None
    try:
        return v.positive_int(
            int(digits), Label(QT_TRANSLATE_NOOP("Messages", "The company size")), "size"
        )
    except ValidationError as error:
        bad.append(("size", Message.of(error)))
        return None
