"""Which column holds what: presets recognized from the header row, and the user's own map."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.text import fold

# Field -> its English name (translated by the window in context ``Defaults``).
FIELDS: dict[str, str] = {
    "deal.title": QT_TRANSLATE_NOOP("Defaults", "Deal title"),
    "deal.value": QT_TRANSLATE_NOOP("Defaults", "Deal value"),
    "deal.currency": QT_TRANSLATE_NOOP("Defaults", "Currency"),
    "deal.stage": QT_TRANSLATE_NOOP("Defaults", "Stage"),
    "deal.status": QT_TRANSLATE_NOOP("Defaults", "Won/lost status"),
    "deal.lost_reason": QT_TRANSLATE_NOOP("Defaults", "Lost reason"),
    "deal.source_id": QT_TRANSLATE_NOOP("Defaults", "Record ID"),
    "deal.source": QT_TRANSLATE_NOOP("Defaults", "Source"),
    "deal.owner": QT_TRANSLATE_NOOP("Defaults", "Owner"),
    "deal.expected_close": QT_TRANSLATE_NOOP("Defaults", "Expected close date"),
    "deal.interest": QT_TRANSLATE_NOOP("Defaults", "Interested in"),
    "org.name": QT_TRANSLATE_NOOP("Defaults", "Organization"),
    "org.industry": QT_TRANSLATE_NOOP("Defaults", "Industry"),
    "org.size": QT_TRANSLATE_NOOP("Defaults", "Company size"),
    "org.phone": QT_TRANSLATE_NOOP("Defaults", "Organization phone"),
    "org.email": QT_TRANSLATE_NOOP("Defaults", "Organization email"),
    "org.website": QT_TRANSLATE_NOOP("Defaults", "Website"),
    "org.address": QT_TRANSLATE_NOOP("Defaults", "Address"),
    "org.tax_code": QT_TRANSLATE_NOOP("Defaults", "Tax code"),
    "contact.full_name": QT_TRANSLATE_NOOP("Defaults", "Contact name"),
    "contact.first_name": QT_TRANSLATE_NOOP("Defaults", "First name"),
    "contact.last_name": QT_TRANSLATE_NOOP("Defaults", "Last name"),
    "contact.email": QT_TRANSLATE_NOOP("Defaults", "Contact email"),
    "contact.phone": QT_TRANSLATE_NOOP("Defaults", "Contact phone"),
    "contact.job_title": QT_TRANSLATE_NOOP("Defaults", "Job title"),
}


@dataclass(frozen=True, slots=True)
class Preset:
    """A known export format: its header names mapped to our fields."""

    name: str
    label: str  # English, marked in context ``Defaults``
    columns: Mapping[str, str]  # folded header -> field
    signature: tuple[str, ...]  # folded headers that must all be present to recognize it
    creates_deals: bool = True


def _p(
    name: str,
    label: str,
    columns: dict[str, str],
    signature: Sequence[str],
    creates_deals: bool = True,
) -> Preset:
    folded = {fold(k): v for k, v in columns.items()}
    return Preset(name, label, folded, tuple(fold(s) for s in signature), creates_deals)


PRESETS: tuple[Preset, ...] = (
    _p(
        "crmdesk",
        QT_TRANSLATE_NOOP("Defaults", "CRM Desk export"),
        {
            "Deal ID": "deal.source_id",
            "Deal": "deal.title",
            "Value": "deal.value",
            "Currency": "deal.currency",
            "Stage": "deal.stage",
            "Source": "deal.source",
            "Owner": "deal.owner",
            "Expected close": "deal.expected_close",
            "Interest": "deal.interest",
            "Organization": "org.name",
            "Industry": "org.industry",
            "Company size": "org.size",
            "Organization phone": "org.phone",
            "Organization email": "org.email",
            "Website": "org.website",
            "Address": "org.address",
            "Tax code": "org.tax_code",
            "Contact": "contact.full_name",
            "Contact email": "contact.email",
            "Contact phone": "contact.phone",
            "Job title": "contact.job_title",
        },
        ("Deal", "Stage", "Organization", "Contact email"),
    ),
    _p(
        "crmdesk_contacts",
        QT_TRANSLATE_NOOP("Defaults", "CRM Desk contacts export"),
        {
            "Contact": "contact.full_name",
            "Organization": "org.name",
            "Job title": "contact.job_title",
            "Contact email": "contact.email",
            "Contact phone": "contact.phone",
        },
        ("Contact ID", "Contact", "Decision role"),
        creates_deals=False,
    ),
    _p(
        "crmdesk_organizations",
        QT_TRANSLATE_NOOP("Defaults", "CRM Desk organizations export"),
        {
            "Organization": "org.name",
            "Industry": "org.industry",
            "Company size": "org.size",
            "Address": "org.address",
            "Tax code": "org.tax_code",
            "Organization phone": "org.phone",
            "Organization email": "org.email",
            "Website": "org.website",
        },
        ("Organization ID", "Organization", "Tax code"),
        creates_deals=False,
    ),
    _p(
        "pipedrive",
        QT_TRANSLATE_NOOP("Defaults", "Pipedrive deals"),
        {
            "Deal - Title": "deal.title",
            "Deal - Value": "deal.value",
            "Deal - Currency": "deal.currency",
            "Deal - Stage": "deal.stage",
            "Deal - ID": "deal.source_id",
            "Deal - Status": "deal.status",  # won/lost is here; the stage stays the last one
            "Deal - Lost reason": "deal.lost_reason",
            "Deal - Owner": "deal.owner",
            "Deal - Expected close date": "deal.expected_close",
            "Organization - Name": "org.name",
            "Organization - Address": "org.address",
            "Person - Name": "contact.full_name",
            "Person - Email": "contact.email",
            "Person - Phone": "contact.phone",
        },
        ("Deal - Title", "Organization - Name"),
    ),
    _p(
        "hubspot_deals",
        QT_TRANSLATE_NOOP("Defaults", "HubSpot deals"),
        {
            "Record ID": "deal.source_id",
            "Deal Name": "deal.title",
            "Amount": "deal.value",
            "Deal Stage": "deal.stage",
            "Closed Lost Reason": "deal.lost_reason",
            "Close Date": "deal.expected_close",
            "Deal owner": "deal.owner",
            "Associated Company": "org.name",
            "Associated Contact": "contact.full_name",
            "Currency": "deal.currency",
        },
        ("Deal Name", "Deal Stage"),
    ),
    _p(
        "hubspot_contacts",
        QT_TRANSLATE_NOOP("Defaults", "HubSpot contacts"),
        {
            "First Name": "contact.first_name",
            "Last Name": "contact.last_name",
            "Email": "contact.email",
            "Phone Number": "contact.phone",
            "Company Name": "org.name",
            "Job Title": "contact.job_title",
            "Lifecycle Stage": "deal.stage",
            "Lead Status": "deal.stage",  # the first of the two that is filled in
            "Industry": "org.industry",
            "Associated Company": "org.name",
            "Record ID": "deal.source_id",
            "Mobile Phone Number": "contact.phone",
        },
        ("First Name", "Last Name", "Email"),
    ),
    _p(
        "salesforce",
        QT_TRANSLATE_NOOP("Defaults", "Salesforce report"),
        {
            "Opportunity ID": "deal.source_id",
            "Opportunity Name": "deal.title",
            "Amount": "deal.value",
            "Stage": "deal.stage",
            "Close Date": "deal.expected_close",
            "Opportunity Owner": "deal.owner",
            "Account Name": "org.name",
            "Lead Source": "deal.source",
            "Amount Currency": "deal.currency",
            "Contact: Full Name": "contact.full_name",
            "Contact: Email": "contact.email",
        },
        ("Opportunity Name", "Account Name", "Stage"),
    ),
    _p(
        "zoho",
        QT_TRANSLATE_NOOP("Defaults", "Zoho CRM deals"),
        {
            "Record Id": "deal.source_id",
            "Deal Name": "deal.title",
            "Amount": "deal.value",
            "Stage": "deal.stage",
            "Closing Date": "deal.expected_close",
            "Reason For Loss": "deal.lost_reason",
            "Deal Owner": "deal.owner",
            "Account Name": "org.name",
            "Contact Name": "contact.full_name",
            "Lead Source": "deal.source",
        },
        ("Deal Name", "Closing Date", "Account Name"),
    ),
    _p(
        "google_contacts",
        QT_TRANSLATE_NOOP("Defaults", "Google Contacts"),
        {
            "Name": "contact.full_name",
            "Given Name": "contact.first_name",
            "Family Name": "contact.last_name",
            "E-mail 1 - Value": "contact.email",
            "First Name": "contact.first_name",
            "Last Name": "contact.last_name",
            "Organization Name": "org.name",
            "Organization Title": "contact.job_title",
            "Phone 1 - Value": "contact.phone",
            "Organization 1 - Name": "org.name",
            "Organization 1 - Title": "contact.job_title",
        },
        ("E-mail 1 - Value", "Phone 1 - Value"),
        creates_deals=False,
    ),
    _p(
        "outlook_contacts",
        QT_TRANSLATE_NOOP("Defaults", "Outlook contacts"),
        {
            "First Name": "contact.first_name",
            "Last Name": "contact.last_name",
            "E-mail Address": "contact.email",
            "Mobile Phone": "contact.phone",
            "Business Phone": "org.phone",
            "Company": "org.name",
            "Job Title": "contact.job_title",
            "Business Street": "org.address",
        },
        ("First Name", "E-mail Address", "Company"),
        creates_deals=False,
    ),
    _p(  # Outlook writes its headers in the language of Windows
        "outlook_contacts_localized",
        QT_TRANSLATE_NOOP("Defaults", "Outlook contacts"),
        {
            # Vietnamese
            "Tên": "contact.first_name",
            "Họ": "contact.last_name",
            "Địa chỉ Email": "contact.email",
            "Điện thoại Di động": "contact.phone",
            "Công ty": "org.name",
            "Chức danh": "contact.job_title",
            # German
            "Vorname": "contact.first_name",
            "Nachname": "contact.last_name",
            "E-Mail-Adresse": "contact.email",
            "Mobiltelefon": "contact.phone",
            "Firma": "org.name",
            "Position": "contact.job_title",
            # French
            "Prénom": "contact.first_name",
            "Nom": "contact.last_name",
            "Adresse de messagerie": "contact.email",
            "Tél. mobile": "contact.phone",
            "Société": "org.name",
            "Titre": "contact.job_title",
        },
        ("Địa chỉ Email",),
        creates_deals=False,
    ),
    _p(
        "outlook_de",
        QT_TRANSLATE_NOOP("Defaults", "Outlook contacts"),
        {
            "Vorname": "contact.first_name",
            "Nachname": "contact.last_name",
            "E-Mail-Adresse": "contact.email",
            "Mobiltelefon": "contact.phone",
            "Firma": "org.name",
            "Position": "contact.job_title",
        },
        ("Vorname", "E-Mail-Adresse"),
        creates_deals=False,
    ),
    _p(
        "outlook_fr",
        QT_TRANSLATE_NOOP("Defaults", "Outlook contacts"),
        {
            "Prénom": "contact.first_name",
            "Nom": "contact.last_name",
            "Adresse de messagerie": "contact.email",
            "Tél. mobile": "contact.phone",
            "Société": "org.name",
            "Titre": "contact.job_title",
        },
        ("Prénom", "Adresse de messagerie"),
        creates_deals=False,
    ),
)

# How other CRMs (and Vietnamese spreadsheets) name stages, folded.
STAGE_NAMES: dict[str, Stage] = {
    fold(name): stage
    for stage, names in {
        Stage.LEAD: (
            "lead",
            "new",
            "subscriber",
            "marketing qualified lead",
            "open",
            "khach hang tiem nang",
            "khach tiem nang",  # the glossary's words, as our own workbook writes them
            "moi",
            "prospecting",
            "qualification",
            "attempted",
            "lead in",
            "attempted to contact",
            "in progress",
            "not contacted",
        ),
        Stage.PROSPECT: (
            "prospect",
            "sales qualified lead",
            "contacted",
            "qualified",
            "salesqualifiedlead",
            "needs analysis",
            "contact made",
            "connected",
            "open deal",
            "demo scheduled",
            "bad timing",
            "dang trao doi",
            "khach trien vong",
            "khach hang trien vong",
        ),
        Stage.OPPORTUNITY: (
            "opportunity",
            "proposal",
            "proposal made",
            "negotiations started",
            "appointmentscheduled",
            "qualifiedtobuy",
            "presentationscheduled",
            "decisionmakerboughtin",
            "contractsent",
            "id. decision makers",
            "perception analysis",
            "proposal/price quote",
            "negotiation",
            "presentation scheduled",
            "decision maker bought-in",
            "contract sent",
            "value proposition",
            "negotiation/review",
            "co hoi",
            "co hoi ban hang",
            "bao gia",
        ),
        Stage.WON: (
            "won",
            "closed won",
            "closedwon",
            "customer",
            "khach hang",
            "thanh cong",
            "closed (won)",
        ),
        Stage.LOST: (
            "lost",
            "closed lost",
            "closedlost",
            "that bai",
            "mat",
            "unqualified",
            "closed (lost)",
            "closed lost to competition",
        ),
    }.items()
    for name in names
}


def recognize(headers: Sequence[str]) -> Preset | None:
    """The preset whose signature headers all appear (the most specific one first)."""
    folded = {fold(h) for h in headers}
    matches = [p for p in PRESETS if set(p.signature) <= folded]
    return max(matches, key=lambda p: len(p.signature)) if matches else None


def preset_named(name: str) -> Preset:
    """A preset by name."""
    for preset in PRESETS:
        if preset.name == name:
            return preset
    names = ", ".join(p.name for p in PRESETS)
    raise ValidationError(
        QT_TRANSLATE_NOOP("Messages", "There is no preset “{name}”; use one of {names}."),
        "preset",
        name=name,
        names=names,
    )


def column_map(
    headers: Sequence[str], preset: Preset | None, overrides: Mapping[str, str] | None = None
) -> dict[int, str]:
    """Column index → field: the preset's, then the user's ``COLUMN=FIELD`` choices."""
    mapping: dict[int, str] = {}
    if preset is not None:
        for index, header in enumerate(headers):
            field = preset.columns.get(fold(header))
            if field:
                mapping[index] = field
    for column, field in (overrides or {}).items():
        if field not in FIELDS and field != "ignore":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "“{field}” is not a field; use one of {names} or ignore."
                ),
                "map",
                field=field,
                names=", ".join(FIELDS),
            )
        matches = [i for i, h in enumerate(headers) if fold(h) == fold(column)]
        if not matches:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The file has no column “{column}”."),
                "map",
                column=column,
            )
        for index in matches:
            if field == "ignore":
                mapping.pop(index, None)
            else:
                mapping[index] = field
    return mapping


def stage_of(text: str, extra: Mapping[str, Stage] | None = None) -> Stage | None:
    """Our stage for a source's stage name (None when unknown)."""
    key = fold(text)
    if extra and key in {fold(k) for k in extra}:
        return next(v for k, v in extra.items() if fold(k) == key)
    return STAGE_NAMES.get(key)
