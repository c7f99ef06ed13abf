"""``crmdesk contacts list|show|merge`` and ``crmdesk organizations list|show``."""

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
from crmdesk.cli.formatting import jsonable, money_text
from crmdesk.domain.people import PeopleFilter
from crmdesk.domain.people_rows import PartyDetails
from crmdesk.domain.text import printable
from crmdesk.gui.language import translate

PAGE = 1000


def _list_options(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    parser.add_argument(
        "--search",
        default="",
        help=translate("CLI", "words to look for, each starting a word (case and accents ignored)"),
    )
    parser.add_argument(
        "--limit", type=positive_count, default=None, help=translate("CLI", "at most this many")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of a table")
    )


def _show_options(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    parser.add_argument("id", type=record_id, help=translate("CLI", "the record's number"))
    parser.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of text")
    )


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add the ``contacts`` and ``organizations`` commands."""
    contacts = commands.add_parser(
        "contacts", help=translate("CLI", "list, show and merge contacts")
    )
    add_db_option(contacts)
    sub = contacts.add_subparsers(
        dest="contacts_command", required=True, metavar="{list,show,merge}"
    )
    listing = sub.add_parser(
        "list", help=translate("CLI", "list contacts, optionally matching a search")
    )
    _list_options(listing)
    listing.set_defaults(handler=list_contacts)
    show = sub.add_parser("show", help=translate("CLI", "one contact whole: emails, phones, deals"))
    _show_options(show)
    show.set_defaults(handler=show_contact)
    merge = sub.add_parser(
        "merge", help=translate("CLI", "merge the second contact into the first (undoable)")
    )
    add_db_option(merge)
    merge.add_argument("keep", type=record_id, help=translate("CLI", "the contact kept"))
    merge.add_argument("other", type=record_id, help=translate("CLI", "the contact merged into it"))
    merge.set_defaults(handler=merge_contacts)

    orgs = commands.add_parser(
        "organizations", help=translate("CLI", "list and show organizations")
    )
    add_db_option(orgs)
    sub = orgs.add_subparsers(dest="organizations_command", required=True, metavar="{list,show}")
    listing = sub.add_parser(
        "list", help=translate("CLI", "list organizations, optionally matching a search")
    )
    _list_options(listing)
    listing.set_defaults(handler=list_organizations)
    show = sub.add_parser("show", help=translate("CLI", "one organization whole: people, deals"))
    _show_options(show)
    show.set_defaults(handler=show_organization)


def _pages(fetch: Any, args: argparse.Namespace) -> list[Any]:
    rows: list[Any] = []
    f = PeopleFilter(search=args.search)
    while args.limit is None or len(rows) < args.limit:
        size = PAGE if args.limit is None else min(PAGE, args.limit - len(rows))
        page = fetch(f, offset=len(rows), limit=size)
        rows.extend(page)
        if len(page) < size:
            break
    return rows


def _print_rows(args: argparse.Namespace, rows: list[Any], line: Any, total: str) -> None:
    if args.json:
        json.dump(jsonable(rows), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    for row in rows:
        print(line(row))
    print(total.format(count=len(rows)))


def list_contacts(args: argparse.Namespace) -> int:
    """Print contacts as a table or as JSON."""

    def run(ws: Workspace) -> int:
        rows = _pages(ws.services.people.contacts, args)
        _print_rows(
            args,
            rows,
            lambda r: (
                f"{r.id:>7}  {printable(r.full_name)}  ·  {printable(r.organization or '')}"
                f"  ·  {printable(r.email or '')}  ·  {printable(r.phone or '')}"
            ),
            translate("CLI", "{count} contact(s)"),
        )
        return EXIT_OK

    return run_with_workspace(args, run)


def list_organizations(args: argparse.Namespace) -> int:
    """Print organizations as a table or as JSON."""

    def run(ws: Workspace) -> int:
        rows = _pages(ws.services.people.organizations, args)
        _print_rows(
            args,
            rows,
            lambda r: (
                f"{r.id:>7}  {printable(r.name)}  ·  {printable(r.industry or '')}"
                f"  ·  {printable(r.region or '')}  ·  {printable(r.tax_code or '')}"
            ),
            translate("CLI", "{count} organization(s)"),
        )
        return EXIT_OK

    return run_with_workspace(args, run)


def details_json(d: PartyDetails) -> dict[str, Any]:
    """A contact's or an organization's details as ``show --json`` prints them."""
    data: dict[str, Any] = {}
    if d.contact is not None:
        data = {**jsonable(d.contact), "organization": jsonable(d.organization)}
    elif d.organization is not None:
        data = {**jsonable(d.organization), "people": jsonable(d.people)}
    return {
        **data,
        "deals": jsonable(d.deals),
        "quotes": [{**jsonable(q), "deal_title": t} for q, t in d.quotes],
        "activities": [{**jsonable(e.activity), "deal_title": e.deal_title} for e in d.timeline],
    }


def _print_details(d: PartyDetails) -> None:
    fields: list[tuple[str, Any]] = []
    if d.contact is not None:
        c = d.contact
        fields = [
            (translate("CLI", "Contact"), f"{c.id} {c.full_name}"),
            (translate("CLI", "Organization"), d.organization.name if d.organization else ""),
            (translate("CLI", "Job title"), c.job_title),
            (translate("CLI", "Decision role"), c.decision_role.value),
            *((translate("CLI", "Email"), f"{e.value} ({e.label})") for e in c.emails),
            *((translate("CLI", "Phone"), f"{p.value} ({p.label})") for p in c.phones),
            (translate("CLI", "Address"), c.address),
            (translate("CLI", "Notes"), c.notes),
        ]
    elif d.organization is not None:
        o = d.organization
        fields = [
            (translate("CLI", "Organization"), f"{o.id} {o.name}"),
            (translate("CLI", "Tax code"), o.tax_code),
            (translate("CLI", "Industry"), o.industry),
            (translate("CLI", "Size"), o.size),
            (translate("CLI", "Region"), o.region),
            (translate("CLI", "Address"), o.address),
            (translate("CLI", "Website"), o.website),
            (translate("CLI", "Phone"), o.phone),
            (translate("CLI", "Email"), o.email),
            *((translate("CLI", "Contact"), f"{p.id} {p.full_name}") for p in d.people),
        ]
    for name, value in fields:
        if value not in (None, ""):
            print(f"{name}: {printable(str(value))}")
    for deal in d.deals:
        value = money_text(deal.value_minor, deal.currency)
        print(f"  #{deal.id} [{deal.stage.value}] {value}  {printable(deal.title)}")
    print(
        translate("CLI", "{deals} deal(s), {quotes} quote(s), {activities} activity(ies)").format(
            deals=len(d.deals), quotes=len(d.quotes), activities=len(d.timeline)
        )
    )


def _show(args: argparse.Namespace, details: Any) -> int:
    def run(ws: Workspace) -> int:
        d = details(ws)(args.id)
        if args.json:
            json.dump(details_json(d), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            _print_details(d)
        return EXIT_OK

    return run_with_workspace(args, run)


def show_contact(args: argparse.Namespace) -> int:
    """Print one contact whole."""
    return _show(args, lambda ws: ws.services.people.contact_details)


def show_organization(args: argparse.Namespace) -> int:
    """Print one organization whole."""
    return _show(args, lambda ws: ws.services.people.organization_details)


def merge_contacts(args: argparse.Namespace) -> int:
    """Merge one contact into another."""

    def run(ws: Workspace) -> int:
        moved = ws.services.duplicates.merge_contacts(args.keep, args.other)
        text = translate(
            "CLI",
            "Merged contact {other} into {keep}: {deals} deal(s) moved with their quotes and"
            " activities.",
        )
        print(text.format(other=args.other, keep=args.keep, deals=moved.deals))
        return EXIT_OK

    return run_with_workspace(args, run)
