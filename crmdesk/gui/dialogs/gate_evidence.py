"""The facts shown beside a gate's criteria, so the owner ticks with evidence in front of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.enums import ActivityKind, DecisionRole
from crmdesk.gui.dialogs.deal_activity_tab import kind_name
from crmdesk.gui.formatting import format_money, local_date
from crmdesk.gui.names import in_sentence
from crmdesk.services.evidence import DealFacts

translate = QCoreApplication.translate
INTENT = (ActivityKind.WEBSITE_VISIT, ActivityKind.PRICING_VISIT, ActivityKind.CONTENT_DOWNLOAD,
          ActivityKind.INQUIRY, ActivityKind.DEMO_REQUEST, ActivityKind.QUOTE_REQUEST,
          ActivityKind.WEBINAR_ATTENDED, ActivityKind.NEWSLETTER_SIGNUP)  # fmt: skip
PRICING = (ActivityKind.PRICING_VISIT, ActivityKind.QUOTE_REQUEST, ActivityKind.DEMO_REQUEST)


def _signals(facts: DealFacts, kinds: tuple[ActivityKind, ...]) -> str:
    parts = [
        f"{facts.recent_signals[k]} × {kind_name(k).lower()}"
        for k in kinds
        if facts.recent_signals.get(k)
    ]
    if not parts:
        return translate("Evidence", "No such signals in the last %1 days.").replace(
            "%1", str(facts.days)
        )
    return (
        translate("Evidence", "%1 in the last %2 days.")
        .replace("%1", ", ".join(parts))
        .replace("%2", str(facts.days))
    )


def _role(facts: DealFacts) -> str:
    if facts.contact_name is None:
        return translate("Evidence", "No contact recorded.")
    role = in_sentence(DecisionRole(facts.contact_role))
    return f"{role}: {facts.contact_name}"


def _fit(facts: DealFacts) -> str:
    parts = [p for p in (facts.industry, facts.region) if p]
    if facts.company_size:
        parts.insert(1, translate("Evidence", "%1 people").replace("%1", str(facts.company_size)))
    return " · ".join(parts) or translate("Evidence", "No industry, size or region recorded.")


def _talks(facts: DealFacts) -> str:
    if not facts.conversations:
        return translate("Evidence", "No two-way contact recorded yet.")
    return (
        translate("Evidence", "%1 conversation(s), the last on %2.")
        .replace("%1", str(facts.conversations))
        .replace("%2", local_date(facts.last_conversation))
    )


def evidence_text(key: str, facts: DealFacts) -> str:
    """What the file knows that bears on criterion ``key`` ("" for criteria it cannot judge)."""
    interest = (
        translate("Evidence", "Interested in: %1").replace("%1", facts.interest)
        if facts.interest
        else translate("Evidence", "No interest recorded.")
    )
    texts: dict[str, Callable[[DealFacts], str]] = {
        "icp_fit": _fit,
        "buying_intent": lambda f: _signals(f, INTENT),
        "two_way_conversation": _talks,
        "problem_acknowledged": lambda f: interest,
        "buying_role_identified": _role,
        "defined_need": lambda f: interest,
        "budget": lambda f: (
            translate("Evidence", "Expected value %1").replace(
                "%1", format_money(f.value_minor, f.currency)
            )
            if f.value_minor
            else translate("Evidence", "No value entered.")
        ),
        "timeline": lambda f: (
            translate("Evidence", "Expected close %1").replace("%1", local_date(f.expected_close))
            if f.expected_close
            else translate("Evidence", "No expected close date.")
        ),
        "decision_maker": _role,
        "pricing_discussion": lambda f: _signals(f, PRICING),
    }
    make = texts.get(key)
    return make(facts) if make else ""
