"""``crmdesk nurture plans | enrol | stop``: nurturing plans from the command line."""

from __future__ import annotations

import argparse
import json
import sys

from crmdesk.app import Workspace
from crmdesk.cli.common import EXIT_OK, Parser, add_db_option, run_with_workspace
from crmdesk.domain.names import label
from crmdesk.domain.nurture import Plan
from crmdesk.gui.language import translate
from crmdesk.services import local_zone


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add the ``nurture`` command and its sub-commands."""
    nurture = commands.add_parser(
        "nurture", help=translate("CLI", "nurturing plans: list them, enrol a deal, stop one")
    )
    add_db_option(nurture)
    sub = nurture.add_subparsers(
        dest="nurture_command", required=True, metavar="{plans,enrol,stop}"
    )
    plans = sub.add_parser("plans", help=translate("CLI", "list the nurturing plans"))
    add_db_option(plans)
    plans.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of a list")
    )
    plans.set_defaults(handler=list_plans)
    enrol = sub.add_parser("enrol", help=translate("CLI", "enrol a lead or a lost deal in a plan"))
    add_db_option(enrol)
    enrol.add_argument(
        "deal_id", type=int, metavar="DEAL_ID", help=translate("CLI", "the deal's number")
    )
    enrol.add_argument("plan_key", metavar="PLAN_KEY", help=translate("CLI", "the plan's key"))
    enrol.set_defaults(handler=enrol_deal)
    stop = sub.add_parser("stop", help=translate("CLI", "take a deal out of its plan"))
    add_db_option(stop)
    stop.add_argument(
        "deal_id", type=int, metavar="DEAL_ID", help=translate("CLI", "the deal's number")
    )
    stop.set_defaults(handler=stop_deal)


def plan_json(plan: Plan) -> dict[str, object]:
    """A plan as ``nurture plans --json`` prints it (seeded words in the user's language)."""
    return {
        "key": plan.key,
        "name": translate("Defaults", plan.name),
        "steps": [
            {
                "kind": step.kind.value,
                "day_offset": step.day_offset,
                "subject": translate("Defaults", step.subject),
            }
            for step in plan.steps
        ],
    }


def list_plans(args: argparse.Namespace) -> int:
    """Print the plans and their touches."""

    def run(ws: Workspace) -> int:
        plans = ws.services.nurture.plans()
        if args.json:
            json.dump([plan_json(p) for p in plans], sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return EXIT_OK
        day = translate("CLI", "day {n}")
        for plan in plans:
            print(f"{plan.key}  {translate('Defaults', plan.name)}")
            for step in plan.steps:
                kind = translate("Defaults", label(step.kind))
                when = day.format(n=step.day_offset)
                print(f"    {when:<9} {kind:<12} {translate('Defaults', step.subject)}")
        return EXIT_OK

    return run_with_workspace(args, run)


def enrol_deal(args: argparse.Namespace) -> int:
    """Enrol one deal; a second enrolment in the same plan is refused with a sentence."""

    def run(ws: Workspace) -> int:
        [enrolment] = ws.services.nurture.enrol([args.deal_id], args.plan_key, translate)
        agenda = [
            a
            for a in ws.services.activities.for_deal(args.deal_id)
            if a.due_at is not None and a.done_at is None
        ]
        first = min(a.due_at for a in agenda if a.due_at is not None)
        local = first.astimezone(local_zone.local_zone()).strftime("%Y-%m-%d %H:%M")
        text = translate(
            "CLI", "Enrolled deal {deal} in “{plan}”: {steps} touches, the first due {first}."
        )
        plan = translate("Defaults", enrolment.plan_name)
        print(text.format(deal=args.deal_id, plan=plan, steps=enrolment.steps, first=local))
        return EXIT_OK

    return run_with_workspace(args, run)


def stop_deal(args: argparse.Namespace) -> int:
    """Stop the deal's plan; its touches not done are cancelled."""

    def run(ws: Workspace) -> int:
        enrolment = ws.services.nurture.stop(args.deal_id)
        text = translate("CLI", "Stopped “{plan}” for deal {deal}: {left} touch(es) cancelled.")
        plan = translate("Defaults", enrolment.plan_name)
        left = enrolment.steps - enrolment.done
        print(text.format(plan=plan, deal=args.deal_id, left=left))
        return EXIT_OK

    return run_with_workspace(args, run)
