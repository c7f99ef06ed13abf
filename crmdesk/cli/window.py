"""Commands that show the window: open it, or render it offscreen to a PNG."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from crmdesk.app import Workspace, open_workspace
from crmdesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    Parser,
    add_db_option,
    database_name,
    database_path,
)
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from crmdesk.files import atomic_path
from crmdesk.gui.language import saved_language, translate, user_settings
from crmdesk.gui.messages import error_text
from crmdesk.locations import sample_database
from crmdesk.services import Services

SAMPLE_DEALS = 300
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "CLI",
    "crmdesk: no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open; `crmdesk screenshot -o board.png` renders the board without one.",  # noqa: E501
)


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``screenshot`` and ``bench``."""
    shot = commands.add_parser(
        "screenshot", help=translate("CLI", "render the board offscreen to a PNG file")
    )
    add_db_option(shot)
    shot.add_argument(
        "-o", "--output", required=True, metavar="FILE.png", help=translate("CLI", "where to write")
    )
    shot.add_argument(
        "--size", default="1440x900", metavar="WxH", help=translate("CLI", "window size in pixels")
    )
    shot.add_argument(
        "--lang", choices=("vi", "en"), default=None, help=translate("CLI", "interface language")
    )
    shot.add_argument(
        "--view",
        default=None,
        metavar="NAME",
        help=translate("CLI", "the view to show first (board, today…); the board by default"),
    )
    shot.set_defaults(handler=screenshot)

    bench = commands.add_parser(
        "bench", help=translate("CLI", "measure the performance budget's figures")
    )
    bench.add_argument(
        "--deals", type=int, default=100_000, help=translate("CLI", "deals in the generated file")
    )
    bench.add_argument(
        "--json", metavar="FILE", help=translate("CLI", "also write the figures as JSON")
    )
    bench.add_argument(  # SUPPRESS: "crmdesk --db FILE bench" measures FILE too
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=translate("CLI", "a file to reuse (generated if missing)"),
    )
    bench.add_argument(
        "--only",
        metavar="KEY,…",
        help=translate("CLI", "measure only the groups of these figures"),
    )
    bench.set_defaults(handler=run_bench)


def fill_sample_if_empty(path: Path) -> None:
    """The sample database starts with demo data, so a newcomer sees a living pipeline."""
    from crmdesk.services.demo import generate_demo

    workspace = open_workspace(path)
    try:
        totals = workspace.services.board.totals()
        if not any(t.count for t in totals.values()):
            context = workspace.services.context
            generate_demo(context.session_factory, SAMPLE_DEALS, 1, context.clock())
    finally:
        workspace.close()


def open_window(args: argparse.Namespace) -> int:
    """Without a command: open the window on the database."""
    from crmdesk.gui.application import has_display, run_window

    if not has_display():
        print(translate("CLI", NO_DISPLAY), file=sys.stderr)
        return EXIT_REFUSED
    path = database_path(args)
    sample = sample_database()
    if path == sample:
        with contextlib.suppress(DomainError):  # the window says why when it opens the file
            fill_sample_if_empty(path)
    workspaces: list[Workspace] = []

    def open_services(target: Path | str) -> tuple[Services, Callable[[], None]]:
        workspace = open_workspace(target)
        workspaces.append(workspace)
        return workspace.services, workspace.close

    try:
        return run_window(open_services, path, sample, fill_sample_if_empty)
    finally:
        for workspace in workspaces:  # closing twice is harmless; a window left open is not
            workspace.close()


def parse_size(text: str) -> tuple[int, int]:
    """``1440x900`` as (width, height)."""
    match = re.fullmatch(r"(\d{3,5})[xX](\d{3,5})", text.strip())
    if not match:
        raise ValueError(f"“{text}” is not a size like 1440x900.")
    return int(match.group(1)), int(match.group(2))


def screenshot(args: argparse.Namespace) -> int:
    """Render the real main window offscreen on the database and save it as a PNG."""
    try:
        width, height = parse_size(args.size)
    except ValueError as exc:
        print(f"crmdesk: {error_text(exc)}", file=sys.stderr)
        return EXIT_USAGE
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from crmdesk.gui.snapshot import UnknownView, render_window

    output = Path(args.output)
    try:
        workspace = open_workspace(database_path(args))
    except DomainError as error:
        print(f"crmdesk: {error_text(error)}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        language = args.lang or saved_language(user_settings())
        title = database_name(args, short=True)
        image = render_window(workspace.services, title, width, height, language, args.view)
    except UnknownView as exc:
        text = translate("CLI", "crmdesk: there is no view “{name}”; choose one of {views}.")
        print(text.format(name=exc.name, views=", ".join(exc.views)), file=sys.stderr)
        return EXIT_USAGE
    finally:
        workspace.close()
    try:
        with atomic_path(output) as partial:  # the previous picture stays until this one is whole
            # PySide6 takes the format only as str; its stubs say bytes
            if not image.save(str(partial), "PNG"):  # type: ignore[call-overload]
                raise OSError(output)
    except OSError:
        print(
            translate("CLI", "crmdesk: cannot write {path}.").format(path=output), file=sys.stderr
        )
        return EXIT_REFUSED
    print(
        translate("CLI", "Wrote {path} ({width}×{height}).").format(
            path=output, width=width, height=height
        )
    )
    return EXIT_OK


def first_paint(args: argparse.Namespace) -> int:
    """``crmdesk --first-paint``: open the window, say ``painted`` at its first paint, quit
    (so an installed, frozen program's start-up is measured like the source's)."""
    from crmdesk.bench.startup import first_paint_child

    first_paint_child(str(database_path(args)))
    return EXIT_OK


def run_bench(args: argparse.Namespace) -> int:
    """Measure the figures of the performance budget, each beside its anchor."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from crmdesk.bench import BenchError, figure_keys, run_bench

    if args.deals < 1:
        print(translate("CLI", "crmdesk: --deals must be at least 1."), file=sys.stderr)
        return EXIT_REFUSED
    only = [key.strip() for key in (args.only or "").split(",") if key.strip()]
    known = figure_keys()
    unknown = [key for key in only if key not in known]
    if unknown:
        message = translate(
            "CLI", "crmdesk: there is no figure called {key}; the figures are {keys}."
        )
        print(message.format(key=unknown[0], keys=", ".join(known)), file=sys.stderr)
        return EXIT_USAGE
    given = getattr(args, "db", None)  # never $CRMDESK_DB: the bench changes the file it measures
    db = Path(given) if given else None
    try:
        run_bench(args.deals, db, Path(args.json) if args.json else None, only)
    except BenchError as error:
        message = translate("CLI", "crmdesk: the benchmark stopped: {reason}.")
        print(message.format(reason=str(error).rstrip(".")), file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK
