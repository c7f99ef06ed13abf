"""``crmdesk report forecast|funnel`` and ``crmdesk rates set|list``: the Insight report."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from crmdesk.app import Workspace
from crmdesk.cli.common import EXIT_OK, EXIT_REFUSED, Parser, add_db_option, run_with_workspace
from crmdesk.cli.formatting import money_text
from crmdesk.cli.report_json import forecast_json, funnel_json
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.gui.insight import words
from crmdesk.gui.language import translate
from crmdesk.gui.messages import message_text


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``report`` and ``rates``."""
    report = commands.add_parser(
        "report", help=translate("CLI", "the forecast and the funnel (the Insight report)")
    )
    add_db_option(report)
    sub = report.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    forecast = sub.add_parser(
        "forecast", help=translate("CLI", "expected revenue by expected-close month")
    )
    funnel = sub.add_parser(
        "funnel", help=translate("CLI", "conversion, time in stage, losses, win rates, velocity")
    )
    for parser, metavar in ((forecast, "YYYY-MM"), (funnel, "DATE")):
        add_db_option(parser)
        parser.add_argument("--from", dest="first", metavar=metavar,
                            help=translate("CLI", "the first month"))  # fmt: skip
        parser.add_argument("--to", dest="last", metavar=metavar,
                            help=translate("CLI", "the last month"))  # fmt: skip
        parser.add_argument(
            "--json", action="store_true", help=translate("CLI", "print JSON instead of text")
        )
        parser.add_argument(
            "-o", "--output", metavar="FILE.pdf",
            help=translate("CLI", "write the whole report as a PDF (or .xlsx) file"),
        )  # fmt: skip
    forecast.add_argument(
        "--probabilities", choices=("stage", "learnt"),
        help=translate("CLI", "weigh deals by the stage defaults or the learnt chance"),
    )  # fmt: skip
    forecast.set_defaults(handler=show_forecast)
    funnel.set_defaults(handler=show_funnel)

    rates = commands.add_parser(
        "rates", help=translate("CLI", "exchange rates into the reporting currency")
    )
    add_db_option(rates)
    rsub = rates.add_subparsers(dest="rates_command", required=True, metavar="COMMAND")
    setting = rsub.add_parser(
        "set", help=translate("CLI", "one CODE is worth RATE units of the reporting currency")
    )
    add_db_option(setting)
    setting.add_argument("code", metavar="CODE")
    setting.add_argument("rate", metavar="RATE")
    setting.add_argument("--date", metavar="YYYY-MM-DD",
                         help=translate("CLI", "from which day (default: today)"))  # fmt: skip
    setting.set_defaults(handler=set_rate)
    listing = rsub.add_parser("list", help=translate("CLI", "every rate entered"))
    add_db_option(listing)
    listing.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of text")
    )
    listing.set_defaults(handler=list_rates)


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not a date like 2026-03-31."),
            "date",
            text=text,
        ) from None


def set_rate(args: argparse.Namespace) -> int:
    """``rates set CODE RATE [--date]``."""

    def run(ws: Workspace) -> int:
        rate = ws.services.insight.set_rate(args.code, args.rate, _day(args.date))
        print(
            translate("CLI", "1 {code} = {rate} {reporting} from {day}.").format(
                code=rate.currency, rate=format(rate.rate, "f"), reporting=rate.to_currency,
                day=rate.valid_from.isoformat(),
            )
        )  # fmt: skip
        return EXIT_OK

    return run_with_workspace(args, run)


def list_rates(args: argparse.Namespace) -> int:
    """``rates list``."""

    def run(ws: Workspace) -> int:
        rates = ws.services.insight.rates()
        if args.json:
            data = [
                {
                    "currency": r.currency,
                    "to_currency": r.to_currency,
                    "rate": format(r.rate, "f"),
                    "from": r.valid_from.isoformat(),
                }
                for r in rates
            ]
            json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return EXIT_OK
        reporting = ws.services.insight.settings().currency
        print(translate("CLI", "Reporting currency: {code}").format(code=reporting))
        for r in rates:
            print(f"  {r.valid_from.isoformat()}  1 {r.currency} = {r.rate:f} {r.to_currency}")
        return EXIT_OK

    return run_with_workspace(args, run)


