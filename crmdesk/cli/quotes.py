"""``crmdesk quote export NUMBER -o FILE.pdf`` and ``crmdesk quote show NUMBER [--json]``."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from crmdesk.app import Workspace
from crmdesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Parser,
    add_db_option,
    revision_number,
    run_with_workspace,
)
from crmdesk.cli.formatting import money_text
from crmdesk.domain.money import quantity_to_decimal
from crmdesk.domain.quote_math import line_amounts, quote_totals
from crmdesk.files import write_atomic
from crmdesk.gui.language import translate
from crmdesk.reports.quote_data import QuoteDocument


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``quote export`` and ``quote show``."""
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
    show = sub.add_parser("show", help=translate("CLI", "a quote as data: lines, totals, VietQR"))
    add_db_option(show)
    show.add_argument("number", help=translate("CLI", "the quote number, e.g. BG-2026-0001"))
    show.add_argument(
        "--revision",
        type=revision_number,
        help=translate("CLI", "a revision (default: the latest)"),
    )
    show.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    show.set_defaults(handler=show_quote)


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


def _percent(hundredths: int) -> str:
    return f"{(Decimal(hundredths) / 100).normalize():f}"


def quote_json(doc: QuoteDocument) -> dict[str, Any]:
    """The quote as data: amounts in minor units, quantities and percentages as exact decimals."""
    totals = quote_totals(line.as_input() for line in doc.lines)
    c = doc.customer
    return {
        "number": doc.number,
        "revision": doc.revision,
        "status": doc.status,
        "language": doc.language,
        "currency": doc.currency,
        "customer": {
            "name": c.name,
            "contact": c.contact,
            "address": c.address,
            "tax_code": c.tax_code,
            "email": c.email,
            "phone": c.phone,
        },
        "lines": [
            {
                "description": line.description,
                "unit": line.unit,
                "quantity": f"{quantity_to_decimal(line.quantity_milli):f}",
                "unit_price_minor": line.unit_price_minor,
                "discount_percent": _percent(line.discount_bp),
                "vat_rate": line.vat_rate,
                "line_total_minor": line_amounts(line.as_input()).net,
            }
            for line in doc.lines
        ],
        "totals_by_vat_rate": [
            {"vat_rate": b.rate, "net_minor": b.net, "vat_minor": b.vat} for b in totals.vat_buckets
        ],
        "grand_total_minor": totals.grand_total,
        "vietqr_payload": doc.payment.payload if doc.payment else None,
    }


def quote_text(doc: QuoteDocument) -> list[str]:
    """The quote for a terminal, one fact a line."""
    cur = doc.currency
    head = translate("CLI", "{number} (revision {revision}) · {status} · {language} · {currency}")
    who = doc.customer.name + (f" ({doc.customer.contact})" if doc.customer.contact else "")
    out = [
        head.format(
            number=doc.number,
            revision=doc.revision,
            status=doc.status,
            language=doc.language,
            currency=cur,
        ),
        translate("CLI", "Customer: {name}").format(name=who),
    ]
    for n, line in enumerate(doc.lines, start=1):
        quantity = f"{quantity_to_decimal(line.quantity_milli):f}"
        discount = f"  −{_percent(line.discount_bp)} %" if line.discount_bp else ""
        amount = money_text(line_amounts(line.as_input()).net, cur)
        out.append(
            f"{n:>4}  {line.description}  {quantity} {line.unit} × "
            f"{money_text(line.unit_price_minor, cur)}{discount}  "
            + translate("CLI", "VAT {rate} %").format(rate=line.vat_rate)
            + f"  = {amount}"
        )
    totals = quote_totals(line.as_input() for line in doc.lines)
    for b in totals.vat_buckets:
        text = translate("CLI", "VAT {rate} % on {net}: {vat}")
        out.append(text.format(rate=b.rate, net=money_text(b.net, cur), vat=money_text(b.vat, cur)))
    grand = money_text(totals.grand_total, cur)
    out.append(translate("CLI", "Grand total: {amount}").format(amount=grand))
    if doc.payment:
        out.append(translate("CLI", "VietQR: {payload}").format(payload=doc.payment.payload))
    return out


def show_quote(args: argparse.Namespace) -> int:
    """Print one quote as data."""

    def run(ws: Workspace) -> int:
        quote = ws.services.quotes.by_number(args.number, args.revision)
        doc = ws.services.quotes.document(quote.id)
        if args.json:
            json.dump(quote_json(doc), sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            print("\n".join(quote_text(doc)))
        return EXIT_OK

    return run_with_workspace(args, run)
