"""People and companies: search keys, labels of emails and phones, what a list asks for."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from crmdesk.domain.errors import QT_TRANSLATE_NOOP
from crmdesk.domain.text import fold

# The labels an email or a phone number carries (stored as keys, shown translated).
EMAIL_LABELS: dict[str, str] = {
    "work": QT_TRANSLATE_NOOP("Defaults", "Work"),
    "personal": QT_TRANSLATE_NOOP("Defaults", "Personal"),
    "other": QT_TRANSLATE_NOOP("Defaults", "Other"),
}
PHONE_LABELS: dict[str, str] = {
    "mobile": QT_TRANSLATE_NOOP("Defaults", "Mobile"),
    "work": QT_TRANSLATE_NOOP("Defaults", "Work"),
    "home": QT_TRANSLATE_NOOP("Defaults", "Home"),
    "other": QT_TRANSLATE_NOOP("Defaults", "Other"),
}

_NOT_DIGIT = re.compile(r"\D")


def search_key(*parts: str | None) -> str:
    """The folded words a list searches, each after a space, so ``LIKE '% term%'`` matches
    the start of any word (portable SQL, no full-text engine needed)."""
    words = [w for part in parts for w in fold(part).split() if w != "|"]
    return " " + " ".join(words) if words else ""


def phone_digits(phone: str | None) -> str:
    """A phone number's digits only: ``+84 903-111 222`` and ``84903111222`` are the same."""
    return _NOT_DIGIT.sub("", phone or "")


def search_words(text: str) -> list[str]:
    """The folded words of a search, each of which must start a word of the key."""
    return fold(text).split()


def like_word_start(word: str) -> str:
    """A ``LIKE`` pattern (escape ``/``) matching ``word`` at the start of a word of a key."""
    escaped = word.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"% {escaped}%"


class PeopleSort(StrEnum):
    """Orders of the Contacts and Organizations lists."""

    NAME = "name"
    ORGANIZATION = "organization"
    CREATED = "created"
    OPEN_DEALS = "open_deals"


@dataclass(frozen=True, slots=True)
class PeopleFilter:
    """What the Contacts or Organizations list shows; an empty filter shows every live one."""

    search: str = ""
    organization_id: int | None = None
    decision_role: str | None = None
    industry: str | None = None
    region: str | None = None
    has_open_deals: bool = False
    archived: bool = False  # the archived ones instead of the live ones

    def words(self) -> list[str]:
        """The folded words of the search."""
        return search_words(self.search)


def labelled(values: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(label, value) pairs with empty values dropped and unknown labels made 'other'."""
    return [(label or "other", value) for label, value in values if value]
