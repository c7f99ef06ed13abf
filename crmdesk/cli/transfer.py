"""``crmdesk import`` and ``crmdesk export``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.app import Workspace
from crmdesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    Parser,
    add_db_option,
    run_with_workspace,
    table_file,
)
from crmdesk.domain.enums import Stage
from crmdesk.files import write_atomic
from crmdesk.gui.language import translate
from crmdesk.gui.messages import error_text
from crmdesk.services.exports import WHAT
from crmdesk.services.imports.plan import ImportOptions
from crmdesk.services.imports.presets import PRESETS
from crmdesk.services.imports.values import DATE_ORDERS


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``import`` and ``export``."""
    imp = commands.add_parser(
        "import", help=translate("CLI", "bring in a CSV or .xlsx file (another CRM's export)")
    )
    add_db_option(imp)
    imp.add_argument("file", type=table_file, help=translate("CLI", "the CSV or .xlsx file"))
    imp.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("CLI", "the sheet of an .xlsx (default: the first)"),
    )
    imp.add_argument(
        "--preset",
        choices=[p.name for p in PRESETS],
        help=translate("CLI", "the file's format (recognized from its header row when omitted)"),
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=translate(
            "CLI",
            "read COLUMN as FIELD (e.g. deal.title, org.name; ignore to skip it), once per column",
        ),
    )
    imp.add_argument(
        "--stage",
        action="append",
        default=[],
        metavar="NAME=STAGE",
        help=translate(
            "CLI", "the source's stage NAME is our STAGE (lead, prospect, opportunity, won, lost)"
        ),
    )
    imp.add_argument(
        "--dates", choices=DATE_ORDERS, help=translate("CLI", "day, month and year order of dates")
    )
    imp.add_argument(
        "--duplicates",
        choices=("merge", "skip"),
        default="merge",
        help=translate("CLI", "rows matching an existing contact or organization (default: merge)"),
    )
    imp.add_argument(
        "--existing",
        choices=("skip", "update"),
        default="skip",
        help=translate(
            "CLI",
            "rows that are deals CRM Desk already has (same record id, or same title, organization and value): skip or update them (default: skip)",  # noqa: E501
        ),
    )
    imp.add_argument(
        "--currency",
        metavar="CODE",
        help=translate(
            "CLI", "the currency of amounts the file gives none for (default: the company's)"
        ),
    )
    header = imp.add_mutually_exclusive_group()
    header.add_argument(
        "--no-header",
        dest="header",
        action="store_false",
        default=None,
        help=translate("CLI", "the first row is data (columns are Column 1, Column 2…)"),
    )
    header.add_argument(
        "--header",
        dest="header",
        action="store_true",
        default=None,
        help=translate("CLI", "the first row names the columns, even if it looks like data"),
    )
    imp.add_argument(
        "--encoding",
        metavar="NAME",
        help=translate("CLI", "the CSV's encoding, e.g. shift_jis (default: detected)"),
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=translate("CLI", "check everything, write nothing")
    )
    imp.add_argument(
        "--report", metavar="FILE", help=translate("CLI", "also save the report to FILE")
    )
    imp.set_defaults(handler=import_command)

    exp = commands.add_parser(
        "export", help=translate("CLI", "write deals, contacts, organizations, activities")
    )
    add_db_option(exp)
    exp.add_argument(
        "file", help=translate("CLI", "FILE.csv (one table) or FILE.xlsx (all of them)")
    )
    exp.add_argument(
        "--what", choices=WHAT, help=translate("CLI", "which table (CSV default: deals)")
    )
    exp.set_defaults(handler=export_command)


def _pairs(items: list[str], what: str) -> dict[str, str]:
    pairs = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(f"“{item}” should look like {what}.")
        pairs[key.strip()] = value.strip()
    return pairs


def import_command(args: argparse.Namespace) -> int:
    """Import a file and print the report."""
    try:
        columns = _pairs(args.map, "COLUMN=FIELD")
        stages = {k: Stage(v.lower()) for k, v in _pairs(args.stage, "NAME=STAGE").items()}
    except ValueError as error:
        print(f"crmdesk: {error_text(error)}", file=sys.stderr)
        return EXIT_USAGE
    options = ImportOptions(
        args.preset,
        columns,
        stages,
        args.duplicates,
        args.dates,
        args.dry_run,
        args.sheet,
        currency=args.currency.upper() if args.currency else None,
        header=args.header,
        encoding=args.encoding,
        existing=args.existing,
    )

    def run(ws: Workspace) -> int:
        progress = None
        if sys.stderr.isatty():

            def progress(rows: int) -> None:
                line = translate("CLI", "{rows:,} rows…").format(rows=rows)
                print("\r" + line, end="", file=sys.stderr, flush=True)

        report = ws.services.transfer.import_file(Path(args.file), options, progress)
        if progress is not None:
            print(file=sys.stderr)
        text = report.text(translate)
        print(text)
        if args.report:
            try:
                write_atomic(Path(args.report), text + "\n")
            except OSError as error:
                message = translate("CLI", "crmdesk: cannot write {path}: {reason}.")
                reason = error.strerror or error
                print(message.format(path=args.report, reason=reason), file=sys.stderr)
                return EXIT_REFUSED
        return EXIT_OK

    return run_with_workspace(args, run)


def export_command(args: argparse.Namespace) -> int:
    """Export and say how many rows."""
    path = Path(args.file)

    def run(ws: Workspace) -> int:
        try:
            count = ws.services.transfer.export(path, args.what, translate)
        except OSError as error:
            message = translate("CLI", "crmdesk: cannot write {path}: {reason}.")
            print(message.format(path=path, reason=error.strerror or error), file=sys.stderr)
            return EXIT_REFUSED
        print(translate("CLI", "Wrote {count:,} rows to {path}.").format(count=count, path=path))
        return EXIT_OK

    return run_with_workspace(args, run)
