"""What every command shares: opening the database named by ``--db`` and printing errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from crmdesk.app import Workspace, open_workspace
from crmdesk.db.migrate import MigrationError
from crmdesk.domain.errors import DomainError
from crmdesk.gui.language import translate
from crmdesk.gui.messages import error_text
from crmdesk.locations import default_database, sample_database

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def add_db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``--db PATH`` (and ``--sample``), accepted before or after the command name."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help=translate(
            "CLI", "database file (default: $CRMDESK_DB, else crmdesk.sqlite in the data folder)"
        ),
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=translate("CLI", "use the separate sample database instead of your own"),
    )


def database_path(args: argparse.Namespace) -> Path:
    """The file the command works on."""
    if args.db:
        return Path(args.db)
    return sample_database() if args.sample else default_database()


def run_with_workspace(args: argparse.Namespace, fn: Callable[[Workspace], int]) -> int:
    """Open the database, run ``fn``, print a domain error as one sentence and exit non-zero."""
    try:
        workspace = open_workspace(database_path(args))
    except (MigrationError, OSError) as exc:
        message = translate("CLI", "crmdesk: cannot open the database: {reason}")
        print(message.format(reason=error_text(exc)), file=sys.stderr)
        return EXIT_REFUSED
    try:
        return fn(workspace)
    except DomainError as exc:
        print(f"crmdesk: {error_text(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        workspace.close()
