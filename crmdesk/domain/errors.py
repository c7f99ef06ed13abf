"""Errors whose message is a sentence a user understands."""

from __future__ import annotations


class DomainError(Exception):
    """A request the program refuses; ``str(error)`` is shown to the user as is."""


class ValidationError(DomainError):
    """An argument is invalid; ``field`` names the input it belongs to, if any."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DomainError):
    """The record asked for does not exist (or is archived where that matters)."""


class GateRefusedError(DomainError):
    """A forward move did not pass its qualification gate."""

    def __init__(self, message: str, unmet: tuple[str, ...]) -> None:
        super().__init__(message)
        self.unmet = unmet


class UndoConflictError(DomainError):
    """The rows an undo or redo would restore have changed since."""
