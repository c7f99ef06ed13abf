"""``crmdesk check`` and ``crmdesk demo``."""

from __future__ import annotations

import argparse
import sys

from crmdesk.app import Workspace
from crmdesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    add_db_option,
    database_path,
    run_with_workspace,
)
from crmdesk.db.check import check_database


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``check`` and ``demo``."""
    check = commands.add_parser("check", help="integrity and foreign-key check of the file")
    add_db_option(check)
    check.set_defaults(handler=check_file)

    demo = commands.add_parser(
        "demo",
        help="fill an empty database with realistic demo data (default: the sample database)",
    )
    add_db_option(demo)
    demo.add_argument("--deals", type=int, default=300, help="how many deals (default 300)")
    demo.add_argument("--seed", type=int, default=1, help="random seed, for repeatable data")
    demo.set_defaults(handler=make_demo, demo_default_sample=True)


def check_file(args: argparse.Namespace) -> int:
    """Report whether the file is sound."""

    def run(ws: Workspace) -> int:
        report = check_database(ws.engine)
        print(f"Database: {database_path(args)}")
        print(f"Integrity: {', '.join(report.integrity)}")
        print(f"Foreign keys: {'ok' if not report.foreign_keys else ''}")
        for problem in report.foreign_keys[:20]:
            print(f"  {problem}")
        print(f"Schema revision: {report.revision} (this version expects {report.head})")
        if report.sound:
            print("The database is sound.")
            return EXIT_OK
        print("The database has problems (see above).", file=sys.stderr)
        return EXIT_REFUSED

    return run_with_workspace(args, run)


def make_demo(args: argparse.Namespace) -> int:
    """Generate demo deals into an empty database."""
    from crmdesk.services.demo import generate_demo

    if not args.db:
        args.sample = True

    def run(ws: Workspace) -> int:
        def progress(done: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done:,} / {args.deals:,} deals", end="", file=sys.stderr, flush=True)

        summary = generate_demo(
            ws.services.context.session_factory,
            args.deals,
            args.seed,
            ws.services.context.clock(),
            progress,
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(
            f"Created {summary.deals:,} deals, {summary.organizations:,} organizations, "
            f"{summary.contacts:,} contacts, {summary.activities:,} activities and "
            f"{summary.quotes:,} quotes in {database_path(args)}."
        )
        return EXIT_OK

    return run_with_workspace(args, run)
