"""The two nurturing plans a new file starts with; editable in Settings → Nurturing plans.

Names and subjects are English, marked in context ``Defaults``: the window shows them
translated as long as nobody edited them, and an enrolment writes the subjects in the
language of the moment.
"""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.domain.enums import ActivityKind
from crmdesk.domain.errors import QT_TRANSLATE_NOOP
from crmdesk.domain.nurture import PlanStep

K = ActivityKind


@dataclass(frozen=True, slots=True)
class DefaultPlan:
    """A plan as seeded in a new file."""

    key: str
    name: str
    steps: tuple[PlanStep, ...]


NOT_READY = "not_ready"  # offered when a deal goes back to Lead
TIMING = "timing_not_right"  # offered when a deal is lost because the timing was not right

DEFAULT_PLANS: tuple[DefaultPlan, ...] = (
    DefaultPlan(
        NOT_READY,
        QT_TRANSLATE_NOOP("Defaults", "Not ready yet: six weeks"),
        (
            PlanStep(
                K.EMAIL,
                0,
                QT_TRANSLATE_NOOP("Defaults", "Thank {contact} and send our buyer's guide"),
            ),
            PlanStep(
                K.NEWSLETTER,
                7,
                QT_TRANSLATE_NOOP("Defaults", "Newsletter for {contact}: tips for {organization}"),
            ),
            PlanStep(
                K.CASE_STUDY,
                14,
                QT_TRANSLATE_NOOP("Defaults", "Case study of a business like {organization}"),
            ),
            PlanStep(
                K.NEWSLETTER,
                28,
                QT_TRANSLATE_NOOP("Defaults", "Newsletter for {contact}: what is new this month"),
            ),
            PlanStep(
                K.CALL,
                42,
                QT_TRANSLATE_NOOP("Defaults", "Call {contact}: is {organization} ready to talk?"),
            ),
        ),
    ),
    DefaultPlan(
        TIMING,
        QT_TRANSLATE_NOOP("Defaults", "Timing not right: quarterly"),
        (
            PlanStep(
                K.EMAIL,
                0,
                QT_TRANSLATE_NOOP("Defaults", "Thank {contact} and agree to stay in touch"),
            ),
            PlanStep(
                K.NEWSLETTER,
                90,
                QT_TRANSLATE_NOOP("Defaults", "Quarterly newsletter for {contact}"),
            ),
            PlanStep(
                K.CASE_STUDY,
                180,
                QT_TRANSLATE_NOOP("Defaults", "Case study for {organization}: results a year on"),
            ),
            PlanStep(
                K.NEWSLETTER,
                270,
                QT_TRANSLATE_NOOP("Defaults", "Quarterly newsletter for {contact}"),
            ),
            PlanStep(
                K.CALL,
                360,
                QT_TRANSLATE_NOOP("Defaults", "Call {contact}: is the timing better now?"),
            ),
        ),
    ),
)
