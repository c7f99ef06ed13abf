"""``crmdesk deals show ID``: one deal whole, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from crmdesk.app import Workspace
from crmdesk.cli.common import EXIT_OK, Parser, add_db_option, run_with_workspace
from crmdesk.cli.formatting import jsonable, money_text
from crmdesk.cli.report_json import prediction_fields
from crmdesk.domain.money import Money
from crmdesk.domain.names import label
from crmdesk.gui.insight.words import describe
from crmdesk.gui.language import translate
from crmdesk.gui.messages import label_text
from crmdesk.services.deal_details import DealDetails
from crmdesk.services.insight import Prediction


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    """Add ``deals show``."""
    show = sub.add_parser(
        "show", help=translate("CLI", "one deal whole: fields, score and why, history")
    )
    add_db_option(show)
    show.add_argument("id", type=int, help=translate("CLI", "the deal's number"))
    show.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of text")
    )
    show.set_defaults(handler=show_deal)


def details_json(d: DealDetails, prediction: Prediction | None = None) -> dict[str, Any]:
    """The deal as the JSON object ``deals show --json`` prints."""
    deal = d.deal
    org, person = d.organization, d.contact
    return jsonable(
        {
            **prediction_fields(prediction, describe),
            "id": deal.id,
            "version": deal.version,
            "title": deal.title,
            "stage": deal.stage,
            "sub_stage": deal.sub_stage,
            "probability": d.probability,
            "probability_override": deal.probability_override,
            "value_minor": deal.value_minor,
            "value": str(Money(deal.value_minor, deal.currency).to_decimal()),
            "currency": deal.currency,
            "expected_close": deal.expected_close,
            "owner": deal.owner,
            "source": deal.source,
            "interest": deal.interest,
            "lost_reason": deal.lost_reason,
            "lost_note": deal.lost_note,
            "archived": deal.archived,
            "stage_entered_at": deal.stage_entered_at,
            "created_at": deal.created_at,
            "organization": None
            if org is None
            else {
                "id": org.id,
                "name": org.name,
                "email": org.email,
                "phone": org.phone,
                "industry": org.industry,
                "size": org.size,
                "region": org.region,
                "tax_code": org.tax_code,
            },
            "contact": None
            if person is None
            else {
                "id": person.id,
                "full_name": person.full_name,
                "email": person.email,
                "phone": person.phone,
                "job_title": person.job_title,
                "decision_role": person.decision_role,
            },
            "score": d.explanation.score,
            "temperature": d.explanation.temperature,
            "score_explanation": [
                {"rule": c.key, "label": label_text(c.label), "points": c.points}
                for c in d.explanation.contributions
            ],
            "history": [
                {
                    "from_stage": h.from_stage,
                    "to_stage": h.to_stage,
                    "at": h.at,
                    "note": h.note,
                    "override_reason": h.override_reason,
                }
                for h in d.history
            ],
            "answers": [
                {
                    "criterion": a.criterion_key,
                    "label": label_text(a.criterion_label),
                    "gate": a.gate,
                    "met": a.met,
                    "evidence": a.evidence,
                    "answered_at": a.answered_at,
                }
                for a in d.answers
            ],
        }
    )


def _text(d: DealDetails, prediction: Prediction | None = None) -> list[str]:
    deal = d.deal
    stage = translate("Defaults", label(deal.stage))
    lines = [
        f"#{deal.id} {deal.title}",
        translate("CLI", "Stage: {stage}, probability {probability} %").format(
            stage=stage, probability=d.probability
        ),
        translate("CLI", "Value: {value}").format(
            value=money_text(deal.value_minor, deal.currency)
        ),
    ]
    if d.organization:
        lines.append(translate("CLI", "Organization: {name}").format(name=d.organization.name))
    if d.contact:
        who = " · ".join(p for p in (d.contact.full_name, d.contact.email, d.contact.phone) if p)
        lines.append(translate("CLI", "Contact: {who}").format(who=who))
    lines.append(
        translate("CLI", "Score: {score} ({temperature})").format(
            score=d.explanation.score, temperature=d.explanation.temperature.value
        )
    )
    lines += [f"  {c.points:+4d}  {label_text(c.label)}" for c in d.explanation.contributions]
    if prediction is not None:
        e = prediction.explanation
        lines.append(
            translate("CLI", "Learnt probability: {learnt} % (stage default {default} %)").format(
                learnt=e.probability, default=prediction.stage_default
            )
        )
        lines.append("  " + translate("CLI", "{base} %  a typical past opportunity").format(
            base=e.base))  # fmt: skip
        lines += [f"  {p.points:+4d}  {describe(p.factor, p.value)}" for p in e.parts]
    lines.append(translate("CLI", "History:"))
    for h in d.history:
        before = h.from_stage.value if h.from_stage else "—"
        note = f"  {h.note}" if h.note else ""
        lines.append(f"  {h.at:%Y-%m-%d %H:%M}  {before} → {h.to_stage.value}{note}")
    return lines


def show_deal(args: argparse.Namespace) -> int:
    """Print one deal."""

    def run(ws: Workspace) -> int:
        details = ws.services.deals.details(args.id)
        prediction = ws.services.insight.prediction(args.id)
        if args.json:
            data = details_json(details, prediction)
            json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            print("\n".join(_text(details, prediction)))
        return EXIT_OK

    return run_with_workspace(args, run)
