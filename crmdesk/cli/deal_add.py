"""``crmdesk deals add``, ``deals archive``, ``deals restore`` and ``deals list --archived``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from crmdesk.app import Workspace
from crmdesk.cli.common import EXIT_OK, Parser, add_db_option, record_id, run_with_workspace
from crmdesk.cli.deal_show import details_json
from crmdesk.cli.formatting import jsonable, money_text
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.deal_list import Archived, DealListFilter
from crmdesk.domain.enums import Stage
from crmdesk.domain.money import check_currency, parse_amount
from crmdesk.domain.people import PeopleFilter
from crmdesk.domain.text import fold, printable
from crmdesk.gui.language import translate
from crmdesk.services import Services

PAGE = 1000


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    """Add ``deals add``, ``deals archive`` and ``deals restore``."""
    add = sub.add_parser(
        "add", help=translate("CLI", "add a lead, with its organization and contact")
    )
    add_db_option(add)
    add.add_argument("--title", required=True, help=translate("CLI", "the deal's title"))
    add.add_argument(
        "--organization", help=translate("CLI", "the organization's name (found or created)")
    )
    add.add_argument("--contact", help=translate("CLI", "the contact's name (found or created)"))
    add.add_argument("--email", help=translate("CLI", "the new contact's email"))
    add.add_argument("--phone", help=translate("CLI", "the new contact's phone"))
    add.add_argument("--value", default="0", help=translate("CLI", "the expected value"))
    add.add_argument("--currency", default=None, help=translate("CLI", "ISO 4217 code, e.g. VND"))
    add.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of text")
    )
    add.set_defaults(handler=add_deal)
    for name, help_text, handler in (
        ("archive", translate("CLI", "archive a deal (undoable)"), archive_deal),
        ("restore", translate("CLI", "bring an archived deal back to the board"), restore_deal),
    ):
        parser = sub.add_parser(name, help=help_text)
        add_db_option(parser)
        parser.add_argument("id", type=record_id, help=translate("CLI", "the deal's number"))
        parser.set_defaults(handler=handler)


def _organization(services: Services, name: str | None) -> dict[str, Any]:
    if not name:
        return {}
    for org in services.people.organizations(PeopleFilter(search=name), limit=50):
        if fold(org.name) == fold(name):
            return {"organization_id": org.id}
    return {"new_organization": name}


def _contact(services: Services, name: str | None, org: dict[str, Any]) -> dict[str, Any]:
    if not name or "new_organization" in org:
        return {"new_contact": name} if name else {}
    f = PeopleFilter(search=name, organization_id=org.get("organization_id"))
    for person in services.people.contacts(f, limit=50):
        if fold(person.full_name) == fold(name):
            return {"contact_id": person.id}
    return {"new_contact": name}


def add_deal(args: argparse.Namespace) -> int:
    """Add a lead and print it (with its ``id``)."""

    def run(ws: Workspace) -> int:
        services = ws.services
        currency = check_currency(
            args.currency or services.settings.get("company.currency") or "VND"
        )
        value = parse_amount(args.value, currency)
        org = _organization(services, args.organization)
        person = _contact(services, args.contact, org)
        extra: dict[str, Any] = {}
        if "new_contact" in person:
            extra = {"contact_email": args.email, "contact_phone": args.phone}
        elif args.email or args.phone:
            extra = {}  # an existing contact keeps its own email and phone
        deal = services.deals.create(args.title, value, currency, **org, **person, **extra)
        if args.json:
            json.dump(
                details_json(services.deals.details(deal.id)),
                sys.stdout,
                ensure_ascii=False,
                indent=1,
            )
            sys.stdout.write("\n")
        else:
            text = translate("CLI", "Added deal {id} “{title}” ({value}).")
            print(
                text.format(
                    id=deal.id,
                    title=printable(deal.title),
                    value=money_text(deal.value_minor, deal.currency),
                )
            )
        return EXIT_OK

    return run_with_workspace(args, run)


def archive_deal(args: argparse.Namespace) -> int:
    """Archive one deal."""

    def run(ws: Workspace) -> int:
        ws.services.deals.archive([args.id])
        deal = ws.services.deals.get(args.id)
        text = translate("CLI", "Archived deal {id} “{title}”.")
        print(text.format(id=deal.id, title=printable(deal.title)))
        return EXIT_OK

    return run_with_workspace(args, run)


def restore_deal(args: argparse.Namespace) -> int:
    """Restore one archived deal."""

    def run(ws: Workspace) -> int:
        ws.services.deals.restore([args.id])
        deal = ws.services.deals.get(args.id)
        text = translate("CLI", "Restored deal {id} “{title}”.")
        print(text.format(id=deal.id, title=printable(deal.title)))
        return EXIT_OK

    return run_with_workspace(args, run)


def list_archived(args: argparse.Namespace) -> int:
    """Print the archived deals (of the stage asked, or all) as a table or as JSON."""

    def run(ws: Workspace) -> int:
        stages = frozenset({Stage(args.stage)}) if args.stage else None
        f = DealListFilter(BoardFilter(search=args.search), stages, Archived.ARCHIVED)
        rows: list[Any] = []
        while args.limit is None or len(rows) < args.limit:
            size = PAGE if args.limit is None else min(PAGE, args.limit - len(rows))
            page = ws.services.deal_list.page(f, offset=len(rows), limit=size)
            rows.extend(page)
            if len(page) < size:
                break
        if args.json:
            json.dump(jsonable(rows), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for r in rows:
                value = money_text(r.value_minor, r.currency)
                print(f"{r.id:>7}  {r.stage.value:<11}  {value:>22}  {printable(r.title)}")
            print(translate("CLI", "{count} deal(s)").format(count=len(rows)))
        return EXIT_OK

    return run_with_workspace(args, run)
