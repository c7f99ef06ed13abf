"""The Insight report's words in the interface language: factors, calibration, figures.

Shared by the view, the printed report and ``crmdesk report`` (nothing here imports a chart
library or a widget).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from crmdesk.domain.enums import Stage, SubStage
from crmdesk.domain.win_model import Calibration
from crmdesk.gui.language import translate
from crmdesk.gui.names import name
from crmdesk.services.insight.figures import ModelStatus


def factor_name(factor: str) -> str:
    """What a factor of the learnt probability is called."""
    names = {
        "source": translate("Insight", "Source"),
        "industry": translate("Insight", "Industry"),
        "size": translate("Insight", "Company size"),
        "value": translate("Insight", "Value"),
        "score": translate("Insight", "Score"),
        "days": translate("Insight", "Days in stage"),
        "activities": translate("Insight", "Activities"),
        "sub_stage": translate("Insight", "Sub-stage"),
        "default": translate("Insight", "Sub-stage default"),
    }
    return names.get(factor, factor)


def factor_value(factor: str, value: str) -> str:
    """A factor's value in words (``value q4`` → “top quarter of your deals”)."""
    if value == "*":
        return translate("Insight", "another one")
    if value == "":
        return translate("Insight", "not given")
    if factor == "default":
        return f"{value} %"
    if factor == "value":
        quarters = {
            "q1": translate("Insight", "smallest quarter of your deals"),
            "q2": translate("Insight", "second quarter of your deals"),
            "q3": translate("Insight", "third quarter of your deals"),
            "q4": translate("Insight", "largest quarter of your deals"),
        }
        return quarters.get(value, value)
    if factor == "size":
        return translate("Insight", "%1 people").replace("%1", value.replace("-", "–"))
    if factor == "days":
        return translate("Insight", "%1 days").replace("%1", value.replace("-", "–"))
    if factor == "activities":
        return value.replace("-", "–")
    if factor == "score":
        return value.replace("-", "–")
    if factor == "sub_stage":
        try:
            return name(SubStage(value))
        except ValueError:
            return value
    return value


def describe(factor: str, value: str) -> str:
    """“Source: Referral”."""
    return f"{factor_name(factor)}: {factor_value(factor, value)}"


def stage_name(stage: Stage) -> str:
    """A stage's name."""
    return name(stage)


def dimension_name(dimension: str) -> str:
    """What a win-rate dimension is called."""
    return {
        "source": translate("Insight", "Source"),
        "owner": translate("Insight", "Owner"),
        "industry": translate("Insight", "Industry"),
        "size": translate("Insight", "Company size"),
    }.get(dimension, dimension)


def dimension_value(dimension: str, value: str) -> str:
    """A dimension's value as shown ('' is “not given”)."""
    if not value:
        return translate("Insight", "not given")
    if dimension == "size":
        return translate("Insight", "%1 people").replace("%1", value.replace("-", "–"))
    return value


def calibration_summary(status: ModelStatus) -> str:
    """How good the learnt probability is, in words a shop owner reads."""
    if status.pending:
        return translate("Insight", "Learning from your closed opportunities…")
    if not status.ready:
        return (
            translate(
                "Insight",
                "Not enough history yet: %1 won and %2 lost opportunities so far; the learnt probability appears at %3 of each.",  # noqa: E501
            )
            .replace("%1", str(status.won))
            .replace("%2", str(status.lost))
            .replace("%3", str(status.needed))
        )
    c: Calibration | None = status.calibration
    if c is None:
        return translate("Insight", "Learnt from %1 closed opportunities.").replace(
            "%1", str(status.won + status.lost)
        )
    text = (
        translate(
            "Insight",
            "Tried on your %1 most recent closed opportunities, which it had not seen: its chances were %2 points from the outcome on average (Brier score %3; 0 is perfect, 0.25 is a coin toss).",  # noqa: E501
        )
        .replace("%1", str(len(c.held_out)))
        .replace("%2", f"{c.mean_error_points:.0f}")
        .replace("%3", QLocale().toString(c.brier, "f", 2))
    )
    if c.stage_default_brier is not None:
        if abs(c.brier - c.stage_default_brier) < 0.005:
            verdict = translate("Insight", "That is about as good as the stage defaults (%1).")
        elif c.brier < c.stage_default_brier:
            verdict = translate("Insight", "That is better than the stage defaults (%1).")
        else:
            verdict = translate("Insight", "The stage defaults did better (%1).")
        text += " " + verdict.replace("%1", QLocale().toString(c.stage_default_brier, "f", 2))
    big = max(c.bins, key=lambda b: b.deals, default=None)
    if big is not None:
        text += " " + (
            translate("Insight", "When it said %1–%2 %, %3 % of those deals were won.")
            .replace("%1", str(big.low))
            .replace("%2", str(big.high))
            .replace("%3", f"{big.won * 100:.0f}")
        )
    return text
