"""``crmdesk quote export NUMBER -o FILE.pdf``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.app import Workspace
from crmdesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    add_db_option,
    revision_number,
    run_with_workspace,
)
from crmdesk.files import write_atomic
from crmdesk.gui.language import translate


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``quote export``."""
    quote = commands.add_parser("quote", help=translate("CLI", "quotes"))
    sub = quote.add_subparsers(dest="quote_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", help=translate("CLI", "write a quote as a PDF file"))
    add_db_option(export)
    export.add_argument("number", help=translate("CLI", "the quote number, e.g. BG-2026-0001"))
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf", help=translate("CLI", "where to write")
    )
    export.add_argument(
        "--revision",
        type=revision_number,
        help=translate("CLI", "a revision (default: the latest)"),
    )
    export.set_defaults(handler=export_quote)


def export_quote(args: argparse.Namespace) -> int:
    """Write one quote's PDF."""
    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        message = translate("CLI", "crmdesk: {path} should end in .pdf.")
        print(message.format(path=output), file=sys.stderr)
        return EXIT_REFUSED

    def run(ws: Workspace) -> int:
        quote = ws.services.quotes.by_number(args.number, args.revision)
        data = ws.services.quotes.pdf(quote.id)
        try:
            write_atomic(output, data)  # a kill or a full disk leaves the previous file
        except OSError as exc:
            message = translate("CLI", "crmdesk: cannot write {path}: {reason}.")
            print(message.format(path=output, reason=exc.strerror or exc), file=sys.stderr)
            return EXIT_REFUSED
        wrote = translate("CLI", "Wrote {number} (revision {revision}) to {path}.")
        print(wrote.format(number=quote.number, revision=quote.revision, path=output))
        return EXIT_OK

    return run_with_workspace(args, run)
