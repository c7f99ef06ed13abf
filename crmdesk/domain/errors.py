"""Errors whose message is a sentence a user understands, in any language the program speaks.

The domain has no Qt, so a message is kept as an English template with named ``{fields}`` and
its values; ``str(error)`` is the English sentence, and the window and the command line look the
template up in the translation (context ``Messages``) before filling it in. Templates are marked
with :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from collections.abc import Callable

MESSAGES = "Messages"
DEFAULTS = "Defaults"  # seeded labels and the names of fixed vocabularies (stages, gates…)

# ``translate(context, text)``: QCoreApplication.translate in the window, the identity here.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated where it is shown.

    Write both as string literals, ``QT_TRANSLATE_NOOP("Messages", "…")``: lupdate does not
    resolve a name such as :data:`MESSAGES` and silently skips the call.
    """
    return text


def untranslated(_context: str, text: str) -> str:
    """The :data:`Translate` that keeps the English."""
    return text


class Label(str):
    """A value of a message that is itself a marked English label (a field's name), so it is
    translated with the message; plain values (what the user typed) never are."""

    __slots__ = ()


def render(template: str, values: dict[str, object], translate: Translate = untranslated) -> str:
    """``template`` looked up in ``Messages`` and filled with ``values``; a :class:`Label` value
    is looked up in ``Messages`` too, and a :class:`Message` or :class:`DomainError` value is
    rendered the same way. With the default ``translate`` this is the English sentence."""
    shown = {name: _shown(value, translate) for name, value in values.items()}
    text = translate(MESSAGES, template)
    return text.format(**shown) if values else text


def _shown(value: object, translate: Translate) -> object:
    if isinstance(value, Label):
        return translate(MESSAGES, value)
    if isinstance(value, Message | DomainError):
        return value.translated(translate)
    return value


class Message(str):
    """An English sentence (it *is* that ``str``) that keeps its marked ``template`` and
    ``values``, so the window can show it translated: ``message.translated(translate)``.

    Undo labels, import warnings and the reasons a row or a value was left out are these.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Message:
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.values = values
        return text

    @classmethod
    def of(cls, error: DomainError) -> Message:
        """The error's sentence, keeping its template and values."""
        return cls(error.template, **error.values)

    def translated(self, translate: Translate = untranslated) -> str:
        """The sentence in the language of ``translate``."""
        return render(self.template, self.values, translate)


class DomainError(Exception):
    """A request the program refuses; ``str(error)`` is the English sentence.

    ``template`` is the untranslated message with ``{name}`` fields and ``values`` fills them.
    A value that is itself a marked label (a field name, a stage) is translated too.
    """

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values) if values else template)

    def translated(self, translate: Translate = untranslated) -> str:
        """The sentence in the language of ``translate`` (``str(error)`` is the English)."""
        return render(self.template, self.values, translate)


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


class ConflictError(DomainError):
    """A change made on a stale copy: someone else changed the record since it was read, so
    nothing was written. The sentence names who and when; ``version`` is the record's now."""

    def __init__(self, template: str, /, version: int | None = None, **values: object) -> None:
        super().__init__(template, **values)
        self.version = version


class StorageError(DomainError):
    """The database file cannot be used as asked (refused, busy, full, damaged); the sentence
    says why, and what was left as it was."""


class DatabaseRefusedError(StorageError):
    """A file CRM Desk will not open (another program's, a newer version's, damaged, a folder,
    read-only…); nothing was written to it."""


class DatabaseBusyError(StorageError):
    """Another program kept the file busy longer than CRM Desk waits; nothing was changed."""


class AmountTooLargeError(ValidationError):
    """An amount, or a total it would make, is above what CRM Desk adds up exactly."""
