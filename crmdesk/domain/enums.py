"""The fixed vocabularies of the pipeline. Values are what the database stores."""

from __future__ import annotations

from enum import StrEnum

from crmdesk.domain.errors import QT_TRANSLATE_NOOP


class Stage(StrEnum):
    """Where a deal is in the pipeline."""

    LEAD = "lead"
    PROSPECT = "prospect"
    OPPORTUNITY = "opportunity"
    WON = "won"
    LOST = "lost"

    @property
    def is_open(self) -> bool:
        """True for the three working columns."""
        return self in OPEN_STAGES

    @property
    def label(self) -> str:
        """English label (the GUI translates it in context ``Defaults``)."""
        return _STAGE_LABELS[self]


OPEN_STAGES: tuple[Stage, ...] = (Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY)


class SubStage(StrEnum):
    """Opportunity sub-stages, in order."""

    NEEDS_IDENTIFIED = "needs_identified"
    PROPOSAL_SENT = "proposal_sent"
    NEGOTIATION = "negotiation"
    CLOSING = "closing"

    @property
    def label(self) -> str:
        """English label (the GUI translates it in context ``Defaults``)."""
        return _SUB_STAGE_LABELS[self]


class Gate(StrEnum):
    """A qualification gate between two working stages."""

    LEAD_TO_PROSPECT = "lead_prospect"
    PROSPECT_TO_OPPORTUNITY = "prospect_opportunity"

    @property
    def label(self) -> str:
        """English label (the GUI translates it in context ``Defaults``)."""
        return _GATE_LABELS[self]


class DecisionRole(StrEnum):
    """A contact's part in the buying decision."""

    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    USER = "user"
    UNKNOWN = "unknown"


class ActivityKind(StrEnum):
    """Things that happen to a deal: conversations, tasks and behaviour signals."""

    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    NOTE = "note"
    TASK = "task"
    # Touches a nurturing plan sends (one-way; scheduled like a task).
    NEWSLETTER = "newsletter"
    CASE_STUDY = "case_study"
    # Behaviour signals (scored).
    WEBSITE_VISIT = "website_visit"
    PRICING_VISIT = "pricing_visit"
    CONTENT_DOWNLOAD = "content_download"
    NEWSLETTER_SIGNUP = "newsletter_signup"
    WEBINAR_ATTENDED = "webinar_attended"
    EMAIL_REPLY = "email_reply"
    INQUIRY = "inquiry"
    DEMO_REQUEST = "demo_request"
    QUOTE_REQUEST = "quote_request"

    @property
    def is_signal(self) -> bool:
        """True for behaviour signals that feed the score."""
        return self in SIGNAL_KINDS

    @property
    def is_schedulable(self) -> bool:
        """True for kinds that can be a next action with a due date."""
        return self in (
            ActivityKind.CALL,
            ActivityKind.MEETING,
            ActivityKind.TASK,
            ActivityKind.EMAIL,
            ActivityKind.NEWSLETTER,
            ActivityKind.CASE_STUDY,
        )

    @property
    def is_two_way(self) -> bool:
        """True when the activity shows a two-way conversation took place."""
        return self in TWO_WAY_KINDS

    @property
    def label(self) -> str:
        """English label, e.g. ``Website visit`` (the GUI translates it in context ``Defaults``);
        also the subject of a logged activity that was given none."""
        return _ACTIVITY_LABELS[self]


SIGNAL_KINDS = frozenset(
    {
        ActivityKind.WEBSITE_VISIT,
        ActivityKind.PRICING_VISIT,
        ActivityKind.CONTENT_DOWNLOAD,
        ActivityKind.NEWSLETTER_SIGNUP,
        ActivityKind.WEBINAR_ATTENDED,
        ActivityKind.EMAIL_REPLY,
        ActivityKind.INQUIRY,
        ActivityKind.DEMO_REQUEST,
        ActivityKind.QUOTE_REQUEST,
    }
)

