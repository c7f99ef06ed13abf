"""Commands that show the window: open it, or render it offscreen to a PNG."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from crmdesk.app import Workspace, open_workspace
from crmdesk.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, add_db_option, database_path
from crmdesk.domain.errors import QT_TRANSLATE_NOOP
from crmdesk.gui.language import saved_language, translate, user_settings
from crmdesk.gui.messages import error_text
from crmdesk.locations import sample_database

SAMPLE_DEALS = 300
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "CLI",
    "crmdesk: no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open; `crmdesk screenshot -o board.png` renders the board without one.",  # noqa: E501
)


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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
        "--view", default=None, metavar="VIEW",
        help=translate("CLI", "the view to show (board, insight…; default: the board)"),
    )  # fmt: skip
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
    bench.add_argument(
        "--db", metavar="PATH", help=translate("CLI", "a file to reuse (generated if missing)")
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
        fill_sample_if_empty(path)
    workspaces: list[Workspace] = []

    def open_services(target: Path) -> object:
        workspace = open_workspace(target)
        workspaces.append(workspace)
        return workspace.services

    try:
        return run_window(open_services, path, sample, fill_sample_if_empty)
    finally:
        for workspace in workspaces:
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
    from crmdesk.gui.snapshot import render_window

    output = Path(args.output)
    workspace = open_workspace(database_path(args))
    try:
        language = args.lang or saved_language(user_settings())
        image = render_window(
            workspace.services, database_path(args).name, width, height, language, args.view
        )
    except KeyError as exc:
        message = translate("CLI", "crmdesk: there is no view called “{view}”; try one of {views}.")
        print(message.format(view=args.view, views=", ".join(exc.args[0])), file=sys.stderr)
        return EXIT_USAGE
    finally:
        workspace.close()
    if not image.save(str(output), "PNG"):
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
    from crmdesk.cli.bench import first_paint_child

    first_paint_child(str(database_path(args)))
    return EXIT_OK


def run_bench(args: argparse.Namespace) -> int:
    """Measure the figures of the performance budget."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from crmdesk.cli.bench import bench

    return bench(args.deals, Path(args.db) if args.db else None, args.json)
