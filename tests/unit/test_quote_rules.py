"""The life of a quote, as domain rules."""

from __future__ import annotations

import pytest

from crmdesk.domain.enums import QuoteStatus, Stage
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.quotes import (
    NEXT_STATUS,
    acceptance_wins,
    check_editable,
    check_transition,
    edit_makes_revision,
)

S = QuoteStatus


@pytest.mark.parametrize(
    ("current", "target"), [(S.DRAFT, S.SENT), (S.SENT, S.ACCEPTED), (S.SENT, S.DECLINED)]
)
def test_a_quote_goes_from_draft_to_sent_to_accepted_or_declined(
    current: QuoteStatus, target: QuoteStatus
) -> None:
    check_transition("BG-2026-0001", current, target, lines=1)


@pytest.mark.parametrize(
    ("current", "target"),
    [(a, b) for a in S for b in S if b not in NEXT_STATUS[a]],
)
def test_every_other_change_of_status_is_refused(current: QuoteStatus, target: QuoteStatus) -> None:
    with pytest.raises(ValidationError, match="cannot become"):
        check_transition("BG-2026-0001", current, target, lines=1)


def test_a_quote_without_lines_cannot_be_sent() -> None:
    with pytest.raises(ValidationError, match="at least one line"):
        check_transition("BG-2026-0001", S.DRAFT, S.SENT, lines=0)


def test_only_a_sent_quote_is_revised_and_a_final_one_never_changes() -> None:
    assert edit_makes_revision(S.SENT)
    assert not edit_makes_revision(S.DRAFT)
    check_editable("BG-2026-0001", S.DRAFT)
    check_editable("BG-2026-0001", S.SENT)
    for final in (S.ACCEPTED, S.DECLINED):
        with pytest.raises(ValidationError, match="make a new quote"):
            check_editable("BG-2026-0001", final)


def test_accepting_a_quote_wins_a_deal_not_yet_won() -> None:
    assert acceptance_wins(S.ACCEPTED, Stage.OPPORTUNITY)
    assert acceptance_wins(S.ACCEPTED, Stage.LOST)
    assert not acceptance_wins(S.ACCEPTED, Stage.WON)
    assert not acceptance_wins(S.DECLINED, Stage.OPPORTUNITY)
