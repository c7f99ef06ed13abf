"""Settings: company profile, thresholds, probabilities, lost reasons, criteria, scoring rules."""

from __future__ import annotations

import base64
import json
import re
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    CriterionRow,
    LostReasonRow,
    ScoringRuleRow,
    SettingRow,
    SubStageProbabilityRow,
)
from crmdesk.domain import validation as v
from crmdesk.domain.defaults import DEFAULT_SETTINGS
from crmdesk.domain.entities import Criterion, LostReason
from crmdesk.domain.enums import Gate, Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, Message, ValidationError
from crmdesk.domain.money import check_currency
from crmdesk.domain.names import phrase
from crmdesk.domain.scoring import ScoringConfig, ScoringRule
from crmdesk.domain.text import fold, nfc
from crmdesk.domain.vietqr import (
    check_account_number,
    check_bank_account,
    check_bin,
    check_holder,
)
from crmdesk.services.context import ServiceContext


def read_settings(session: Session) -> dict[str, Any]:
    """All key/value settings, defaults filled in."""
    values = dict(DEFAULT_SETTINGS)
    for row in session.scalars(select(SettingRow)):
        values[row.key] = json.loads(row.value)
    return values


def read_probabilities(session: Session) -> dict[SubStage, int]:
    """Default probability per opportunity sub-stage."""
    rows = session.scalars(select(SubStageProbabilityRow))
    return {r.sub_stage: r.probability for r in rows}


def read_stale_limits(session: Session) -> dict[Stage, int]:
    """Days without activity after which a deal in each working stage is stale."""
    s = read_settings(session)
    return {
        Stage.LEAD: int(s["stale.lead_days"]),
        Stage.PROSPECT: int(s["stale.prospect_days"]),
        Stage.OPPORTUNITY: int(s["stale.opportunity_days"]),
    }


def read_scoring_config(session: Session) -> ScoringConfig:
    """The scoring rules and thresholds in force."""
    s = read_settings(session)
    rows = session.scalars(select(ScoringRuleRow).order_by(ScoringRuleRow.position))
    rules = tuple(ScoringRule(r.key, r.label, r.points, r.cap, r.signal, r.active) for r in rows)
    return ScoringConfig(
        rules=rules,
        half_life_days=float(s["scoring.half_life_days"]),
        warm_at=int(s["scoring.warm_at"]),
        hot_at=int(s["scoring.hot_at"]),
        target_industries=frozenset(s["scoring.target_industries"]),
        size_min=s["scoring.size_min"],
        size_max=s["scoring.size_max"],
        free_mail_domains=frozenset(d.casefold() for d in s["scoring.free_mail_domains"]),
    )


def to_criterion(row: CriterionRow) -> Criterion:
    """Immutable copy of a criterion row."""
    return Criterion(row.id, row.gate, row.key, row.label, row.required, row.active, row.position)


def read_criteria(session: Session, gate: Gate, *, active_only: bool = True) -> list[Criterion]:
    """A gate's criteria in their order."""
    query = select(CriterionRow).where(CriterionRow.gate == gate).order_by(CriterionRow.position)
    if active_only:
        query = query.where(CriterionRow.active.is_(True))
    return [to_criterion(r) for r in session.scalars(query)]


COMPANY_KEYS = (
    "company.name",
    "company.address",
    "company.tax_code",
    "company.phone",
    "company.email",
    "company.website",
    "company.bank_account",
    "company.bank_bin",
    "company.account_number",
    "company.account_holder",
    "company.currency",
    "company.logo",
    "quote.validity_days",
    "quote.terms",
    "quote.vietqr",
)
BANK_KEYS = ("company.bank_bin", "company.account_number", "company.account_holder")
MAX_LOGO_BYTES = 1_000_000


def _logo_text(logo: bytes | None) -> str:
    """A logo (PNG or JPEG bytes, already scaled) as stored: base64 text."""
    if not logo:
        return ""
    if not (logo.startswith(b"\x89PNG\r\n\x1a\n") or logo.startswith(b"\xff\xd8\xff")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The logo must be a PNG or JPEG image."), "company.logo"
        )
    if len(logo) > MAX_LOGO_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The logo is larger than 1 MB even after scaling."),
            "company.logo",
        )
    return base64.b64encode(logo).decode("ascii")


