"""``crmdesk quote export NUMBER -o FILE.pdf``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.app import Workspace
from crmdesk.cli.common import EXIT_OK, EXIT_REFUSED, add_db_option, run_with_workspace


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``quote export``."""
    quote = commands.add_parser("quote", help="quotes")
    sub = quote.add_subparsers(dest="quote_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="write a quote as a PDF file")
    add_db_option(export)
    export.add_argument("number", help="the quote number, e.g. BG-2026-0001")
    export.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write")
    export.add_argument("--revision", type=int, help="a revision (default: the latest)")
    export.set_defaults(handler=export_quote)


def export_quote(args: argparse.Namespace) -> int:
    """Write one quote's PDF."""
    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        print(f"crmdesk: {output} should end in .pdf.", file=sys.stderr)
        return EXIT_REFUSED

    def run(ws: Workspace) -> int:
        quote = ws.services.quotes.by_number(args.number, args.revision)
        data = ws.services.quotes.pdf(quote.id)
        try:
            output.write_bytes(data)
        except OSError as exc:
            print(f"crmdesk: cannot write {output}: {exc.strerror or exc}.", file=sys.stderr)
            return EXIT_REFUSED
        print(f"Wrote {quote.number} (revision {quote.revision}) to {output}.")
        return EXIT_OK

    return run_with_workspace(args, run)
