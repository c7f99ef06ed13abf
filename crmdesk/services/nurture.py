"""Nurturing plans: edit them, enrol deals (each touch a scheduled activity), stop them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    ActivityRow,
    ContactRow,
    DealRow,
    NurtureEnrolmentRow,
    NurturePlanRow,
    NurtureStepRow,
    OrganizationRow,
)
from crmdesk.domain import nurture as rules
from crmdesk.domain import validation as v
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import (
    QT_TRANSLATE_NOOP,
    Label,
    Message,
    NotFoundError,
    Translate,
    ValidationError,
    untranslated,
)
from crmdesk.domain.nurture import Enrolment, Plan, PlanStep, check_steps
from crmdesk.domain.text import fold
from crmdesk.services import local_zone
from crmdesk.services.context import ServiceContext
from crmdesk.services.derived import refresh_deal
from crmdesk.services.nurture_rules import active_enrolment, done_touches, stop_enrolment
from crmdesk.services.rows import live_deal
from crmdesk.services.settings import read_scoring_config

_NAME = Label(QT_TRANSLATE_NOOP("Messages", "The plan's name"))


def _plan(session: Session, row: NurturePlanRow) -> Plan:
    steps = session.scalars(
        select(NurtureStepRow)
        .where(NurtureStepRow.plan_id == row.id)
        .order_by(NurtureStepRow.position, NurtureStepRow.id)
    )
    return Plan(
        row.id,
        row.key,
        row.name,
        tuple(PlanStep(s.kind, s.day_offset, s.subject) for s in steps),
        row.active,
    )


def _plan_row(session: Session, key: str) -> NurturePlanRow:
    row = session.scalar(select(NurturePlanRow).where(NurturePlanRow.key == key))
    if row is None or not row.active:
        keys = ", ".join(
            session.scalars(
                select(NurturePlanRow.key)
                .where(NurturePlanRow.active.is_(True))
                .order_by(NurturePlanRow.position)
            )
        )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "There is no nurturing plan “{key}”; use one of {keys}."),
            key=key,
            keys=keys or "—",
        )
    return row


def enrolment_of(session: Session, row: NurtureEnrolmentRow) -> Enrolment:
    """The immutable enrolment, with how many touches are done."""
    plan = session.get(NurturePlanRow, row.plan_id)
    assert plan is not None
    return Enrolment(
        row.id,
        row.deal_id,
        plan.key,
        plan.name,
        row.started_at,
        row.steps,
        done_touches(session, row.id),
        row.stopped_at,
        row.stop_reason,
        row.stop_detail,
    )


def _new_key(session: Session, name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:40] or "plan"
    taken = set(session.scalars(select(NurturePlanRow.key)))
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class NurtureService:
    """The plans, and the deals enrolled in them."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def plans(self) -> list[Plan]:
        """The plans in use, in their order."""
        query = (
            select(NurturePlanRow)
            .where(NurturePlanRow.active.is_(True))
            .order_by(NurturePlanRow.position, NurturePlanRow.id)
        )
        return self._ctx.read(lambda s: [_plan(s, r) for r in s.scalars(query)])

    def plan(self, key: str) -> Plan:
        """One plan by its key."""
        return self._ctx.read(lambda s: _plan(s, _plan_row(s, key)))

    def save_plan(self, key: str | None, name: str, steps: Sequence[PlanStep]) -> Plan:
        """Create a plan (``key`` None) or replace a plan's name and steps; enrolments made
        already keep the touches they were given."""
        name = v.required_text(name, _NAME, "name", 200)
        checked = check_steps(steps)

        def apply(session: Session) -> Plan:
            if key is None:
                last = session.scalars(select(NurturePlanRow.position)).all()
                row = NurturePlanRow(
                    key=_new_key(session, name),
                    name=name,
                    active=True,
                    position=max(last, default=-1) + 1,
                )
                session.add(row)
                session.flush()
            else:
                row = _plan_row(session, key)
                if row.name != name:
                    row.name = name
            old = list(
                session.scalars(
                    select(NurtureStepRow)
                    .where(NurtureStepRow.plan_id == row.id)
                    .order_by(NurtureStepRow.position, NurtureStepRow.id)
                )
            )
            for position, step in enumerate(checked):
                target = old[position] if position < len(old) else None
                if target is None:
                    session.add(
                        NurtureStepRow(
                            plan_id=row.id,
                            position=position,
                            kind=step.kind,
                            day_offset=step.day_offset,
                            subject=step.subject,
                        )
                    )
                    continue
                values = {"position": position, "kind": step.kind,
                          "day_offset": step.day_offset, "subject": step.subject}  # fmt: skip
                for attr, value in values.items():
                    if getattr(target, attr) != value:
                        setattr(target, attr, value)
            for extra in old[len(checked) :]:
                session.delete(extra)
            session.flush()
            return _plan(session, row)

        template = (
            QT_TRANSLATE_NOOP("Messages", "Add nurturing plan “{name}”")
            if key is None
            else QT_TRANSLATE_NOOP("Messages", "Change nurturing plan “{name}”")
        )
        return self._ctx.change(Message(template, name=name), apply)

    def remove_plan(self, key: str) -> None:
        """Retire a plan: no new enrolments; deals in it carry on (their touches are set)."""

        def apply(session: Session) -> str:
            row = _plan_row(session, key)
            row.active = False
            return row.name

        name = self._ctx.read(lambda s: _plan_row(s, key).name)
        self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Remove nurturing plan “{name}”"), name=name),
            apply,
        )

    def enrol(
        self, deal_ids: Sequence[int], plan_key: str, translate: Translate = untranslated
    ) -> list[Enrolment]:
        """Enrol leads (or lost deals) in a plan: every touch becomes a scheduled activity,
        its subject written in the language of ``translate``. All of them, or none."""
        ids = list(dict.fromkeys(deal_ids))
        if not ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Choose at least one deal to enrol."), "deal_ids"
            )

        def apply(session: Session) -> list[Enrolment]:
            plan = _plan_row(session, plan_key)
            shown = translate("Defaults", plan.name)
            steps = _plan(session, plan).steps
            if not steps:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "The plan “{plan}” has no touches yet."),
                    "plan",
                    plan=shown,
                )
            now, zone = self._ctx.clock(), local_zone.local_zone()
            config = read_scoring_config(session)
            made = []
            for deal_id in ids:
                deal = live_deal(session, deal_id)
                self._check_enrollable(session, deal.id, deal.title, deal.stage, plan, translate)
                enrolment = NurtureEnrolmentRow(
                    deal_id=deal.id, plan_id=plan.id, started_at=now, steps=len(steps)
                )
                session.add(enrolment)
                session.flush()
                organization, contact = _parties(session, deal)
                for step in steps:
                    subject = rules.render_subject(
                        translate("Defaults", step.subject), contact, organization, deal.title
                    )
                    session.add(
                        ActivityRow(
                            deal_id=deal.id,
                            kind=step.kind,
                            subject=subject[:300],
                            due_at=rules.touch_due(now, zone, step.day_offset),
                            enrolment_id=enrolment.id,
                        )
                    )
                refresh_deal(session, deal, config, now)
                made.append(enrolment_of(session, enrolment))
            return made

        def label(made: list[Enrolment]) -> Message:
            name = translate("Defaults", made[0].plan_name)
            if len(made) == 1:
                title = self._ctx.read(lambda s: live_deal(s, made[0].deal_id).title)
                return Message(
                    QT_TRANSLATE_NOOP("Messages", "Enrol “{title}” in “{plan}”"),
                    title=title,
                    plan=name,
                )
            return Message(
                QT_TRANSLATE_NOOP("Messages", "Enrol {count} deals in “{plan}”"),
                count=len(made),
                plan=name,
            )

        return self._ctx.change(label, apply)

    @staticmethod
    def _check_enrollable(
        session: Session,
        deal_id: int,
        title: str,
        stage: Stage,
        plan: NurturePlanRow,
        translate: Translate,
    ) -> None:
        if stage not in rules.NURTURED_STAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{title}” is past the lead stage; only leads and lost deals are nurtured.",
                ),
                "deal_ids",
                title=title,
            )
        current = active_enrolment(session, deal_id)
        if current is None:
            return
        if current.plan_id == plan.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "“{title}” is already enrolled in “{plan}”."),
                "deal_ids",
                title=title,
                plan=translate("Defaults", plan.name),
            )
        other = session.get(NurturePlanRow, current.plan_id)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{title}” is in the plan “{plan}”; stop it before choosing another."
            ),
            "deal_ids",
            title=title,
            plan=translate("Defaults", other.name if other else "?"),
        )

    def stop(self, deal_id: int) -> Enrolment:
        """Take a deal out of its plan; the touches not done yet are cancelled."""

        def apply(session: Session) -> Enrolment:
            deal = live_deal(session, deal_id)
            enrolment = active_enrolment(session, deal_id)
            if enrolment is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "“{title}” is not in a nurturing plan."),
                    "deal_id",
                    title=deal.title,
                )
            now = self._ctx.clock()
            stop_enrolment(session, enrolment, rules.StopReason.STOPPED, None, now)
            refresh_deal(session, deal, read_scoring_config(session), now)
            return enrolment_of(session, enrolment)

        title = self._ctx.read(lambda s: live_deal(s, deal_id).title)
        return self._ctx.change(
            Message(QT_TRANSLATE_NOOP("Messages", "Stop nurturing “{title}”"), title=title), apply
        )

    def enrolment(self, deal_id: int) -> Enrolment | None:
        """The plan a deal is in now, with its progress."""

        def query(session: Session) -> Enrolment | None:
            row = active_enrolment(session, deal_id)
            return enrolment_of(session, row) if row is not None else None

        return self._ctx.read(query)

    def history(self, deal_id: int) -> list[Enrolment]:
        """Every enrolment of a deal, newest first: when, which plan, how it ended and why."""
        query = (
            select(NurtureEnrolmentRow)
            .where(NurtureEnrolmentRow.deal_id == deal_id)
            .order_by(NurtureEnrolmentRow.id.desc())
        )
        return self._ctx.read(lambda s: [enrolment_of(s, r) for r in s.scalars(query)])


def _parties(session: Session, deal: DealRow) -> tuple[str | None, str | None]:
    """The deal's organization and contact names, as the placeholders fill them."""
    org = session.get(OrganizationRow, deal.organization_id) if deal.organization_id else None
    person = session.get(ContactRow, deal.contact_id) if deal.contact_id else None
    return (org.name if org else None), (person.full_name if person else None)
