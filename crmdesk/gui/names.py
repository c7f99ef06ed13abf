"""The names of the fixed vocabularies (``crmdesk.domain.names``) in the interface language."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.names import label, phrase


def name(member: StrEnum) -> str:
    """The member's name on its own: a heading, a cell, a choice."""
    return QCoreApplication.translate("Defaults", label(member))


def in_sentence(member: StrEnum) -> str:
    """The member's name as it reads inside a sentence (lower case where English says so)."""
    return QCoreApplication.translate("Messages", phrase(member))
