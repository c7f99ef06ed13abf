"""``crmdesk check`` and ``crmdesk demo``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.app import Workspace
from crmdesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Parser,
    add_db_option,
    database_name,
    database_path,
    run_with_workspace,
)
from crmdesk.db.check import check_file as check_file_at
from crmdesk.domain.errors import DomainError
from crmdesk.gui.language import translate
from crmdesk.gui.messages import error_text


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``check`` and ``demo``."""
    check = commands.add_parser(
        "check", help=translate("CLI", "integrity and foreign-key check of the file")
    )
    add_db_option(check)
    check.set_defaults(handler=check_file)

    demo = commands.add_parser(
        "demo",
        help=translate(
            "CLI", "fill an empty database with realistic demo data (default: the sample database)"
        ),
    )
    add_db_option(demo)
    demo.add_argument(
        "--deals", type=int, default=300, help=translate("CLI", "how many deals (default 300)")
    )
    demo.add_argument(
        "--seed", type=int, default=1, help=translate("CLI", "random seed, for repeatable data")
    )
    demo.set_defaults(handler=make_demo, demo_default_sample=True)

    backup = commands.add_parser(
        "backup", help=translate("CLI", "a consistent copy of the file, even while it is in use")
    )
    add_db_option(backup)
    backup.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=translate("CLI", "where to write")
    )
    backup.set_defaults(handler=backup_file)


def check_file(args: argparse.Namespace) -> int:
    """Report whether the file is sound; reads it only (an older file is not migrated)."""
    path = database_path(args)
    try:
        report = check_file_at(path)
    except DomainError as exc:
        print(f"crmdesk: {error_text(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    print(translate("CLI", "Database: {path}").format(path=database_name(args)))
    print(translate("CLI", "Integrity: {result}").format(result=", ".join(report.integrity)))
    keys = "ok" if not report.foreign_keys else ""
    print(translate("CLI", "Foreign keys: {result}").format(result=keys))
    for problem in report.foreign_keys[:20]:
        print(f"  {error_text(problem)}")
    totals = "ok" if not report.totals else ""
    print(translate("CLI", "Kept totals: {result}").format(result=totals))
    for problem in report.totals[:20]:
        print(f"  {error_text(problem)}")
    print(
        translate("CLI", "Schema revision: {revision} (this version expects {head})").format(
            revision=report.revision, head=report.head
        )
    )
    if report.sound and report.upgrade_pending:
        print(translate("CLI", "The file is brought up to date the next time CRM Desk opens it."))
    if report.sound:
        print(translate("CLI", "The database is sound."))
        return EXIT_OK
    print(translate("CLI", "The database has problems (see above)."), file=sys.stderr)
    return EXIT_REFUSED


def make_demo(args: argparse.Namespace) -> int:
    """Generate demo deals into an empty database."""
    from crmdesk.cli.demo_file import build_demo

    if not args.db:
        args.sample = True

    def run(ws: Workspace) -> int:
        def progress(done: int) -> None:
            if sys.stderr.isatty():
                line = translate("CLI", "{done:,} / {total:,} deals").format(
                    done=done, total=args.deals
                )
                print("\r" + line, end="", file=sys.stderr, flush=True)

        summary = build_demo(ws, database_path(args), args.deals, args.seed, progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        created = translate(
            "CLI",
            "Created {deals:,} deals, {organizations:,} organizations, {contacts:,} contacts, {activities:,} activities and {quotes:,} quotes in {path}.",  # noqa: E501
        )
        print(
            created.format(
                deals=summary.deals,
                organizations=summary.organizations,
                contacts=summary.contacts,
                activities=summary.activities,
                quotes=summary.quotes,
                path=database_name(args),
            )
        )
        return EXIT_OK

    return run_with_workspace(args, run)


def backup_file(args: argparse.Namespace) -> int:
    """Copy the database consistently to ``--output``."""

    def run(ws: Workspace) -> int:
        target = ws.services.storage.backup(Path(args.output))
        print(
            translate("CLI", "Backed up {path} to {target}.").format(
                path=database_name(args), target=target
            )
        )
        return EXIT_OK

    return run_with_workspace(args, run)
