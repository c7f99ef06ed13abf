"""``crmdesk deals list`` and ``crmdesk deals move``."""

from __future__ import annotations

import argparse
import json
import sys

from crmdesk.app import Workspace
from crmdesk.cli import deal_add, deal_edit, deal_show
from crmdesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Parser,
    add_db_option,
    positive_count,
    record_id,
    run_with_workspace,
)
from crmdesk.cli.formatting import card_json, card_line
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.entities import CardRow
from crmdesk.domain.enums import BoardSort, Stage
from crmdesk.domain.errors import GateRefusedError
from crmdesk.domain.names import label
from crmdesk.domain.text import printable
from crmdesk.gui.language import translate
from crmdesk.gui.messages import error_text
from crmdesk.services import AnswerInput

PAGE = 1000


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add the ``deals`` command and its sub-commands."""
    deals = commands.add_parser("deals", help=translate("CLI", "list and move deals"))
    add_db_option(deals)
    sub = deals.add_subparsers(
        dest="deals_command", required=True, metavar="{list,add,move,show,archive,restore}"
    )

    listing = sub.add_parser(
        "list", help=translate("CLI", "list deals, optionally of one stage or matching a search")
    )
    add_db_option(listing)
    listing.add_argument("--stage", choices=[s.value for s in Stage])
    listing.add_argument(
        "--search", default="", help=translate("CLI", "text to look for (case and accents ignored)")
    )
    listing.add_argument(
        "--sort", choices=[s.value for s in BoardSort], default=BoardSort.MANUAL.value
    )
    listing.add_argument(
        "--limit",
        type=positive_count,
        default=None,
        help=translate("CLI", "at most this many deals per stage"),
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of a table")
    )
    listing.add_argument(
        "--archived",
        action="store_true",
        help=translate("CLI", "list the archived deals (of any stage) instead"),
    )
    listing.set_defaults(handler=list_deals)
    deal_add.register(sub)

    move = sub.add_parser(
        "move", help=translate("CLI", "move a deal to another stage, through its gates")
    )
    add_db_option(move)
    move.add_argument("id", type=record_id, help=translate("CLI", "the deal's number"))
    move.add_argument("stage", choices=[s.value for s in Stage])
    move.add_argument(
        "--criteria-met",
        default="",
        metavar="KEY,...",
        help=translate("CLI", "qualification criteria met, by key (comma-separated)"),
    )
    move.add_argument(
        "--override-reason", help=translate("CLI", "why the move passes a gate with criteria unmet")
    )
    move.add_argument(
        "--note", help=translate("CLI", "reason for a backward move (disqualifying or reopening)")
    )
    move.add_argument(
        "--lost-reason", help=translate("CLI", "lost reason key, when moving to lost")
    )
    move.add_argument(
        "--lost-note", help=translate("CLI", "note for the lost reason (needed for 'other')")
    )
    move.set_defaults(handler=move_deal)
    deal_show.register(sub)
    deal_edit.register(sub)


def _cards(ws: Workspace, args: argparse.Namespace) -> list[CardRow]:
    stages = [Stage(args.stage)] if args.stage else list(Stage)
    f = BoardFilter(search=args.search)
    cards: list[CardRow] = []
    for stage in stages:
        offset = 0
        wanted = args.limit
        while wanted is None or offset < wanted:
            size = PAGE if wanted is None else min(PAGE, wanted - offset)
            page = ws.services.board.column(stage, f, BoardSort(args.sort), offset, size)
            cards.extend(page)
            offset += len(page)
            if len(page) < size:
                break
    return cards


def list_deals(args: argparse.Namespace) -> int:
    """Print the deals as a table or as JSON."""
    if args.archived:
        return deal_add.list_archived(args)

    def run(ws: Workspace) -> int:
        cards = _cards(ws, args)
        if args.json:
            json.dump([card_json(c) for c in cards], sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for card in cards:
                print(card_line(card))
            print(translate("CLI", "{count} deal(s)").format(count=len(cards)))
        return EXIT_OK

    return run_with_workspace(args, run)


def move_deal(args: argparse.Namespace) -> int:
    """Move one deal; a refused gate exits non-zero naming the unmet criteria."""
    keys = [k.strip() for k in args.criteria_met.split(",") if k.strip()]

    def run(ws: Workspace) -> int:
        try:
            [deal] = ws.services.pipeline.move(
                [args.id],
                args.stage,
                answers={k: AnswerInput(True) for k in keys},
                override_reason=args.override_reason,
                note=args.note,
                lost_reason=args.lost_reason,
                lost_note=args.lost_note,
            )
        except GateRefusedError as exc:
            print(f"crmdesk: {error_text(exc)}", file=sys.stderr)
            unmet = translate("CLI", "Unmet required criteria (keys): {keys}")
            print(unmet.format(keys=",".join(exc.unmet)), file=sys.stderr)
            return EXIT_REFUSED
        moved = translate("CLI", "Moved deal {id} “{title}” to {stage}.")
        stage = translate("Defaults", label(deal.stage))
        print(moved.format(id=deal.id, title=printable(deal.title), stage=stage))
        return EXIT_OK

    return run_with_workspace(args, run)
