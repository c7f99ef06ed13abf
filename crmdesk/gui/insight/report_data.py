"""The Insight report as plain data in the interface language, for the PDF, the printer and the
workbook (the same figures as the window's)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from crmdesk.domain.enums import OPEN_STAGES
from crmdesk.gui.formatting import local_date
from crmdesk.gui.insight import words
from crmdesk.gui.insight.palette import BEST, FUNNEL, LOST, STAY, WEIGHTED, WON
from crmdesk.gui.insight.text import month_label
from crmdesk.gui.language import current_language, translate
from crmdesk.gui.messages import label_text, message_text
from crmdesk.reports.insight_data import (
    Amount,
    Bars,
    Days,
    InsightDocument,
    Section,
    Share,
    TableData,
)
from crmdesk.services import Services
from crmdesk.services.insight import Forecast, Funnel

Range = tuple[str | None, str | None]


def _forecast_section(f: Forecast) -> Section:
    c = f.currency
    months = tuple(month_label(m.month) for m in f.months)
    target = f.months[0].target_minor if f.months else 0
    chart = Bars(
        translate("Insight", "Forecast by expected close month"),
        months,
        (
            (translate("Insight", "Won"), tuple(float(m.won_minor) for m in f.months), WON),
            (
                translate("Insight", "Weighted"),
                tuple(float(m.weighted_minor) for m in f.months),
                WEIGHTED,
            ),
            (
                translate("Insight", "Best case"),
                tuple(float(max(0, m.best_case_minor - m.weighted_minor)) for m in f.months),
                BEST,
            ),
        ),
        target=float(target) or None,
        target_label=translate("Insight", "Target"),
        currency=c,
    )
    table = TableData(
        translate("Insight", "Forecast"),
        (
            translate("Insight", "Month"),
            translate("Insight", "Weighted"),
            translate("Insight", "Best case"),
            translate("Insight", "Commit"),
            translate("Insight", "Won"),
            translate("Insight", "Target"),
            translate("Insight", "Opportunities"),
        ),
        tuple(
            (
                month_label(m.month),
                Amount(m.weighted_minor, c),
                Amount(m.best_case_minor, c),
                Amount(m.commit_minor, c),
                Amount(m.won_minor, c),
                Amount(m.target_minor, c),
                m.opportunities,
            )
            for m in f.months
        ),
    )
    slipped = TableData(
        translate("Insight", "Slipped deals (close date passed)"),
        (
            translate("Insight", "Deal"),
            translate("Insight", "Organization"),
            translate("Insight", "Expected close"),
            translate("Insight", "Value"),
            translate("Insight", "Probability"),
        ),
        tuple(
            (
                d.title,
                d.organization or "",
                d.expected_close.isoformat(),
                Amount(d.value_minor, d.currency),
                Share(d.probability / 100),
            )
            for d in f.slipped.deals
        ),
    )
    source = (
        translate("Insight", "learnt probabilities")
        if f.probabilities == "learnt"
        else translate("Insight", "stage probabilities")
    )
    notes = [
        translate("Insight", "Weighted with %1; commit from %2 %.")
        .replace("%1", source)
        .replace("%2", str(f.commit_threshold)),
        translate("Insight", "Slipped: %1 deals; no close date: %2 deals. Lost deals never count.")
        .replace("%1", str(f.slipped.count))
        .replace("%2", str(f.undated.count)),
    ]
    if f.missing_rates:
        notes.append(
            translate("Insight", "Not added: no exchange rate for %1.").replace(
                "%1", ", ".join(f.missing_rates)
            )
        )
    return Section(translate("Insight", "Forecast"), (chart,), (table, slipped), tuple(notes))


def _funnel_section(f: Funnel) -> Section:
    stages = f.stages
    working = [s for s in stages if s.stage in OPEN_STAGES]
    by_reason = f.lost_by_reason()
    reasons = sorted(by_reason, key=lambda k: -by_reason[k])[:8]
    labels = {r.reason: r.label for r in f.lost}
    charts = (
        Bars(
            translate("Insight", "How far the deals went"),
            tuple(words.stage_name(s.stage) for s in stages),
            ((translate("Insight", "Deals"), tuple(float(s.entered) for s in stages), FUNNEL),),
            horizontal=True,
        ),
        Bars(
            translate("Insight", "Median days in each stage"),
            tuple(words.stage_name(s.stage) for s in working),
            (
                (
                    translate("Insight", "Median days"),
                    tuple(float(s.median_days or 0) for s in working),
                    STAY,
                ),
            ),
            horizontal=True,
        ),
        Bars(
            translate("Insight", "Why deals were lost"),
            tuple(label_text(labels.get(k, k)) or "—" for k in reasons),
            ((translate("Insight", "Lost"), tuple(float(by_reason[k]) for k in reasons), LOST),),
            horizontal=True,
        ),
    )
    funnel = TableData(
        translate("Insight", "Funnel"),
        (
            translate("Insight", "Stage"),
            translate("Insight", "Reached"),
            translate("Insight", "Conversion"),
            translate("Insight", "Median days"),
            translate("Insight", "Mean days"),
        ),
        tuple(
            (
                words.stage_name(s.stage),
                s.entered,
                Share(s.conversion),
                Days(s.median_days),
                Days(s.mean_days),
            )
            for s in stages
        ),
    )
    lost = TableData(
        translate("Insight", "Lost reasons"),
        (
            translate("Insight", "Lost after reaching"),
            translate("Insight", "Reason"),
            translate("Insight", "Deals"),
        ),
        tuple((words.stage_name(r.stage), label_text(r.label) or "—", r.count) for r in f.lost),
    )
    rates = TableData(
        translate("Insight", "Win rates"),
        (
            translate("Insight", "By"),
            translate("Insight", "Value"),
            translate("Insight", "Won"),
            translate("Insight", "Lost"),
            translate("Insight", "Open"),
            translate("Insight", "Win rate"),
        ),
        tuple(
            (
                words.dimension_name(r.dimension),
                words.dimension_value(r.dimension, r.value),
                r.won,
                r.lost,
                r.open,
                Share(r.win_rate),
            )
            for r in f.win_rates
            if r.won + r.lost
        ),
    )
    v = f.velocity
    velocity = (
        translate(
            "Insight",
            "Pipeline velocity: %1 open opportunities × %2 average won × %3 won ÷ %4 days to close.",  # noqa: E501
        )
        .replace("%1", f"{v.open_opportunities:,}")
        .replace("%2", _plain_money(v.average_won_minor, f.currency))
        .replace("%3", "—" if v.win_rate is None else f"{v.win_rate * 100:.0f} %")
        .replace(
            "%4", "—" if v.average_days is None else QLocale().toString(v.average_days, "f", 1)
        )
    )
    return Section(
        translate("Insight", "Funnel of the deals created %1 – %2")
        .replace("%1", month_label(f.first))
        .replace("%2", month_label(f.last)),
        charts,
        (funnel, lost, rates),
        (velocity,),
    )


def _plain_money(minor: int, currency: str) -> str:
    from crmdesk.gui.formatting import format_money

    return format_money(minor, currency)


def build_document(
    services: Services, forecast_range: Range, funnel_range: Range
) -> InsightDocument:
    """The report for the periods chosen (defaults where a side is None)."""
    insight = services.insight
    f = insight.forecast(*forecast_range)
    g = insight.funnel(*funnel_range)
    status = words.calibration_summary(f.model)
    model = Section(translate("Insight", "Win probability learnt from your history"),
                    notes=(status,))  # fmt: skip
    velocity = translate("Insight", "Pipeline velocity: %1 a day.").replace(
        "%1", _plain_money(g.velocity.per_day_minor, g.currency)
    )
    return InsightDocument(
        current_language(),
        translate("Insight", "Insight — forecast and funnel"),
        translate("Insight", "In %1, on %2. %3")
        .replace("%1", f.currency)
        .replace("%2", local_date(f.today))
        .replace("%3", velocity),
        message_text(g.bottleneck),
        (_forecast_section(f), _funnel_section(g), model),
        translate("Insight", "Page {page} of {pages}"),
    )
