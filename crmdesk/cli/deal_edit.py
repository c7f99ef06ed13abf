"""``crmdesk deals edit ID [--title T] [--value AMOUNT] [--expected-close DATE] [--if-version N]``.

With ``--if-version`` the change is made only if the deal is still at that version (what a
script read with ``deals show --json``); otherwise it is refused, nothing is written, and one line
says who changed the deal and when.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from crmdesk.app import Workspace
from crmdesk.cli.common import (
    EXIT_OK,
    Parser,
    add_db_option,
    positive_count,
    record_id,
    run_with_workspace,
)
from crmdesk.cli.deal_show import details_json
from crmdesk.cli.formatting import money_text
from crmdesk.domain.money import parse_amount
from crmdesk.domain.text import printable
from crmdesk.gui.language import translate


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    """Add ``deals edit``."""
    edit = sub.add_parser(
        "edit", help=translate("CLI", "change a deal's title, value or expected close")
    )
    add_db_option(edit)
    edit.add_argument("id", type=record_id, help=translate("CLI", "the deal's number"))
    edit.add_argument("--title", help=translate("CLI", "the deal's new title"))
    edit.add_argument("--value", metavar="AMOUNT", help=translate("CLI", "the new expected value"))
    edit.add_argument(
        "--expected-close",
        metavar="DATE",
        help=translate("CLI", "the expected close date (YYYY-MM-DD)"),
    )
    edit.add_argument(
        "--if-version",
        type=positive_count,
        metavar="N",
        help=translate(
            "CLI", "change it only if the deal is still at version N (see deals show --json)"
        ),
    )
    edit.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of text")
    )
    edit.set_defaults(handler=edit_deal)


def edit_deal(args: argparse.Namespace) -> int:
    """Change the fields given; a deal changed since ``--if-version`` is refused in one line."""

    def run(ws: Workspace) -> int:
        services = ws.services
        fields: dict[str, Any] = {}
        if args.title is not None:
            fields["title"] = args.title
        if args.value is not None:
            fields["value_minor"] = parse_amount(args.value, services.deals.get(args.id).currency)
        if args.expected_close is not None:
            fields["expected_close"] = args.expected_close
        deal = services.deals.update(args.id, if_version=args.if_version, **fields)
        if args.json:
            details = details_json(services.deals.details(deal.id))
            json.dump(details, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            text = translate("CLI", "Saved deal {id} “{title}” ({value}), now version {version}.")
            print(
                text.format(
                    id=deal.id,
                    title=printable(deal.title),
                    value=money_text(deal.value_minor, deal.currency),
                    version=deal.version,
                )
            )
        return EXIT_OK

    return run_with_workspace(args, run)
