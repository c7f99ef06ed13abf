"""What the user calls each member of the fixed vocabularies: the one table of their names.

Every place that shows a stage, a sub-stage, a gate, an activity kind, a contact's role, a
temperature, a quote's status, a column order or an agenda section takes its name from here
(``crmdesk.gui.names`` translates them for the window, the command line with
``translate("Defaults", label(member))``). Two forms:

- :func:`label` — the name on its own (a column heading, a list cell, a menu), in context
  ``Defaults``;
- :func:`phrase` — the name inside a sentence of a message, a :class:`Label` translated with the
  message (context ``Messages``): lower case where English writes it so ("the quote is sent").

Write each entry as a ``QT_TRANSLATE_NOOP`` literal: lupdate collects them from this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from crmdesk.domain.agenda import Section
from crmdesk.domain.enums import (
    ActivityKind,
    BoardSort,
    DecisionRole,
    Gate,
    QuoteStatus,
    Stage,
    SubStage,
    Temperature,
)
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Label

_K = ActivityKind

LABELS: Mapping[type[StrEnum], Mapping[Any, str]] = {
    Stage: {
        Stage.LEAD: QT_TRANSLATE_NOOP("Defaults", "Lead"),
        Stage.PROSPECT: QT_TRANSLATE_NOOP("Defaults", "Prospect"),
        Stage.OPPORTUNITY: QT_TRANSLATE_NOOP("Defaults", "Opportunity"),
        Stage.WON: QT_TRANSLATE_NOOP("Defaults", "Won"),
        Stage.LOST: QT_TRANSLATE_NOOP("Defaults", "Lost"),
    },
    SubStage: {
        SubStage.NEEDS_IDENTIFIED: QT_TRANSLATE_NOOP("Defaults", "Needs identified"),
        SubStage.PROPOSAL_SENT: QT_TRANSLATE_NOOP("Defaults", "Proposal sent"),
        SubStage.NEGOTIATION: QT_TRANSLATE_NOOP("Defaults", "Negotiation"),
        SubStage.CLOSING: QT_TRANSLATE_NOOP("Defaults", "Closing"),
    },
    Gate: {
        Gate.LEAD_TO_PROSPECT: QT_TRANSLATE_NOOP("Defaults", "Lead → Prospect"),
        Gate.PROSPECT_TO_OPPORTUNITY: QT_TRANSLATE_NOOP("Defaults", "Prospect → Opportunity"),
    },
    # Also the subject of a logged activity that was given none.
    ActivityKind: {
        _K.CALL: QT_TRANSLATE_NOOP("Defaults", "Call"),
        _K.EMAIL: QT_TRANSLATE_NOOP("Defaults", "Email"),
        _K.MEETING: QT_TRANSLATE_NOOP("Defaults", "Meeting"),
        _K.NOTE: QT_TRANSLATE_NOOP("Defaults", "Note"),
        _K.TASK: QT_TRANSLATE_NOOP("Defaults", "Task"),
        _K.NEWSLETTER: QT_TRANSLATE_NOOP("Defaults", "Newsletter"),
        _K.CASE_STUDY: QT_TRANSLATE_NOOP("Defaults", "Case study"),
        _K.WEBSITE_VISIT: QT_TRANSLATE_NOOP("Defaults", "Website visit"),
        _K.PRICING_VISIT: QT_TRANSLATE_NOOP("Defaults", "Pricing page visit"),
        _K.CONTENT_DOWNLOAD: QT_TRANSLATE_NOOP("Defaults", "Content download"),
        _K.NEWSLETTER_SIGNUP: QT_TRANSLATE_NOOP("Defaults", "Newsletter sign-up"),
        _K.WEBINAR_ATTENDED: QT_TRANSLATE_NOOP("Defaults", "Webinar attended"),
        _K.EMAIL_REPLY: QT_TRANSLATE_NOOP("Defaults", "Email reply"),
        _K.INQUIRY: QT_TRANSLATE_NOOP("Defaults", "Inquiry or contact form"),
        _K.DEMO_REQUEST: QT_TRANSLATE_NOOP("Defaults", "Demo request"),
        _K.QUOTE_REQUEST: QT_TRANSLATE_NOOP("Defaults", "Quote request"),
    },
    DecisionRole: {
        DecisionRole.DECISION_MAKER: QT_TRANSLATE_NOOP("Defaults", "Decision maker"),
        DecisionRole.INFLUENCER: QT_TRANSLATE_NOOP("Defaults", "Influencer"),
        DecisionRole.USER: QT_TRANSLATE_NOOP("Defaults", "User"),
        DecisionRole.UNKNOWN: QT_TRANSLATE_NOOP("Defaults", "Role not known"),
    },
    Temperature: {
        Temperature.COLD: QT_TRANSLATE_NOOP("Defaults", "Cold"),
        Temperature.WARM: QT_TRANSLATE_NOOP("Defaults", "Warm"),
        Temperature.HOT: QT_TRANSLATE_NOOP("Defaults", "Hot"),
    },
    QuoteStatus: {
        QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("Defaults", "Draft"),
        QuoteStatus.SENT: QT_TRANSLATE_NOOP("Defaults", "Sent"),
        QuoteStatus.ACCEPTED: QT_TRANSLATE_NOOP("Defaults", "Accepted"),
        QuoteStatus.DECLINED: QT_TRANSLATE_NOOP("Defaults", "Declined"),
    },
    BoardSort: {
        BoardSort.MANUAL: QT_TRANSLATE_NOOP("Defaults", "Manual order"),
        BoardSort.SCORE: QT_TRANSLATE_NOOP("Defaults", "Score"),
        BoardSort.VALUE: QT_TRANSLATE_NOOP("Defaults", "Value"),
        BoardSort.NEXT_ACTION: QT_TRANSLATE_NOOP("Defaults", "Next action"),
        BoardSort.AGE: QT_TRANSLATE_NOOP("Defaults", "Days in stage"),
    },
    Section: {
        Section.OVERDUE: QT_TRANSLATE_NOOP("Defaults", "Overdue"),
        Section.TODAY: QT_TRANSLATE_NOOP("Defaults", "Today"),
        Section.UPCOMING: QT_TRANSLATE_NOOP("Defaults", "Upcoming"),
    },
}

PHRASES: Mapping[type[StrEnum], Mapping[Any, Label]] = {
    Stage: {
        Stage.LEAD: Label(QT_TRANSLATE_NOOP("Messages", "Lead")),
        Stage.PROSPECT: Label(QT_TRANSLATE_NOOP("Messages", "Prospect")),
        Stage.OPPORTUNITY: Label(QT_TRANSLATE_NOOP("Messages", "Opportunity")),
        Stage.WON: Label(QT_TRANSLATE_NOOP("Messages", "Won")),
        Stage.LOST: Label(QT_TRANSLATE_NOOP("Messages", "Lost")),
    },
    SubStage: {
        SubStage.NEEDS_IDENTIFIED: Label(QT_TRANSLATE_NOOP("Messages", "Needs identified")),
        SubStage.PROPOSAL_SENT: Label(QT_TRANSLATE_NOOP("Messages", "Proposal sent")),
        SubStage.NEGOTIATION: Label(QT_TRANSLATE_NOOP("Messages", "Negotiation")),
        SubStage.CLOSING: Label(QT_TRANSLATE_NOOP("Messages", "Closing")),
    },
    Gate: {
        Gate.LEAD_TO_PROSPECT: Label(QT_TRANSLATE_NOOP("Messages", "Lead → Prospect")),
        Gate.PROSPECT_TO_OPPORTUNITY: Label(
            QT_TRANSLATE_NOOP("Messages", "Prospect → Opportunity")
        ),
    },
    ActivityKind: {
        _K.CALL: Label(QT_TRANSLATE_NOOP("Messages", "call")),
        _K.EMAIL: Label(QT_TRANSLATE_NOOP("Messages", "email")),
        _K.MEETING: Label(QT_TRANSLATE_NOOP("Messages", "meeting")),
        _K.NOTE: Label(QT_TRANSLATE_NOOP("Messages", "note")),
        _K.TASK: Label(QT_TRANSLATE_NOOP("Messages", "task")),
        _K.NEWSLETTER: Label(QT_TRANSLATE_NOOP("Messages", "newsletter")),
        _K.CASE_STUDY: Label(QT_TRANSLATE_NOOP("Messages", "case study")),
        _K.WEBSITE_VISIT: Label(QT_TRANSLATE_NOOP("Messages", "website visit")),
        _K.PRICING_VISIT: Label(QT_TRANSLATE_NOOP("Messages", "pricing visit")),
        _K.CONTENT_DOWNLOAD: Label(QT_TRANSLATE_NOOP("Messages", "content download")),
        _K.NEWSLETTER_SIGNUP: Label(QT_TRANSLATE_NOOP("Messages", "newsletter signup")),
        _K.WEBINAR_ATTENDED: Label(QT_TRANSLATE_NOOP("Messages", "webinar attended")),
        _K.EMAIL_REPLY: Label(QT_TRANSLATE_NOOP("Messages", "email reply")),
        _K.INQUIRY: Label(QT_TRANSLATE_NOOP("Messages", "inquiry")),
        _K.DEMO_REQUEST: Label(QT_TRANSLATE_NOOP("Messages", "demo request")),
        _K.QUOTE_REQUEST: Label(QT_TRANSLATE_NOOP("Messages", "quote request")),
    },
    DecisionRole: {
        DecisionRole.DECISION_MAKER: Label(QT_TRANSLATE_NOOP("Messages", "decision maker")),
        DecisionRole.INFLUENCER: Label(QT_TRANSLATE_NOOP("Messages", "influencer")),
        DecisionRole.USER: Label(QT_TRANSLATE_NOOP("Messages", "user")),
        DecisionRole.UNKNOWN: Label(QT_TRANSLATE_NOOP("Messages", "role not recorded")),
    },
    Temperature: {
        Temperature.COLD: Label(QT_TRANSLATE_NOOP("Messages", "cold")),
        Temperature.WARM: Label(QT_TRANSLATE_NOOP("Messages", "warm")),
        Temperature.HOT: Label(QT_TRANSLATE_NOOP("Messages", "hot")),
    },
    QuoteStatus: {
        QuoteStatus.DRAFT: Label(QT_TRANSLATE_NOOP("Messages", "draft")),
        QuoteStatus.SENT: Label(QT_TRANSLATE_NOOP("Messages", "sent")),
        QuoteStatus.ACCEPTED: Label(QT_TRANSLATE_NOOP("Messages", "accepted")),
        QuoteStatus.DECLINED: Label(QT_TRANSLATE_NOOP("Messages", "declined")),
    },
}

# A working stage as the subject of the insight's bottleneck sentence ("Prospects wait…"), and
# as its object ("…than leads").
STAGE_PLURALS: Mapping[Stage, Label] = {
    Stage.LEAD: Label(QT_TRANSLATE_NOOP("Messages", "Leads")),
    Stage.PROSPECT: Label(QT_TRANSLATE_NOOP("Messages", "Prospects")),
    Stage.OPPORTUNITY: Label(QT_TRANSLATE_NOOP("Messages", "Opportunities")),
}
STAGE_OBJECTS: Mapping[Stage, Label] = {
    Stage.LEAD: Label(QT_TRANSLATE_NOOP("Messages", "leads")),
    Stage.PROSPECT: Label(QT_TRANSLATE_NOOP("Messages", "prospects")),
    Stage.OPPORTUNITY: Label(QT_TRANSLATE_NOOP("Messages", "opportunities")),
}


def label(member: StrEnum) -> str:
    """The member's name on its own, in English (translate it in context ``Defaults``)."""
    return LABELS[type(member)][member]


def phrase(member: StrEnum) -> Label:
    """The member's name as a value of a message (translated with the message)."""
    return PHRASES[type(member)][member]
