"""The program's refusals, undo labels and reports in the interface language."""

from __future__ import annotations

from crmdesk.domain.errors import DEFAULTS
from crmdesk.gui.language import translate


def error_text(error: object) -> str:
    """What to tell the user about ``error`` (or a services' Message: an undo label, a
    warning): its sentence, translated when it carries its template; else as it is."""
    translated = getattr(error, "translated", None)
    if callable(translated):
        try:
            return str(translated(translate))
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            pass
    return str(error)


message_text = error_text  # the same lookup, named for what the window shows with it


def label_text(label: str) -> str:
    """A label the program seeded (a criterion, a rule, a reason, a stage) in the interface
    language; one the user wrote is shown as written."""
    return translate(DEFAULTS, label)
