"""How an operation tells the user what happened."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from crmdesk.domain.errors import DomainError
from crmdesk.gui.messages import error_text

T = TypeVar("T")


class Feedback(Protocol):
    """Where sentences for the user go: the window's status bar and message boxes."""

    def show_status(self, message: str, msecs: int = 8000) -> None:
        """A passing note (what was done, how to undo it)."""

    def show_error(self, message: str) -> None:
        """Why something did not happen, in one sentence."""


class Failed(Exception):
    """An operation was refused; the user has been told why."""


def attempt(feedback: Feedback, call: Callable[[], T]) -> T:
    """Run one service call; a domain error is shown as its sentence and raised as
    :class:`Failed`, so the caller simply stops."""
    try:
        return call()
    except DomainError as error:
        feedback.show_error(error_text(error))
        raise Failed from error
