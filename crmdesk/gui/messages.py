"""The program's refusals, undo labels and reports in the interface language."""

from __future__ import annotations

from crmdesk.domain.errors import DEFAULTS, Message
from crmdesk.gui.language import translate


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error``: its sentence, translated when it is ours."""
    translated = getattr(error, "translated", None)
    if callable(translated):
        try:
            return str(translated(translate))
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            return str(error)
    return str(error)


def message_text(text: str) -> str:
    """A sentence the services made (an undo label, a warning) in the interface language."""
    if isinstance(text, Message):
        try:
            return text.translated(translate)
        except (KeyError, IndexError, ValueError):
            return str(text)
    return text


def label_text(label: str) -> str:
    """A label the program seeded (a criterion, a rule, a reason, a stage) in the interface
    language; one the user wrote is shown as written."""
    return translate(DEFAULTS, label)
