"""``crmdesk scoring``: the scoring rules and thresholds, listed and changed."""

from __future__ import annotations

import argparse
import json
import sys

from crmdesk.app import Workspace
from crmdesk.cli.common import EXIT_OK, Parser, add_db_option, run_with_workspace
from crmdesk.gui.language import translate
from crmdesk.gui.messages import label_text


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``scoring list``, ``scoring set``, ``set-half-life`` and ``set-thresholds``."""
    scoring = commands.add_parser("scoring", help=translate("CLI", "list and change scoring"))
    add_db_option(scoring)
    sub = scoring.add_subparsers(dest="scoring_command", required=True, metavar="COMMAND")
    listing = sub.add_parser(
        "list", help=translate("CLI", "every rule, the half-life and the thresholds")
    )
    add_db_option(listing)
    listing.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of a table")
    )
    listing.set_defaults(handler=list_rules)
    change = sub.add_parser(
        "set", help=translate("CLI", "change a rule's points, cap or whether it counts")
    )
    add_db_option(change)
    change.add_argument("key", help=translate("CLI", "the rule's key (see scoring list)"))
    change.add_argument("--points", type=int, help=translate("CLI", "points, −100 to 100"))
    change.add_argument(
        "--cap", help=translate("CLI", "the most the rule adds, 1 to 100, or 'none'")
    )
    change.add_argument(
        "--active", choices=("yes", "no"), help=translate("CLI", "whether it counts")
    )
    change.set_defaults(handler=set_rule)
    half = sub.add_parser(
        "set-half-life", help=translate("CLI", "days after which a signal counts half")
    )
    add_db_option(half)
    half.add_argument("days", type=int, help=translate("CLI", "1 to 365"))
    half.set_defaults(handler=set_half_life)
    thresholds = sub.add_parser("set-thresholds", help=translate("CLI", "where warm and hot begin"))
    add_db_option(thresholds)
    thresholds.add_argument("warm", type=int)
    thresholds.add_argument("hot", type=int)
    thresholds.set_defaults(handler=set_thresholds)


def list_rules(args: argparse.Namespace) -> int:
    """Print the rules in force."""

    def run(ws: Workspace) -> int:
        config = ws.services.scoring.config()
        rules = [
            {
                "key": r.key,
                "label": label_text(r.label),
                "points": r.points,
                "cap": r.cap,
                "active": r.active,
            }
            for r in config.rules
        ]
        if args.json:
            data = {
                "rules": rules,
                "half_life_days": config.half_life_days,
                "warm_at": config.warm_at,
                "hot_at": config.hot_at,
            }
            json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return EXIT_OK
        for r in rules:
            cap = "" if r["cap"] is None else translate("CLI", "cap {cap}").format(cap=r["cap"])
            off = "" if r["active"] else translate("CLI", "(not counted)")
            print(f"  {r['key']:<22} {r['points']:+4d}  {cap:<8} {off}  {r['label']}")
        print(
            translate("CLI", "Half-life {days} days; warm from {warm}, hot from {hot}.").format(
                days=f"{config.half_life_days:g}", warm=config.warm_at, hot=config.hot_at
            )
        )
        return EXIT_OK

    return run_with_workspace(args, run)


def _cap(text: str | None) -> int | str | None:
    if text is None:
        return "keep"
    if text.strip().lower() in ("none", "no", "0", ""):
        return None
    try:
        return int(text)
    except ValueError:
        return text  # the service refuses it with its sentence


def _rescored(ws: Workspace) -> int:
    print(translate("CLI", "Every deal was re-scored."))
    return EXIT_OK


def set_rule(args: argparse.Namespace) -> int:
    """Change one rule; every deal is re-scored."""
    active = None if args.active is None else args.active == "yes"

    def run(ws: Workspace) -> int:
        ws.services.scoring.set_rule(
            args.key, points=args.points, cap=_cap(args.cap), active=active
        )
        return _rescored(ws)

    return run_with_workspace(args, run)


def set_half_life(args: argparse.Namespace) -> int:
    """Change the half-life; every deal is re-scored."""

    def run(ws: Workspace) -> int:
        ws.services.scoring.set_half_life(args.days)
        return _rescored(ws)

    return run_with_workspace(args, run)


def set_thresholds(args: argparse.Namespace) -> int:
    """Change where warm and hot begin."""

    def run(ws: Workspace) -> int:
        ws.services.scoring.set_thresholds(args.warm, args.hot)
        return _rescored(ws)

    return run_with_workspace(args, run)