def write_setting(session: Session, key: str, value: Any) -> None:
    """Store one setting (JSON), only if it changes."""
    row = session.get(SettingRow, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(SettingRow(key=key, value=encoded))
    elif row.value != encoded:
        row.value = encoded


class SettingsService:
    """Reads and changes settings; every change is undoable."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def all(self) -> dict[str, Any]:
        """Every setting, defaults filled in."""
        return self._ctx.read(read_settings)

    def get(self, key: str) -> Any:
        """One setting."""
        values = self.all()
        if key not in values:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "There is no setting called “{key}”."), "key", key=key
            )
        return values[key]

    def set(self, key: str, value: Any) -> None:
        """Change one setting (must be a known key with a value of the same kind)."""
        if key not in DEFAULT_SETTINGS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "There is no setting called “{key}”."), "key", key=key
            )
        default = DEFAULT_SETTINGS[key]
        if default is not None and not isinstance(value, type(default)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The setting “{key}” needs a value like {example}."),
                "value",
                key=key,
                example=repr(default),
            )

        self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Change setting {key}"), key=key),
            lambda session: write_setting(session, key, value),
        )

    def set_stale_limits(self, limits: dict[Stage, int]) -> None:
        """Days without activity after which a deal in each working stage is stale."""
        if any(not 1 <= days <= 3650 for days in limits.values()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A stale limit is between 1 and 3,650 days."), "stale"
            )

        def apply(session: Session) -> None:
            for stage, days in limits.items():
                write_setting(session, f"stale.{Stage(stage).value}_days", int(days))

        self._ctx.change(Message(QT_TRANSLATE_NOOP("Messages", "Change stale limits")), apply)

    def probabilities(self) -> dict[SubStage, int]:
        """Default probability per sub-stage."""
        return self._ctx.read(read_probabilities)

    def set_probability(self, sub_stage: SubStage, probability: int) -> None:
        """Change a sub-stage's default probability (0–100)."""
        if not 0 <= probability <= 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A probability must be between 0 % and 100 %."),
                "probability",
            )

        def apply(session: Session) -> None:
            row = session.get(SubStageProbabilityRow, SubStage(sub_stage))
            assert row is not None
            row.probability = probability

        label = Message(
            QT_TRANSLATE_NOOP("Messages", "Set {sub_stage} probability to {probability} %"),
            sub_stage=phrase(SubStage(sub_stage)),
            probability=probability,
        )
        self._ctx.change(label, apply)

    def stale_limits(self) -> dict[Stage, int]:
        """Stale limit in days per working stage."""
        return self._ctx.read(read_stale_limits)

    def scoring_config(self) -> ScoringConfig:
        """Scoring rules and thresholds."""
        return self._ctx.read(read_scoring_config)

    def criteria(self, gate: Gate, *, active_only: bool = True) -> list[Criterion]:
        """A gate's criteria."""
        return self._ctx.read(lambda s: read_criteria(s, gate, active_only=active_only))

    def add_lost_reason(self, label: str, *, needs_note: bool = False) -> None:
        """A new lost reason at the end of the list."""
        text = v.required_text(
            label, Label(QT_TRANSLATE_NOOP("Messages", "A lost reason")), "label", 200
        )

        def apply(session: Session) -> None:
            last = session.scalar(select(func.max(LostReasonRow.position)))
            base = re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")[:40] or "reason"
            taken = set(session.scalars(select(LostReasonRow.key)))
            key, n = base, 2
            while key in taken:
                key, n = f"{base}_{n}", n + 1
            session.add(LostReasonRow(key=key, label=text, needs_note=needs_note, active=True,
                                      position=(last or 0) + 1))  # fmt: skip

        self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Add lost reason “{label}”"), label=text), apply
        )

    def edit_lost_reason(
        self,
        reason_id: int,
        *,
        label: str | None = None,
        needs_note: bool | None = None,
        active: bool | None = None,
    ) -> None:
        """Rename a lost reason, say whether it needs a note, or retire it."""
        values: dict[str, Any] = {}
        if label is not None:
            values["label"] = v.required_text(
                label, Label(QT_TRANSLATE_NOOP("Messages", "A lost reason")), "label", 200
            )
        if needs_note is not None:
            values["needs_note"] = needs_note
        if active is not None:
            values["active"] = active

        def apply(session: Session) -> None:
            row = session.get(LostReasonRow, reason_id)
            if row is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "There is no lost reason {id}."),
                    "reason",
                    id=reason_id,
                )
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)

        self._ctx.change(Message(QT_TRANSLATE_NOOP("Messages", "Edit lost reason")), apply)

    def company(self) -> dict[str, Any]:
        """The company profile and quote defaults (logo as PNG bytes, or None)."""
        values = self.all()
        profile = {k: values[k] for k in COMPANY_KEYS}
        logo = profile.pop("company.logo")
        profile["company.logo"] = base64.b64decode(logo) if logo else None
        return profile

    def set_company(self, profile: dict[str, Any]) -> None:
        """Store the company profile (one undoable change); refuses bad email, phone, logo."""
        unknown = set(profile) - set(COMPANY_KEYS)
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Unknown setting(s): {names}."),
                None,
                names=", ".join(sorted(unknown)),
            )
        clean: dict[str, Any] = {}
        for key, value in profile.items():
            if key == "company.logo":
                clean[key] = _logo_text(value)
            elif key == "company.email":
                clean[key] = v.email(value) or ""
            elif key == "company.phone":
                clean[key] = v.phone(value) or ""
            elif key == "company.currency":
                clean[key] = check_currency(value)
            elif key == "company.bank_bin":
                clean[key] = check_bin(value)
            elif key == "company.account_number":
                clean[key] = check_account_number(value)
            elif key == "company.account_holder":
                clean[key] = check_holder(value)
            elif key == "quote.vietqr":
                clean[key] = bool(value)
            elif key == "quote.validity_days":
                if not isinstance(value, int) or not 1 <= value <= 365:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Messages", "A quote is valid for 1 to 365 days."), key
                    )
                clean[key] = value
            else:
                clean[key] = nfc(value)
        if "company.name" in clean and not clean["company.name"]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The company needs a name: it heads every quote."),
                "company.name",
            )

        def apply(session: Session) -> None:
            if set(clean) & set(BANK_KEYS):  # an account is bank, number and holder together
                merged = {**read_settings(session), **clean}
                check_bank_account(*(merged[k] or "" for k in BANK_KEYS))
            for key, value in clean.items():
                write_setting(session, key, value)

        self._ctx.change(Message(QT_TRANSLATE_NOOP("Messages", "Edit company profile")), apply)

    def lost_reasons(self, *, active_only: bool = True) -> list[LostReason]:
        """The list of lost reasons."""

        def query(session: Session) -> list[LostReason]:
            q = select(LostReasonRow).order_by(LostReasonRow.position)
            if active_only:
                q = q.where(LostReasonRow.active.is_(True))
            return [
                LostReason(r.id, r.key, r.label, r.needs_note, r.active, r.position)
                for r in session.scalars(q)
            ]

        return self._ctx.read(query)
