"""``crmdesk activities add`` and ``crmdesk activities done``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, time

from crmdesk.app import Workspace
from crmdesk.cli.common import EXIT_OK, EXIT_USAGE, Parser, add_db_option, run_with_workspace
from crmdesk.domain.enums import ActivityKind
from crmdesk.domain.errors import QT_TRANSLATE_NOOP
from crmdesk.domain.names import label
from crmdesk.gui.language import translate
from crmdesk.services import local_zone

# A due date without a time of day: nine in the morning, as a plan's touches.
DATE_ONLY_AT = time(9, 0)
BAD_TIME = QT_TRANSLATE_NOOP(
    "CLI",
    "crmdesk: “{text}” is not a date and time; write it like 2026-11-20 14:30 (local time), "
    "2026-11-20 or 2026-11-20T14:30+07:00.",
)


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add the ``activities`` command and its sub-commands."""
    activities = commands.add_parser(
        "activities", help=translate("CLI", "log, schedule and complete activities")
    )
    add_db_option(activities)
    sub = activities.add_subparsers(dest="activities_command", required=True, metavar="{add,done}")
    add = sub.add_parser(
        "add",
        help=translate("CLI", "log an activity or a behaviour signal, or schedule a follow-up"),
    )
    add_db_option(add)
    add.add_argument(
        "deal_id", type=int, metavar="DEAL_ID", help=translate("CLI", "the deal's number")
    )
    add.add_argument(
        "--kind",
        required=True,
        choices=[k.value for k in ActivityKind],
        metavar="KIND",
        help=translate("CLI", "call, email, meeting, note, task or a behaviour signal key")
        + " ("
        + ", ".join(k.value for k in ActivityKind)
        + ")",
    )
    add.add_argument("--subject", default="", metavar="TEXT", help=translate("CLI", "what it is"))
    add.add_argument(
        "--due",
        metavar="DATETIME",
        help=translate("CLI", "schedule it for this local time instead of logging it as done"),
    )
    add.set_defaults(handler=add_activity)
    done = sub.add_parser("done", help=translate("CLI", "mark a scheduled activity done"))
    add_db_option(done)
    done.add_argument("id", type=int, metavar="ID", help=translate("CLI", "the activity's number"))
    done.set_defaults(handler=complete_activity)


def parse_due(text: str) -> datetime:
    """An ISO date and time; without a zone it is local time, without a time it is 9:00."""
    value = text.strip()
    parsed = datetime.fromisoformat(value)
    if len(value) == 10:  # a date alone
        parsed = datetime.combine(parsed.date(), DATE_ONLY_AT)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=local_zone.local_zone())
    return parsed


def _local(moment: datetime) -> str:
    return moment.astimezone(local_zone.local_zone()).strftime("%Y-%m-%d %H:%M")


def add_activity(args: argparse.Namespace) -> int:
    """Log the activity, or schedule it when ``--due`` says when."""
    due = None
    if args.due is not None:
        try:
            due = parse_due(args.due)
        except ValueError:
            print(translate("CLI", BAD_TIME).format(text=args.due), file=sys.stderr)
            return EXIT_USAGE

    def run(ws: Workspace) -> int:
        kind = ActivityKind(args.kind)
        if due is None:
            activity = ws.services.activities.log(args.deal_id, kind, args.subject)
            text = translate("CLI", "Logged activity {id} “{subject}” on deal {deal}.")
            print(text.format(id=activity.id, subject=activity.subject, deal=args.deal_id))
            return EXIT_OK
        subject = args.subject.strip() or translate("Defaults", label(kind))
        activity = ws.services.activities.schedule(args.deal_id, kind, subject, due)
        text = translate("CLI", "Scheduled activity {id} “{subject}” on deal {deal}, due {due}.")
        assert activity.due_at is not None
        print(
            text.format(
                id=activity.id,
                subject=activity.subject,
                deal=args.deal_id,
                due=_local(activity.due_at),
            )
        )
        return EXIT_OK

    return run_with_workspace(args, run)


def complete_activity(args: argparse.Namespace) -> int:
    """Mark the activity done now."""

    def run(ws: Workspace) -> int:
        activity = ws.services.activities.complete(args.id)
        text = translate("CLI", "Marked activity {id} “{subject}” done.")
        print(text.format(id=activity.id, subject=activity.subject))
        return EXIT_OK

    return run_with_workspace(args, run)
