"""Entry point of the ``crmdesk`` command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from crmdesk import __version__
from crmdesk.app import Workspace
from crmdesk.cli import (
    activities,
    agenda,
    deals,
    maintenance,
    nurture,
    people,
    quotes,
    report,
    scoring,
    transfer,
    window,
)
from crmdesk.cli.common import (
    EXIT_OK,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    Parser,
    add_db_option,
    database_name,
    run_with_workspace,
)
from crmdesk.cli.formatting import money_text
from crmdesk.domain.enums import Stage
from crmdesk.files import restrict_new_files
from crmdesk.gui.language import install_language, saved_language, translate, user_settings
from crmdesk.logs import log_exception

SAMPLE_DEALS = 300


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    parser = Parser(
        prog="crmdesk",
        description=translate(
            "CLI", "CRM Desk: your leads, prospects and opportunities in one local file."
        ),
    )
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    add_db_option(parser, top=True)
    parser.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    deals.register(commands)
    people.register(commands)
    maintenance.register(commands)
    quotes.register(commands)
    report.register(commands)
    scoring.register(commands)
    transfer.register(commands)
    window.register(commands)
    agenda.register(commands)
    activities.register(commands)
    nurture.register(commands)
    summary = commands.add_parser(
        "summary", help=translate("CLI", "the pipeline at a glance, column by column")
    )
    add_db_option(summary)
    summary.set_defaults(handler=pipeline_summary)
    return parser


def pipeline_summary(args: argparse.Namespace) -> int:
    """Without a command: the pipeline at a glance, column by column."""

    def run(ws: Workspace) -> int:
        totals = ws.services.board.totals()
        if args.sample and not any(t.count for t in totals.values()):
            fill_sample(ws)
            totals = ws.services.board.totals()
        print(f"CRM Desk {__version__} — {database_name(args)}")
        deals_word = translate("CLI", "deal(s)")
        for stage in Stage:
            t = totals[stage]
            values = ", ".join(money_text(v, c) for c, v in t.value_by_currency) or "—"
            name = translate("Defaults", stage.label)
            line = f"  {name:<20} {t.count:>7,} {deals_word}   {values}"
            if stage == Stage.OPPORTUNITY and t.weighted_by_currency:
                weighted = ", ".join(money_text(v, c) for c, v in t.weighted_by_currency)
                line += "   " + translate("CLI", "weighted {amounts}").format(amounts=weighted)
            print(line)
        print(translate("CLI", "Try: crmdesk deals list --stage lead    (crmdesk --help for more)"))
        return EXIT_OK

    return run_with_workspace(args, run)


def fill_sample(ws: Workspace) -> None:
    """The sample database starts with demo data, so a newcomer sees a living pipeline."""
    from crmdesk.services.demo import generate_demo

    print(translate("CLI", "Filling the sample database with demo data…"))
    generate_demo(ws.services.context.session_factory, SAMPLE_DEALS, 1, ws.services.context.clock())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code. Whatever happens, the terminal gets
    sentences: an unexpected error's traceback goes to the log in the data folder."""
    restrict_new_files()  # the database, its journal, backups, settings, lock, log: owner-only
    try:
        return _run(argv)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except Exception as error:  # a bug: logged, and said in one sentence
        log = log_exception(error, "command line")  # not its arguments: they may hold secrets
        if log is None:
            message = translate(
                "CLI",
                "crmdesk: something went wrong that CRM Desk did not expect ({error}), and the details could not be written to its log.",  # noqa: E501
            )
            print(message.format(error=type(error).__name__), file=sys.stderr)
        else:
            message = translate(
                "CLI",
                "crmdesk: something went wrong that CRM Desk did not expect; the details are in {log}.",  # noqa: E501
            )
            print(message.format(log=log), file=sys.stderr)
        return EXIT_UNEXPECTED


def _run(argv: Sequence[str] | None) -> int:
    language = saved_language(user_settings())
    if language != "en":
        install_language(language)  # messages and help in the user's language
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    # sys.stdout is None in a window-only program (pythonw, the Windows "CRM Desk.exe").
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding and encoding.lower() not in ("utf-8", "utf8"):
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            if args.first_paint:
                return window.first_paint(args)
            return window.open_window(args)
        return int(handler(args))
    except BrokenPipeError:  # the reader went away (``crmdesk deals list | head``): not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
