"""What an import did (or, for a dry run, would do), as a person reads and saves it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from crmdesk.db.bulk import Ref
from crmdesk.domain.errors import (
    DEFAULTS,
    MESSAGES,
    QT_TRANSLATE_NOOP,
    DomainError,
    Message,
    Translate,
    untranslated,
)


class ImportCancelled(DomainError):
    """The user stopped the import; nothing was written."""


def stop_if(cancelled: Callable[[], bool] | None) -> None:
    """Raise :class:`ImportCancelled` when the user has asked to stop."""
    if cancelled is not None and cancelled():
        raise ImportCancelled(
            QT_TRANSLATE_NOOP("Messages", "The import was cancelled; nothing was written.")
        )


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row left out (or a value left out of a row), and why."""

    line: int
    # The English sentence; a Message (its marked template and values) when the import made it.
    reason: str
    kind: str = ""  # for a value left out: "email", "phone", "amount", "date", "size", "text"


def _shown(text: str, translate: Translate) -> str:
    """A reason or a warning in the language of ``translate``."""
    return text.translated(translate) if isinstance(text, Message) else text


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    file: str
    preset: str
    rows: int = 0
    deals: int = 0
    organizations: int = 0
    contacts: int = 0
    merged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    left_out: list[Skipped] = field(default_factory=list)  # a bad value; the row came in
    matched: list[Skipped] = field(default_factory=list)  # rows that are existing records
    updated: list[Skipped] = field(default_factory=list)  # deals already there, updated
    unknown_stages: set[str] = field(default_factory=set, repr=False)  # refuse the file
    warnings: list[str] = field(default_factory=list)  # Messages
    dry_run: bool = False
    # The deals made, in file order: their ids once written (``deal_refs`` while they are not).
    deal_refs: list[Ref] = field(default_factory=list, repr=False)

    @property
    def deal_ids(self) -> list[int]:
        """The ids of the deals the import made (none for a dry run)."""
        return [r.id for r in self.deal_refs if r.id is not None]

    def text(self, translate: Translate = untranslated) -> str:
        """The report as a person reads (and saves) it: English, or in the language of
        ``translate(context, text)`` (QCoreApplication.translate in the window)."""

        def say(template: str, **values: object) -> str:
            return translate(MESSAGES, template).format(**values)

        def counted(count: int, one: str, many: str) -> str:
            return say(one if count == 1 else many, count=count)

        def rows(count: int) -> str:
            return counted(
                count,
                QT_TRANSLATE_NOOP("Messages", "{count:,} row"),
                QT_TRANSLATE_NOOP("Messages", "{count:,} rows"),
            )

        deals = counted(
            self.deals,
            QT_TRANSLATE_NOOP("Messages", "{count:,} deal"),
            QT_TRANSLATE_NOOP("Messages", "{count:,} deals"),
        )
        organizations = counted(
            self.organizations,
            QT_TRANSLATE_NOOP("Messages", "{count:,} new organization"),
            QT_TRANSLATE_NOOP("Messages", "{count:,} new organizations"),
        )
        contacts = counted(
            self.contacts,
            QT_TRANSLATE_NOOP("Messages", "{count:,} new contact"),
            QT_TRANSLATE_NOOP("Messages", "{count:,} new contacts"),
        )
        if self.dry_run:
            done = QT_TRANSLATE_NOOP(
                "Messages",
                "Would import {deals}, {organizations} and {contacts}; {merged} merged into existing records; {skipped} skipped; {updated} updated.",  # noqa: E501
            )
        else:
            done = QT_TRANSLATE_NOOP(
                "Messages",
                "Imported {deals}, {organizations} and {contacts}; {merged} merged into existing records; {skipped} skipped; {updated} updated.",  # noqa: E501
            )
        lines = [
            say(
                QT_TRANSLATE_NOOP("Messages", "{file} ({preset}): {rows} read."),
                file=self.file,
                preset=translate(DEFAULTS, self.preset),
                rows=rows(self.rows),
            ),
            say(
                done,
                deals=deals,
                organizations=organizations,
                contacts=contacts,
                merged=rows(self.merged),
                skipped=rows(len(self.skipped)),
                updated=rows(len(self.updated)),
            ),
        ]
        lines += [
            say(QT_TRANSLATE_NOOP("Messages", "Note: {note}"), note=_shown(w, translate))
            for w in self.warnings
        ]

        def per_row(template: str, entries: list[Skipped]) -> list[str]:
            return [say(template, line=e.line, reason=_shown(e.reason, translate)) for e in entries]

        lines += per_row(QT_TRANSLATE_NOOP("Messages", "Row {line}: {reason}"), self.skipped)
        lines += per_row(
            QT_TRANSLATE_NOOP("Messages", "Row {line}: {reason} The row came in without it."),
            self.left_out,
        )
        lines += per_row(
            QT_TRANSLATE_NOOP("Messages", "Row {line} is merged: {reason}"), self.matched
        )
        lines += per_row(QT_TRANSLATE_NOOP("Messages", "Row {line}: {reason}"), self.updated)
        return "\n".join(lines)
