"""``crmdesk agenda``: overdue, today and the days ahead, as text, JSON or a calendar file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from crmdesk.app import Workspace
from crmdesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    add_db_option,
    database_name,
    run_with_workspace,
)
from crmdesk.domain.agenda import DEFAULT_DAYS, AgendaItem, Section
from crmdesk.domain.errors import QT_TRANSLATE_NOOP
from crmdesk.gui.language import translate
from crmdesk.services import local_zone
from crmdesk.services.agenda import write_calendar

_HEADINGS = {
    Section.OVERDUE: QT_TRANSLATE_NOOP("Today", "Overdue"),
    Section.TODAY: QT_TRANSLATE_NOOP("Today", "Today"),
    Section.UPCOMING: QT_TRANSLATE_NOOP("Today", "Upcoming"),
}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``agenda``."""
    agenda = commands.add_parser(
        "agenda", help=translate("CLI", "overdue follow-ups, today's and the days ahead")
    )
    add_db_option(agenda)
    agenda.add_argument(
        "--days",
        type=int,
        default=DEFAULT_DAYS,
        metavar="N",
        help=translate("CLI", "how many days after today to show (default 7)"),
    )
    shown = agenda.add_mutually_exclusive_group()
    shown.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of a list")
    )
    shown.add_argument(
        "--ics", metavar="FILE", help=translate("CLI", "write the agenda to a calendar file")
    )
    agenda.set_defaults(handler=agenda_command)


def item_json(item: AgendaItem) -> dict[str, Any]:
    """One follow-up as the JSON of ``agenda --json``: its due time local, with its offset."""
    return {
        "activity_id": item.activity_id,
        "deal_id": item.deal_id,
        "kind": item.kind.value,
        "subject": item.subject,
        "due_at": item.due_at.astimezone(local_zone.local_zone()).isoformat(),
    }


def _line(item: AgendaItem) -> str:
    due = item.due_at.astimezone(local_zone.local_zone()).strftime("%Y-%m-%d %H:%M")
    kind = translate("Defaults", item.kind.label)
    parties = " · ".join(p for p in (item.organization, item.contact) if p)
    deal = f"{item.deal_title} ({parties})" if parties else item.deal_title
    return f"  {item.activity_id:>7}  {due}  {kind:<14} {item.subject} — {deal}"


def agenda_command(args: argparse.Namespace) -> int:
    """Print the agenda, or write it as .ics."""

    def run(ws: Workspace) -> int:
        agenda = ws.services.agenda.agenda(args.days)
        if args.ics:
            path = Path(args.ics)
            data = ws.services.agenda.calendar(
                args.days, name=f"CRM Desk — {database_name(args, short=True)}", translate=translate
            )
            try:
                write_calendar(path, data)
            except OSError as exc:
                message = translate("CLI", "crmdesk: cannot write {path}: {reason}")
                print(message.format(path=path, reason=exc.strerror or exc), file=sys.stderr)
                return EXIT_REFUSED
            wrote = translate("CLI", "Wrote {count} follow-up(s) to {path}.")
            print(wrote.format(count=len(agenda.items()), path=path))
            return EXIT_OK
        if args.json:
            data = {s.value: [item_json(i) for i in agenda.section(s)] for s in Section}
            json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return EXIT_OK
        for section in Section:
            items = agenda.section(section)
            heading = translate("Today", _HEADINGS[section])
            print(f"{heading} ({len(items)})")
            for item in items:
                print(_line(item))
        return EXIT_OK

    return run_with_workspace(args, run)
