"""Nurturing plans: sequences of touches for leads not ready yet, and when a plan stops.

A plan is a named list of steps (a kind of touch, a day offset from enrolment, a subject that
may name ``{contact}`` and ``{organization}``). Enrolling a deal schedules every step as an
activity; the plan stops by itself when the lead engages both ways or the deal moves on.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum

from crmdesk.domain import validation as v
from crmdesk.domain.enums import ActivityKind, Stage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label, ValidationError

K = ActivityKind
TOUCH_KINDS: tuple[ActivityKind, ...] = (
    K.NEWSLETTER,
    K.CASE_STUDY,
    K.EMAIL,
    K.CALL,
    K.MEETING,
    K.TASK,
)
# The lead engaged both ways: any of these, logged or done outside the plan, stops it.
ENGAGEMENT_KINDS = frozenset(
    {K.EMAIL_REPLY, K.CALL, K.MEETING, K.INQUIRY, K.DEMO_REQUEST, K.QUOTE_REQUEST}
)
NURTURED_STAGES = (Stage.LEAD, Stage.LOST)  # who can be enrolled
PLACEHOLDERS = ("contact", "organization")
MAX_OFFSET_DAYS = 730
MAX_STEPS = 30
TOUCH_HOUR = 9  # a touch is due at nine in the morning, local time, on its day


class StopReason(StrEnum):
    """Why an enrolment ended."""

    ENGAGED = "engaged"  # a reply, a call, a meeting, an inquiry, a demo or quote request
    MOVED = "moved"  # the deal moved on (to Prospect or beyond, or out as lost)
    STOPPED = "stopped"  # the user stopped it
    COMPLETED = "completed"  # every touch was done


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One touch of a plan."""

    kind: ActivityKind
    day_offset: int
    subject: str


@dataclass(frozen=True, slots=True)
class Plan:
    """A nurturing plan."""

    id: int
    key: str
    name: str
    steps: tuple[PlanStep, ...]
    active: bool = True


@dataclass(frozen=True, slots=True)
class Enrolment:
    """A deal in a plan: since when, and how it ended (while running: ``stopped_at`` None)."""

    id: int
    deal_id: int
    plan_key: str
    plan_name: str
    started_at: datetime
    steps: int
    done: int = 0
    stopped_at: datetime | None = None
    stop_reason: StopReason | None = None
    stop_detail: str | None = None  # the activity kind or the stage that stopped it

    @property
    def step(self) -> int:
        """The touch it is at (1-based): the first not done yet."""
        return min(self.done + 1, self.steps)


def check_subject(template: str) -> None:
    """Refuse a subject naming a placeholder other than ``{contact}`` and ``{organization}``."""
    try:
        fields = [
            (name, spec, conv)
            for _, name, spec, conv in string.Formatter().parse(template)
            if name is not None
        ]
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{text}” has an unmatched brace; write {{contact}} or {{organization}}.",
            ),
            "subject",
            text=template,
        ) from exc
    if any(name not in PLACEHOLDERS or spec or conv for name, spec, conv in fields):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{text}” names an unknown placeholder; use {{contact}} or {{organization}}.",
            ),
            "subject",
            text=template,
        )


def render_subject(
    template: str, contact: str | None, organization: str | None, deal_title: str
) -> str:
    """The subject with the placeholders filled (a missing party falls back to the other)."""
    who = contact or organization or deal_title
    where = organization or contact or deal_title
    return template.format(contact=who, organization=where).strip()


def stops_on_move(source: Stage, target: Stage) -> bool:
    """Whether a stage change ends nurturing: any move except back to (or within) Lead."""
    return source != target and target != Stage.LEAD


def touch_due(now: datetime, zone: tzinfo, day_offset: int) -> datetime:
    """When a touch ``day_offset`` days after enrolling now is due: nine o'clock local time
    that day, or the next full hour when that is past already (day 0 in the afternoon)."""
    day = now.astimezone(zone).date() + timedelta(days=day_offset)
    due = datetime.combine(day, time(TOUCH_HOUR), tzinfo=zone)
    if due < now:
        local = now.astimezone(zone) + timedelta(hours=1)
        due = local.replace(minute=0, second=0, microsecond=0)
    return due


def check_steps(steps: Sequence[PlanStep]) -> list[PlanStep]:
    """The steps as stored (NFC subjects, kinds checked), or a sentence naming what is wrong."""
    if not 1 <= len(steps) <= MAX_STEPS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A plan has from 1 to {max} touches."),
            "steps",
            max=MAX_STEPS,
        )
    checked = []
    for number, step in enumerate(steps, start=1):
        try:
            kind = ActivityKind(step.kind)
        except ValueError:
            kind = None
        if kind not in TOUCH_KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Touch {number}: a plan sends a newsletter, a case study, an email, a call, "
                    "a meeting or a task.",
                ),
                "kind",
                number=number,
            )
        if not isinstance(step.day_offset, int) or not 0 <= step.day_offset <= MAX_OFFSET_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Touch {number}: the day is from 0 to {max} days after enrolling."
                ),
                "day_offset",
                number=number,
                max=MAX_OFFSET_DAYS,
            )
        subject = v.required_text(step.subject, _SUBJECT, "subject", 300)
        check_subject(subject)
        checked.append(PlanStep(kind, step.day_offset, subject))
    return checked


_SUBJECT = Label(QT_TRANSLATE_NOOP("Messages", "A touch's subject"))