def _write(ws: Workspace, args: argparse.Namespace) -> bool:
    """Write the report file named by ``-o``; False (with a sentence) when it cannot be."""
    from crmdesk.gui.insight.export import write_report

    path = Path(args.output)
    try:
        write_report(ws.services, path, args_range(args, "forecast"), args_range(args, "funnel"))
    except OSError as exc:
        message = translate("CLI", "crmdesk: cannot write {path}: {reason}")
        print(message.format(path=path, reason=exc.strerror or exc), file=sys.stderr)
        return False
    print(translate("CLI", "Wrote {path}.").format(path=path))
    return True


def args_range(args: argparse.Namespace, which: str) -> tuple[str | None, str | None]:
    """The period the command line names, for the report it names (else the defaults)."""
    mine = args.report_command == which
    return (args.first if mine else None, args.last if mine else None)


def show_forecast(args: argparse.Namespace) -> int:
    """Print the forecast."""

    def run(ws: Workspace) -> int:
        f = ws.services.insight.forecast(args.first, args.last, args.probabilities)
        if args.output:
            return EXIT_OK if _write(ws, args) else EXIT_REFUSED
        if args.json:
            _dump(forecast_json(f, words.calibration_summary(f.model)))
            return EXIT_OK
        print(translate("CLI", "Forecast in {currency} ({source} probabilities)").format(
            currency=f.currency, source=f.probabilities))  # fmt: skip
        head = (translate("CLI", "month"), translate("CLI", "weighted"),
                translate("CLI", "best case"), translate("CLI", "commit"),
                translate("CLI", "won"), translate("CLI", "target"))  # fmt: skip
        print(f"  {head[0]:<8} " + " ".join(f"{h:>22}" for h in head[1:]))
        for m in f.months:
            amounts = (m.weighted_minor, m.best_case_minor, m.commit_minor, m.won_minor,
                       m.target_minor)  # fmt: skip
            print(
                f"  {m.month:<8} " + " ".join(f"{money_text(a, f.currency):>22}" for a in amounts)
            )
        s, u = f.slipped, f.undated
        print(translate("CLI", "Slipped (close date passed): {count}, {value}").format(
            count=s.count, value=money_text(s.value_minor, f.currency)))  # fmt: skip
        for d in s.deals[:10]:
            print(f"    #{d.id} {d.expected_close.isoformat()}  "
                  f"{money_text(d.value_minor, d.currency)}  {d.title}")  # fmt: skip
        print(translate("CLI", "Without a close date: {count}, {value}").format(
            count=u.count, value=money_text(u.value_minor, f.currency)))  # fmt: skip
        if f.missing_rates:
            missing = translate(
                "CLI", "Not converted, no rate for: {codes} (crmdesk rates set CODE RATE)"
            )
            print(missing.format(codes=", ".join(f.missing_rates)))
        print(words.calibration_summary(f.model))
        return EXIT_OK

    return run_with_workspace(args, run)


def show_funnel(args: argparse.Namespace) -> int:
    """Print the funnel."""

    def run(ws: Workspace) -> int:
        f = ws.services.insight.funnel(args.first, args.last)
        if args.output:
            return EXIT_OK if _write(ws, args) else EXIT_REFUSED
        if args.json:
            _dump(funnel_json(f))
            return EXIT_OK
        period = translate("CLI", "Deals created {first} to {last}")
        print(period.format(first=f.first, last=f.last))
        for s in f.stages:
            conversion = "" if s.conversion is None else f"{s.conversion * 100:5.1f} %"
            stay = "" if s.median_days is None else translate(
                "CLI", "median {median} days, mean {mean} days").format(
                    median=s.median_days, mean=s.mean_days)  # fmt: skip
            print(f"  {words.stage_name(s.stage):<16} {s.entered:>9,}  {conversion:>8}  {stay}")
        by_reason = f.lost_by_reason()
        lost = sum(by_reason.values())
        for row in f.lost:
            print(f"  {words.stage_name(row.stage):<16} {row.count:>7,}  {row.label}")
        if lost:
            print(translate("CLI", "Lost: {count}").format(count=lost))
        v = f.velocity
        print(translate("CLI", "Pipeline velocity: {amount} a day").format(
            amount=money_text(v.per_day_minor, f.currency)))  # fmt: skip
        print(message_text(f.bottleneck))
        return EXIT_OK

    return run_with_workspace(args, run)


def _dump(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
