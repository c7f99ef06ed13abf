"""The JSON objects ``crmdesk report forecast|funnel --json`` print (what scripts rely on)."""

from __future__ import annotations

from typing import Any

from crmdesk.cli.formatting import jsonable
from crmdesk.domain.win_model import Calibration, Explanation
from crmdesk.gui.messages import message_text
from crmdesk.services.insight.figures import Apart, Forecast, Funnel, ModelStatus, Prediction


def _unconverted(pairs: tuple[tuple[str, int], ...]) -> dict[str, int]:
    return dict(pairs)


def _apart(a: Apart) -> dict[str, Any]:
    return {
        "count": a.count,
        "best_case_minor": a.value_minor,
        "weighted_minor": a.weighted_minor,
        "unconverted": _unconverted(a.unconverted),
    }


def calibration_json(status: ModelStatus, summary: str) -> dict[str, Any]:
    """Whether the learnt probability is ready and how it did on deals it had not seen."""
    out: dict[str, Any] = {
        "ready": status.ready,
        "won": status.won,
        "lost": status.lost,
        "needed_each": status.needed,
        "summary": summary,
    }
    c: Calibration | None = status.calibration
    if c is not None:
        out.update(
            {
                "trained_on": c.trained_on,
                "held_out_deals": len(c.held_out),
                "brier": round(c.brier, 4),
                "stage_default_brier": None
                if c.stage_default_brier is None
                else round(c.stage_default_brier, 4),
                "mean_error_points": round(c.mean_error_points, 1),
                "deciles": [
                    {
                        "from": b.low,
                        "to": b.high,
                        "deals": b.deals,
                        "predicted": round(b.predicted, 4),
                        "won": round(b.won, 4),
                    }
                    for b in c.bins
                ],
            }
        )
    return out


def forecast_json(f: Forecast, summary: str) -> dict[str, Any]:
    """The forecast as ``report forecast --json`` prints it."""
    return jsonable(
        {
            "currency": f.currency,
            "today": f.today,
            "probabilities": f.probabilities,
            "commit_threshold": f.commit_threshold,
            "months": [
                {
                    "month": m.month,
                    "weighted_minor": m.weighted_minor,
                    "best_case_minor": m.best_case_minor,
                    "commit_minor": m.commit_minor,
                    "won_minor": m.won_minor,
                    "target_minor": m.target_minor,
                    "opportunities": m.opportunities,
                    "committed": m.committed,
                    "won_deals": m.won_deals,
                    "unconverted": {k: _unconverted(v) for k, v in m.unconverted.items()},
                }
                for m in f.months
            ],
            "slipped": [
                {
                    "id": d.id,
                    "title": d.title,
                    "organization": d.organization,
                    "owner": d.owner,
                    "expected_close": d.expected_close,
                    "value_minor": d.value_minor,
                    "currency": d.currency,
                    "probability": d.probability,
                }
                for d in f.slipped.deals
            ],
            "slipped_total": _apart(f.slipped),
            "undated": _apart(f.undated),
            "missing_rates": list(f.missing_rates),
            "calibration": calibration_json(f.model, summary),
        }
    )


def funnel_json(f: Funnel) -> dict[str, Any]:
    """The funnel as ``report funnel --json`` prints it."""
    rates: dict[str, list[dict[str, Any]]] = {}
    for r in f.win_rates:
        rates.setdefault(r.dimension, []).append(
            {
                "value": r.value,
                "won": r.won,
                "lost": r.lost,
                "open": r.open,
                "win_rate": r.win_rate,
            }
        )
    v = f.velocity
    return jsonable(
        {
            "currency": f.currency,
            "from": f.first,
            "to": f.last,
            "stages": [
                {
                    "stage": s.stage,
                    "entered": s.entered,
                    "conversion": s.conversion,
                    "median_days": s.median_days,
                    "mean_days": s.mean_days,
                }
                for s in f.stages
            ],
            "lost_reasons": [
                {"stage": r.stage, "reason": r.reason, "label": r.label, "count": r.count}
                for r in f.lost
            ],
            "win_rate_by": rates,
            "velocity_minor_per_day": v.per_day_minor,
            "velocity": {
                "open_opportunities": v.open_opportunities,
                "average_won_minor": v.average_won_minor,
                "win_rate": v.win_rate,
                "average_days_to_close": v.average_days,
                "unconverted": _unconverted(v.unconverted),
            },
            "bottleneck": message_text(f.bottleneck),
            "missing_rates": list(f.missing_rates),
        }
    )


def explanation_json(e: Explanation, describe: Any) -> dict[str, Any]:
    """A prediction and its factors (``describe(factor, value)`` names a factor's value)."""
    return {
        "probability": e.probability,
        "base": e.base,
        "base_log_odds": round(e.base_log_odds, 6),
        "factors": [
            {
                "factor": p.factor,
                "value": p.value,
                "label": describe(p.factor, p.value),
                "points": p.points,
                "log_odds": round(p.log_odds, 6),
            }
            for p in e.parts
        ],
    }


def prediction_fields(p: Prediction | None, describe: Any) -> dict[str, Any]:
    """What ``deals show --json`` adds: the learnt chance and why (null without one)."""
    if p is None:
        return {"predicted_probability": None, "prediction_explanation": None}
    return {
        "predicted_probability": p.explanation.probability,
        "prediction_explanation": {
            "stage_default": p.stage_default,
            **explanation_json(p.explanation, describe),
        },
    }
