"""The life of a quote: draft → sent → accepted or declined; accepting it wins the deal.

A draft changes in place; changing a sent quote makes a new draft revision and keeps the one
the customer has; an accepted or declined quote no longer changes.
"""

from __future__ import annotations

from crmdesk.domain.enums import QuoteStatus, Stage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.names import phrase

# Which status may follow which.
NEXT_STATUS: dict[QuoteStatus, frozenset[QuoteStatus]] = {
    QuoteStatus.DRAFT: frozenset({QuoteStatus.SENT}),
    QuoteStatus.SENT: frozenset({QuoteStatus.ACCEPTED, QuoteStatus.DECLINED}),
    QuoteStatus.ACCEPTED: frozenset(),
    QuoteStatus.DECLINED: frozenset(),
}
FINAL = frozenset({QuoteStatus.ACCEPTED, QuoteStatus.DECLINED})


def check_transition(number: str, current: QuoteStatus, target: QuoteStatus, lines: int) -> None:
    """Refuse a status change the life of a quote does not allow (with a sentence)."""
    if target not in NEXT_STATUS[current]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Quote {number} is {status}; it cannot become {target}."),
            "status",
            number=number,
            status=phrase(current),
            target=phrase(target),
        )
    if target == QuoteStatus.SENT and lines == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A quote needs at least one line to be sent."), "lines"
        )


def check_editable(number: str, status: QuoteStatus) -> None:
    """Refuse to change an accepted or declined quote."""
    if status in FINAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Quote {number} was {status}: make a new quote instead."),
            "status",
            number=number,
            status=phrase(status),
        )


def edit_makes_revision(status: QuoteStatus) -> bool:
    """Whether changing a quote in this status makes a new revision (the customer has it)."""
    return status == QuoteStatus.SENT


def acceptance_wins(target: QuoteStatus, deal_stage: Stage) -> bool:
    """Whether this status change moves the deal to Won: accepting a quote of an unwon deal."""
    return target == QuoteStatus.ACCEPTED and deal_stage != Stage.WON


def acceptance_note(number: str, revision: int) -> str:
    """The stage-history note of a deal won by accepting a quote."""
    return f"Quote {number} (revision {revision}) accepted"
