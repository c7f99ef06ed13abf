"""Errors whose message is a sentence a user understands, in any language the program speaks.

The domain has no Qt, so a message is kept as an English template with named ``{fields}`` and
its values; ``str(error)`` is the English sentence, and the window and the command line look the
template up in the translation (context ``Messages``) before filling it in. Templates are marked
with :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

MESSAGES = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated where it is shown."""
    return text


class Label(str):
    """A value of a message that is itself a marked English label (a field's name), so it is
    translated with the message; plain values (what the user typed) never are."""

    __slots__ = ()


class DomainError(Exception):
    """A request the program refuses; ``str(error)`` is the English sentence.

    ``template`` is the untranslated message with ``{name}`` fields and ``values`` fills them.
    A value that is itself a marked label (a field name, a stage) is translated too.
    """

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values) if values else template)


class ValidationError(DomainError):
    """An argument is invalid; ``field`` names the input it belongs to, if any."""

    def __init__(self, template: str, field: str | None = None, /, **values: object) -> None:
        super().__init__(template, **values)
        self.field = field


class NotFoundError(DomainError):
    """The record asked for does not exist (or is archived where that matters)."""


class GateRefusedError(DomainError):
    """A forward move did not pass its qualification gate."""

    def __init__(self, template: str, unmet: tuple[str, ...], /, **values: object) -> None:
        super().__init__(template, **values)
        self.unmet = unmet


class UndoConflictError(DomainError):
    """The rows an undo or redo would restore have changed since."""
