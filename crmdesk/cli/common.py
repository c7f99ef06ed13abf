"""What every command shares: opening the database named by ``--db``, checking arguments, and
saying every failure in one sentence (with a non-zero exit), never a traceback."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from crmdesk.app import Workspace, open_workspace
from crmdesk.db.guard import SQLITE_MAGIC
from crmdesk.db.server import display_name, is_url
from crmdesk.domain.errors import DomainError
from crmdesk.gui.language import translate
from crmdesk.gui.messages import error_text
from crmdesk.locations import default_database, sample_database

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_UNEXPECTED = 3  # a bug: the traceback is in the log, the sentence names it
MAX_ID = 2**63 - 1
DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db", ".bak")


class Parser(argparse.ArgumentParser):
    """An argument parser that says a mistake in one line (and where to find help)."""

    def error(self, message: str) -> NoReturn:
        """``crmdesk deals move: argument id: …`` and exit 2, without the usage block."""
        hint = translate("CLI", "(see {prog} --help)").format(prog=self.prog)
        self.exit(EXIT_USAGE, f"{self.prog}: {message} {hint}\n")


def _whole(text: str, low: int, high: int, message: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(message.format(text=text, low=low, high=high))
    return value


def record_id(text: str) -> int:
    """A record's number: a whole number from 1 to 2^63 − 1."""
    return _whole(
        text,
        1,
        MAX_ID,
        translate("CLI", "“{text}” is not a record number (a whole number from 1 to {high:,})."),
    )


def positive_count(text: str) -> int:
    """A count such as ``--limit``: a whole number from 1 on."""
    return _whole(
        text,
        1,
        2**31 - 1,
        translate("CLI", "“{text}” is not a count (a whole number from 1 to {high:,})."),
    )


def revision_number(text: str) -> int:
    """A quote's revision: 1, 2, 3…"""
    return _whole(
        text,
        1,
        1_000_000,
        translate("CLI", "“{text}” is not a revision (a whole number from 1 on)."),
    )


def table_file(text: str) -> Path:
    """A CSV or .xlsx file to import: it exists, is a file, and is not a database."""
    path = Path(text).expanduser()
    if path.is_dir():
        raise argparse.ArgumentTypeError(
            translate("CLI", "{path} is a folder; choose a CSV or .xlsx file.").format(path=path)
        )
    if not path.exists():
        raise argparse.ArgumentTypeError(
            translate("CLI", "There is no file {path}.").format(path=path)
        )
    if path.suffix.lower() in DATABASE_SUFFIXES or _starts_like_sqlite(path):
        raise argparse.ArgumentTypeError(
            translate(
                "CLI",
                "{path} is a database, not a spreadsheet: to work in it, give it with --db; to import, choose a CSV or .xlsx file.",  # noqa: E501
            ).format(path=path)
        )
    return path


def _starts_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False  # reading it will say why


def add_db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``--db PATH`` (and ``--sample``), accepted before or after the command name."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help=translate(
            "CLI",
            "database file or server URL (postgresql://role@host/name); default: $CRMDESK_DB, else crmdesk.sqlite in the data folder",  # noqa: E501
        ),
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=translate("CLI", "use the separate sample database instead of your own"),
    )


def database_path(args: argparse.Namespace) -> Path | str:
    """The database the command works on: a file's path, or a server's URL as given."""
    if args.db:
        return args.db if is_url(args.db) else Path(args.db)
    return sample_database() if args.sample else default_database()


def database_name(args: argparse.Namespace, *, short: bool = False) -> str:
    """The database as the user may see it: a file's path (``short``: its name), or the database
    and its server, never a password."""
    target = database_path(args)
    if isinstance(target, Path):
        return target.name if short else str(target)
    return display_name(target)


def say_advice(advice: DomainError) -> None:
    """Print what the user should know before the database changes (what to back up)."""
    print(f"crmdesk: {error_text(advice)}", file=sys.stderr)


def say_error(error: BaseException) -> None:
    """Print a refusal (a domain error or a file the system would not let us use) as one line."""
    if isinstance(error, OSError) and not isinstance(error, DomainError):
        where = error.filename or ""
        reason = error.strerror or str(error)
        text = translate("CLI", "{path}: {reason}.").format(path=where, reason=reason)
        print(f"crmdesk: {text if where else reason}", file=sys.stderr)
        return
    print(f"crmdesk: {error_text(error)}", file=sys.stderr)


def run_with_workspace(args: argparse.Namespace, fn: Callable[[Workspace], int]) -> int:
    """Open the database, run ``fn``, print a refusal as one sentence and exit non-zero."""
    try:
        workspace = open_workspace(database_path(args), advise=say_advice)
    except (DomainError, OSError) as exc:
        message = translate("CLI", "crmdesk: cannot open the database: {reason}")
        print(message.format(reason=error_text(exc)), file=sys.stderr)
        return EXIT_REFUSED
    try:
        return fn(workspace)
    except (DomainError, OSError) as exc:
        say_error(exc)
        return EXIT_REFUSED
    finally:
        workspace.close()
