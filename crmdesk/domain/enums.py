"""The fixed vocabularies of the pipeline. Values are what the database stores; what the user
calls them is in :mod:`crmdesk.domain.names`."""

from __future__ import annotations

from enum import StrEnum


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


OPEN_STAGES: tuple[Stage, ...] = (Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY)


class SubStage(StrEnum):
    """Opportunity sub-stages, in order."""

    NEEDS_IDENTIFIED = "needs_identified"
    PROPOSAL_SENT = "proposal_sent"
    NEGOTIATION = "negotiation"
    CLOSING = "closing"


class Gate(StrEnum):
    """A qualification gate between two working stages."""

    LEAD_TO_PROSPECT = "lead_prospect"
    PROSPECT_TO_OPPORTUNITY = "prospect_opportunity"


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
