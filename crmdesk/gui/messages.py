"""The program's refusals and reports in the interface language."""

from __future__ import annotations

from crmdesk.domain.errors import MESSAGES, DomainError, Label
from crmdesk.gui.language import translate


def translated(template: str, values: dict[str, object] | None = None) -> str:
    """A marked message template in the interface language, filled in."""
    text = translate(MESSAGES, template)
    if not values:
        return text
    shown = {
        key: translate(MESSAGES, value) if isinstance(value, Label) else value
        for key, value in values.items()
    }
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: say it in English
        return template.format(**values)


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error``: its sentence, translated when it is ours."""
    if isinstance(error, DomainError) and hasattr(error, "template"):
        return translated(error.template, error.values)
    return str(error)


def label_text(label: str) -> str:
    """A label the program seeded (a criterion, a rule, a reason) in the interface language;
    one the user wrote is shown as written."""
    return translate("Defaults", label)
