"""Deals: create, edit, archive, restore, and read one with its history."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import AnswerRow, ContactRow, DealRow, OrganizationRow, StageHistoryRow
from crmdesk.domain import validation as v
from crmdesk.domain.entities import Answer, Deal, StageChange
from crmdesk.domain.enums import Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, Message, ValidationError
from crmdesk.domain.money import check_currency, check_minor
from crmdesk.domain.scoring import ScoreExplanation
from crmdesk.services.context import ServiceContext
from crmdesk.services.deal_details import DealDetails, deal_details
from crmdesk.services.derived import explain_deal, refresh_deal
from crmdesk.services.people import (
    CONTACT_FIELDS,
    ORG_FIELDS,
    add_contact,
    add_organization,
    apply_fields,
    clean,
)
from crmdesk.services.rows import (
    CONTACT,
    DEAL,
    ORGANIZATION,
    get_or_raise,
    live_deal,
    to_deal,
    to_stage_change,
)
from crmdesk.services.settings import read_scoring_config
from crmdesk.services.versions import check_version


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{value}” is not a date (use YYYY-MM-DD)."),
            "expected_close",
            value=str(value),
        ) from exc


def _sub_stage(value: Any) -> SubStage | None:
    if value is None:
        return None
    try:
        return SubStage(value)
    except ValueError as exc:
        names = ", ".join(s.value for s in SubStage)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{value}” is not a sub-stage; use one of {names}."),
            "sub_stage",
            value=str(value),
            names=names,
        ) from exc


DEAL_FIELDS: dict[str, Callable[[Any], Any]] = {
    "title": lambda x: v.required_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "A deal's title")), "title"
    ),
    "organization_id": lambda x: x,
    "contact_id": lambda x: x,
    "value_minor": check_minor,
    "currency": check_currency,
    "source": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The source")), "source", 100
    ),
    "interest": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "What they are interested in")), "interest"
    ),
    "owner": lambda x: v.optional_text(
        x, Label(QT_TRANSLATE_NOOP("Messages", "The owner")), "owner", 100
    ),
    "expected_close": _date,
    "sub_stage": _sub_stage,
    "probability_override": v.probability,
}


def top_position(session: Session, stage: Stage) -> float:
    """A position above every card of the column."""
    lowest = session.scalar(
        select(func.min(DealRow.position)).where(
            DealRow.stage == stage, DealRow.archived.is_(False)
        )
    )
    return (lowest if lowest is not None else 1.0) - 1.0


_BEFORE_OPPORTUNITY = (Stage.LEAD, Stage.PROSPECT)


def _new_parties(
    organization: str | None,
    contact: str | None,
    email: str | None = None,
    phone: str | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    org = clean({"name": organization}, ORG_FIELDS) if organization is not None else {}
    person: dict[str, Any] = {}
    if contact is not None:
        person = {"full_name": contact}
        if email:
            person["email"] = email
        if phone:
            person["phone"] = phone
        person = clean(person, CONTACT_FIELDS)
    elif email or phone:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "An email or a phone needs the contact's name."),
            "new_contact",
        )
    return org, person


def _add_parties(
    session: Session,
    parties: tuple[dict[str, Any], dict[str, Any]],
    values: dict[str, Any],
    now: datetime,
) -> dict[str, Any]:
    """Create the new organization and contact; their ids for the deal."""
    org, person = parties
    ids: dict[str, Any] = {}
    if org:
        ids["organization_id"] = add_organization(session, org, now).id
    if person:
        where = ids.get("organization_id", values.get("organization_id"))
        ids["contact_id"] = add_contact(session, {**person, "organization_id": where}, now).id
    return ids


def _check_links(session: Session, deal: DealRow) -> None:
    if deal.organization_id is not None:
        get_or_raise(session, OrganizationRow, deal.organization_id, ORGANIZATION)
    if deal.contact_id is not None:
        get_or_raise(session, ContactRow, deal.contact_id, CONTACT)
    # A won or lost deal keeps the sub-stage and probability it had as an opportunity.
    if deal.stage in _BEFORE_OPPORTUNITY and deal.sub_stage is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Only an opportunity has a sub-stage."), "sub_stage"
        )
    if deal.stage in _BEFORE_OPPORTUNITY and deal.probability_override is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Only an opportunity has a win probability."),
            "probability_override",
        )


class DealService:
    """Deals and what belongs to them."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def create(
        self,
        title: str,
        value_minor: int = 0,
        currency: str = "VND",
        *,
        stage: Stage = Stage.LEAD,
        new_organization: str | None = None,
        new_contact: str | None = None,
        contact_email: str | None = None,
        contact_phone: str | None = None,
        **fields: Any,
    ) -> Deal:
        """Add a deal (a lead unless ``stage`` says otherwise), at the top of its column.

        ``new_organization`` and ``new_contact`` name parties to create with it, in the same
        undoable action (they take the place of ``organization_id`` and ``contact_id``); the
        new contact gets ``contact_email`` and ``contact_phone``.
        """
        values = clean(
            {"title": title, "value_minor": value_minor, "currency": currency, **fields},
            DEAL_FIELDS,
        )
        parties = _new_parties(new_organization, new_contact, contact_email, contact_phone)
        stage = Stage(stage)
        if stage == Stage.OPPORTUNITY:
            values["sub_stage"] = values.get("sub_stage") or SubStage.NEEDS_IDENTIFIED
        if stage == Stage.LOST:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A new deal cannot start as lost."), "stage"
            )

        def apply(session: Session) -> Deal:
            now = self._ctx.clock()
            values.update(_add_parties(session, parties, values, now))
            row = DealRow(
                **{k: None for k in DEAL_FIELDS},
                stage=stage,
                position=top_position(session, stage),
                stage_entered_at=now,
                archived=False,
                score=0,
                two_way=False,
                last_touched_at=now,
                next_action_at=None,
                search_key="",
                created_at=now,
                updated_at=now,
                lost_reason=None,
                lost_note=None,
            )
            apply_fields(row, values)
            _check_links(session, row)
            session.add(row)
            session.flush()
            session.add(StageHistoryRow(deal_id=row.id, from_stage=None, to_stage=stage, at=now))
            refresh_deal(session, row, read_scoring_config(session), now)
            return to_deal(row)

        return self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Add deal “{title}”"), title=values["title"]),
            apply,
        )

    def update(
        self,
        deal_id: int,
        *,
        new_organization: str | None = None,
        new_contact: str | None = None,
        if_version: int | None = None,
        **fields: Any,
    ) -> Deal:
        """Change a deal's fields (not its stage: that is a move), creating the parties named
        by ``new_organization`` and ``new_contact`` in the same undoable action.

        ``if_version``: the version the user's copy has; if the deal changed since, nothing is
        written and :class:`~crmdesk.domain.errors.ConflictError` names who changed it, when.
        """
        values = clean(fields, DEAL_FIELDS)
        parties = _new_parties(new_organization, new_contact)

        def apply(session: Session) -> Deal:
            row = live_deal(session, deal_id, lock=True)
            check_version(session, row, if_version, self._ctx.clock)
            current = {"organization_id": row.organization_id, **values}
            values.update(_add_parties(session, parties, current, self._ctx.clock()))
            apply_fields(row, values)
            edited = session.is_modified(row)  # before the checks' queries flush it
            _check_links(session, row)
            if edited:
                now = self._ctx.clock()
                row.updated_at = now
                refresh_deal(session, row, read_scoring_config(session), now)
            return to_deal(row)

        title = self._ctx.read(lambda s: live_deal(s, deal_id).title)
        return self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Edit “{title}”"), title=title), apply
        )

    def reset_probability(self, deal_id: int) -> Deal:
        """Drop the deal's probability override: the sub-stage default applies again."""
        return self.update(deal_id, probability_override=None)

    def archive(self, deal_ids: Iterable[int]) -> None:
        """Archive deals (deleting is archiving, and undoable)."""
        self._set_archived(list(deal_ids), True)

    def restore(self, deal_ids: Iterable[int]) -> None:
        """Bring archived deals back to the top of their column."""
        self._set_archived(list(deal_ids), False)

    def _set_archived(self, ids: list[int], archived: bool) -> None:
        if not ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Choose at least one deal."), "deal_ids"
            )

        def apply(session: Session) -> None:
            for deal_id in ids:
                row = get_or_raise(session, DealRow, deal_id, DEAL, lock=True)
                if not archived:
                    row.position = top_position(session, row.stage)
                row.archived = archived
                row.updated_at = self._ctx.clock()

        self._ctx.change(self._archive_label(ids, archived), apply)

    def _archive_label(self, ids: list[int], archived: bool) -> Message:
        if len(ids) > 1:
            if archived:
                return Message(
                    QT_TRANSLATE_NOOP("Messages", "Archive {count} deals"), count=len(ids)
                )
            return Message(QT_TRANSLATE_NOOP("Messages", "Restore {count} deals"), count=len(ids))
        title = self._ctx.read(lambda s: get_or_raise(s, DealRow, ids[0], DEAL).title)
        if archived:
            return Message(QT_TRANSLATE_NOOP("Messages", "Archive “{title}”"), title=title)
        return Message(QT_TRANSLATE_NOOP("Messages", "Restore “{title}”"), title=title)

    def get(self, deal_id: int) -> Deal:
        """One deal (archived ones too)."""
        return self._ctx.read(lambda s: to_deal(get_or_raise(s, DealRow, deal_id, DEAL)))

    def history(self, deal_id: int) -> list[StageChange]:
        """The deal's stage history, oldest first."""
        query = (
            select(StageHistoryRow)
            .where(StageHistoryRow.deal_id == deal_id)
            .order_by(StageHistoryRow.at, StageHistoryRow.id)
        )
        return self._ctx.read(lambda s: [to_stage_change(r) for r in s.scalars(query)])

    def answers(self, deal_id: int) -> list[Answer]:
        """Every qualification answer given for the deal, oldest first (the audit trail)."""
        query = (
            select(AnswerRow)
            .where(AnswerRow.deal_id == deal_id)
            .order_by(AnswerRow.answered_at, AnswerRow.id)
        )
        return self._ctx.read(
            lambda s: [
                Answer(r.id, r.deal_id, r.criterion_id, r.met, r.evidence, r.answered_at)
                for r in s.scalars(query)
            ]
        )

    def details(self, deal_id: int) -> DealDetails:
        """One deal whole: fields, parties, probability, score explanation, history, answers."""
        return self._ctx.read(lambda s: deal_details(s, deal_id, self._ctx.clock()))

    def explain_score(self, deal_id: int) -> ScoreExplanation:
        """The deal's score now, and each rule that contributed."""

        def query(session: Session) -> ScoreExplanation:
            row = get_or_raise(session, DealRow, deal_id, DEAL)
            return explain_deal(session, row, read_scoring_config(session), self._ctx.clock())

        return self._ctx.read(query)