# A completed call or meeting, a reply or a webinar attended is a two-way conversation.
TWO_WAY_KINDS = frozenset(
    {
        ActivityKind.CALL,
        ActivityKind.MEETING,
        ActivityKind.EMAIL_REPLY,
        ActivityKind.WEBINAR_ATTENDED,
    }
)


_STAGE_LABELS = {
    Stage.LEAD: QT_TRANSLATE_NOOP("Defaults", "Lead"),
    Stage.PROSPECT: QT_TRANSLATE_NOOP("Defaults", "Prospect"),
    Stage.OPPORTUNITY: QT_TRANSLATE_NOOP("Defaults", "Opportunity"),
    Stage.WON: QT_TRANSLATE_NOOP("Defaults", "Won"),
    Stage.LOST: QT_TRANSLATE_NOOP("Defaults", "Lost"),
}
_SUB_STAGE_LABELS = {
    SubStage.NEEDS_IDENTIFIED: QT_TRANSLATE_NOOP("Defaults", "Needs identified"),
    SubStage.PROPOSAL_SENT: QT_TRANSLATE_NOOP("Defaults", "Proposal sent"),
    SubStage.NEGOTIATION: QT_TRANSLATE_NOOP("Defaults", "Negotiation"),
    SubStage.CLOSING: QT_TRANSLATE_NOOP("Defaults", "Closing"),
}
_GATE_LABELS = {
    Gate.LEAD_TO_PROSPECT: QT_TRANSLATE_NOOP("Defaults", "Lead → Prospect"),
    Gate.PROSPECT_TO_OPPORTUNITY: QT_TRANSLATE_NOOP("Defaults", "Prospect → Opportunity"),
}
_ACTIVITY_LABELS = {
    ActivityKind.CALL: QT_TRANSLATE_NOOP("Defaults", "Call"),
    ActivityKind.EMAIL: QT_TRANSLATE_NOOP("Defaults", "Email"),
    ActivityKind.MEETING: QT_TRANSLATE_NOOP("Defaults", "Meeting"),
    ActivityKind.NOTE: QT_TRANSLATE_NOOP("Defaults", "Note"),
    ActivityKind.TASK: QT_TRANSLATE_NOOP("Defaults", "Task"),
    ActivityKind.NEWSLETTER: QT_TRANSLATE_NOOP("Defaults", "Newsletter"),
    ActivityKind.CASE_STUDY: QT_TRANSLATE_NOOP("Defaults", "Case study"),
    ActivityKind.WEBSITE_VISIT: QT_TRANSLATE_NOOP("Defaults", "Website visit"),
    ActivityKind.PRICING_VISIT: QT_TRANSLATE_NOOP("Defaults", "Pricing visit"),
    ActivityKind.CONTENT_DOWNLOAD: QT_TRANSLATE_NOOP("Defaults", "Content download"),
    ActivityKind.NEWSLETTER_SIGNUP: QT_TRANSLATE_NOOP("Defaults", "Newsletter signup"),
    ActivityKind.WEBINAR_ATTENDED: QT_TRANSLATE_NOOP("Defaults", "Webinar attended"),
    ActivityKind.EMAIL_REPLY: QT_TRANSLATE_NOOP("Defaults", "Email reply"),
    ActivityKind.INQUIRY: QT_TRANSLATE_NOOP("Defaults", "Inquiry"),
    ActivityKind.DEMO_REQUEST: QT_TRANSLATE_NOOP("Defaults", "Demo request"),
    ActivityKind.QUOTE_REQUEST: QT_TRANSLATE_NOOP("Defaults", "Quote request"),
}


class Temperature(StrEnum):
    """How warm a deal is, from its score."""

    COLD = "cold"
    WARM = "warm"
    HOT = "hot"


class QuoteStatus(StrEnum):
    """The life of a quote."""

    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class BoardSort(StrEnum):
    """How a column orders its cards."""

    MANUAL = "manual"
    SCORE = "score"
    VALUE = "value"
    NEXT_ACTION = "next_action"
    AGE = "age"
