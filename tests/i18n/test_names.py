"""Every member of every fixed vocabulary has its name, in English and in Vietnamese, from the
one table of names (crmdesk.domain.names)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

import pytest

from crmdesk.domain import enums
from crmdesk.domain.agenda import Section
from crmdesk.domain.names import LABELS, PHRASES, label, phrase
from crmdesk.gui.language import install_language
from crmdesk.gui.names import in_sentence, name

CATALOGUE = Path(__file__).resolve().parents[2] / "crmdesk" / "i18n" / "crmdesk_vi.ts"


def _finished() -> dict[tuple[str, str], str]:
    """(context, English) → the finished Vietnamese of the shipped catalogue."""
    found = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        where = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[(where, message.findtext("source", ""))] = translation.text
    return found


def test_every_vocabulary_of_the_domain_is_in_the_table_whole() -> None:
    vocabularies = {
        value
        for value in vars(enums).values()
        if isinstance(value, type)
        and issubclass(value, StrEnum)
        and value.__module__ == enums.__name__
    } | {Section}
    assert vocabularies == set(LABELS)
    for table in (LABELS, PHRASES):
        for enum, names in table.items():
            assert set(names) == set(enum), enum.__name__


@pytest.mark.parametrize("enum", list(LABELS), ids=lambda enum: enum.__name__)
def test_every_member_has_a_name_in_english_and_in_vietnamese(
    enum: type[StrEnum], restore_language: None
) -> None:
    finished = _finished()
    forms = [(name, "Defaults", label)]
    if enum in PHRASES:
        forms.append((in_sentence, "Messages", phrase))
    for shown, context, english in forms:
        install_language("en")
        assert [shown(m) for m in enum] == [english(m) for m in enum]
        assert all(english(m).strip() for m in enum)
        missing = [english(m) for m in enum if (context, english(m)) not in finished]
        assert not missing, f"no finished Vietnamese in {context} for {missing}"
        install_language("vi")
        assert [shown(m) for m in enum] == [finished[(context, english(m))] for m in enum]
