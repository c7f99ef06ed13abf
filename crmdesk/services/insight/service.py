"""InsightService: the forecast, the funnel, the learnt win probability and the deals behind
each figure, all in the reporting currency."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.db import insight_queries as q
from crmdesk.domain import pipeline as rules
from crmdesk.domain.enums import Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.insight import add_months, month_end
from crmdesk.domain.win_model import MIN_EACH, percent
from crmdesk.services.context import ServiceContext
from crmdesk.services.insight import forecast as fc
from crmdesk.services.insight.figures import (
    Apart,
    Figure,
    Forecast,
    Funnel,
    ModelStatus,
    Prediction,
)
from crmdesk.services.insight.funnel import RANKS, compute_funnel
from crmdesk.services.insight.learning import Learnt, ModelCache, learn, open_factors
from crmdesk.services.insight.rates import RatesAndSettings, read_insight_settings, read_rate_book
from crmdesk.services.settings import read_probabilities, read_scoring_config

FORECAST_BEFORE, FORECAST_AFTER = 3, 5  # months shown around this one
FUNNEL_MONTHS = 12


def check_month(text: str, field: str) -> str:
    """``YYYY-MM`` (a full date names its month)."""
    value = (text or "").strip()
    try:
        day = date.fromisoformat(value + "-01" if len(value) == 7 else value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not a month like 2026-03."),
            field,
            text=text,
        ) from None
    return day.isoformat()[:7]


def local_bounds(first: str, last: str) -> tuple[datetime, datetime]:
    """The UTC instants where local month ``first`` begins and the one after ``last`` begins."""
    start = datetime.fromisoformat(first + "-01").astimezone().astimezone(UTC)
    after = add_months(last, 1)
    end = datetime.fromisoformat(after + "-01").astimezone().astimezone(UTC)
    return start, end


class InsightService(RatesAndSettings):
    """Everything the Insight view, ``crmdesk report`` and ``deals show`` measure."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__(ctx)
        self._cache = ModelCache()

    def today(self) -> date:
        """Today, where the user is."""
        return self._ctx.clock().astimezone().date()

    def default_forecast_months(self) -> tuple[str, str]:
        """Three months back to five ahead."""
        month = self.today().isoformat()[:7]
        return add_months(month, -FORECAST_BEFORE), add_months(month, FORECAST_AFTER)

    def default_funnel_months(self) -> tuple[str, str]:
        """The last twelve months, this one included."""
        month = self.today().isoformat()[:7]
        return add_months(month, 1 - FUNNEL_MONTHS), month

    def _range(
        self, first: str | None, last: str | None, default: tuple[str, str]
    ) -> tuple[str, str]:
        a = check_month(first, "from") if first else default[0]
        b = check_month(last, "to") if last else default[1]
        if a > b:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The period ends before it begins."), "to"
            )
        return a, b

    # -- the learnt model --------------------------------------------------------------------

    def _learnt(self, session: Session, wait: bool = True) -> Learnt | None:
        """The model for the closed deals as they are (fitted now unless ``wait`` is False)."""
        key = q.closed_fingerprint(session)
        found = self._cache.get(key)
        if found is None and wait:
            found = learn(
                session,
                self._ctx.config("scoring", read_scoring_config, session),
                self._ctx.config("probabilities", read_probabilities, session),
            )
            self._cache.put(key, found)
        return found

    def model_status(self) -> ModelStatus:
        """Whether the learnt probability is ready, and how well it did on unseen deals (fits
        the model if the closed deals changed since it was last fitted)."""
        return self._ctx.read(lambda s: _status(self._fitted(s)))

    def model_is_fitted(self) -> bool:
        """Whether the model for the closed deals as they are is at hand (no fitting needed)."""
        return self._ctx.read(lambda s: self._learnt(s, wait=False) is not None)

    def _defaults(self, session: Session) -> dict[SubStage, int]:
        return self._ctx.config("probabilities", read_probabilities, session)

    def _fitted(self, session: Session) -> Learnt:
        learnt = self._learnt(session)
        assert learnt is not None
        return learnt

    def prediction(self, deal_id: int) -> Prediction | None:
        """The learnt chance of an open opportunity (None for other deals, or too little
        history)."""

        def query(session: Session) -> Prediction | None:
            learnt = self._fitted(session)
            if learnt.model is None:
                return None
            rows = q.open_opportunities(session, self._ctx.clock(), [deal_id])
            if not rows:
                return None
            row = rows[0]
            factors = open_factors(learnt, row, self._ctx.clock(), self._defaults(session))
            default = _default(row, self._ctx.config("probabilities", read_probabilities, session))
            return Prediction(deal_id, default, learnt.model.explain(factors))

        return self._ctx.read(query)

    # -- the report --------------------------------------------------------------------------

    def forecast(
        self,
        first: str | None = None,
        last: str | None = None,
        probabilities: str | None = None,
        wait_for_model: bool = True,
    ) -> Forecast:
        """Expected revenue by expected-close month (stage defaults or learnt chances).

        With ``wait_for_model`` False a model still to be fitted is not fitted now: the
        forecast uses the stage defaults and says the model is pending.
        """
        a, b = self._range(first, last, self.default_forecast_months())

        def query(session: Session) -> Forecast:
            settings = read_insight_settings(session)
            source = probabilities or settings.probabilities
            book = read_rate_book(session, settings.currency)
            today = self.today()
            defaults = self._ctx.config("probabilities", read_probabilities, session)
            stage_p = fc.stage_probability(defaults)
            found = self._learnt(session, wait_for_model)
            learnt = found or Learnt(0, 0)
            probability: fc.Probability
            if source == "learnt" and learnt.model is not None:
                rows, chances = self._learnt_chances(session, learnt, today)
                groups = self._learnt_groups(rows, chances)
                stage_chance = stage_p

                def learnt_chance(row: Mapping[str, Any]) -> int:
                    return chances.get(row["id"], stage_chance(row))

                probability = learnt_chance

                _, won = fc.stage_groups(session, stage_p, today)
            else:
                source = "stage"
                groups, won = fc.stage_groups(session, stage_p, today)
                probability = stage_p
            months, slipped, undated, missing = fc.build_months(
                groups, won, settings, book, a, b, today
            )
            listed = fc.slipped_list(session, probability, today)
            slipped = Apart(slipped.count, slipped.value_minor, slipped.weighted_minor,
                            slipped.unconverted, listed)  # fmt: skip
            return Forecast(settings.currency, today, months, slipped, undated,
                            tuple(sorted(missing)), source, settings.commit_threshold,
                            _status(learnt, pending=found is None))  # fmt: skip

        return self._ctx.read(query)

    def _learnt_chances(
        self, session: Session, learnt: Learnt, today: date
    ) -> tuple[list[Mapping[str, Any]], dict[int, int]]:
        """Every open opportunity's facts and its chance (its override, else the learnt one)."""
        assert learnt.model is not None
        model, now, defaults = learnt.model, self._ctx.clock(), self._defaults(session)
        rows = q.open_opportunity_facts(session, now, today)
        known: dict[tuple[str, ...], int] = {}
        chances: dict[int, int] = {}
        for row in rows:
            if row["probability_override"] is not None:
                chances[row["id"]] = int(row["probability_override"])
                continue
            factors = open_factors(learnt, row, now, defaults)
            key = tuple(factors[f] for f in sorted(factors))
            if key not in known:
                known[key] = percent(model.probability(factors))
            chances[row["id"]] = known[key]
        return rows, chances

    def _learnt_groups(
        self, rows: list[Mapping[str, Any]], chances: dict[int, int]
    ) -> list[fc.OpenGroup]:
        """The open opportunities by close month, currency and learnt chance."""
        sums: dict[tuple[str, str, int], list[int]] = {}
        for row in rows:
            key = (row["month"], row["currency"], chances[row["id"]])
            counts = sums.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += int(row["value_minor"])
        return [fc.OpenGroup(m, None, c, p, n, v) for (m, c, p), (n, v) in sums.items()]

    def funnel(self, first: str | None = None, last: str | None = None) -> Funnel:
        """The funnel of the deals created from month ``first`` to ``last``."""
        a, b = self._range(first, last, self.default_funnel_months())

        def query(session: Session) -> Funnel:
            settings = read_insight_settings(session)
            return compute_funnel(session, a, b, read_rate_book(session, settings.currency),
                                  self.today())  # fmt: skip

        return self._ctx.read(query)

    # -- the deals behind a figure ------------------------------------------------------------

    def deal_ids(self, figure: Figure) -> list[int]:
        """The deals a figure adds up (at most a few thousand)."""

        def query(session: Session) -> list[int]:
            today = self.today()
            kind = figure.kind
            if kind in ("forecast", "commit"):
                first = date.fromisoformat(figure.month + "-01")
                start = max(first, today) if figure.month == today.isoformat()[:7] else first
                after = date.fromordinal(month_end(figure.month).toordinal() + 1)
                ids = q.opportunity_ids(session, start, after)
                if kind == "commit":
                    ids = self._committed(session, ids)
                return ids
            if kind == "slipped":
                return q.opportunity_ids(session, None, today)
            if kind == "undated":
                return q.opportunity_ids(session, None, None, undated=True)
            if kind == "won":
                start, end = local_bounds(figure.month, figure.month)
                return q.closed_ids(session, Stage.WON, start, end)
            start, end = local_bounds(figure.first, figure.last)
            if kind == "reached" and figure.stage is not None:
                return q.cohort_ids(session, start, end, reached=RANKS[figure.stage])
            if kind == "stay" and figure.stage is not None:
                return q.cohort_ids(session, start, end, stayed_in=figure.stage)
            if kind == "lost":
                rank = RANKS.get(figure.stage) if figure.stage else None
                return q.cohort_ids(session, start, end, reached=rank,
                                    exactly=rank is not None and rank > 0, stage=Stage.LOST,
                                    lost_reason=figure.reason)  # fmt: skip
            if kind == "rate":
                return q.cohort_ids(session, start, end,
                                    dimension=(figure.dimension, figure.value))  # fmt: skip
            return []

        return self._ctx.read(query)

    def _committed(self, session: Session, ids: list[int]) -> list[int]:
        settings = read_insight_settings(session)
        defaults = self._ctx.config("probabilities", read_probabilities, session)
        rows = q.open_opportunities(session, self._ctx.clock(), ids)
        if settings.probabilities == "learnt":
            learnt = self._fitted(session)
            if learnt.model is not None:
                _rows, chances = self._learnt_chances(session, learnt, self.today())
                return sorted(r["id"] for r in rows
                              if chances.get(r["id"], 0) >= settings.commit_threshold)  # fmt: skip
        return sorted(r["id"] for r in rows if _default(r, defaults) >= settings.commit_threshold)


def _default(row: Mapping[str, Any], defaults: Mapping[SubStage, int]) -> int:
    sub = SubStage(row["sub_stage"]) if row["sub_stage"] else None
    return rules.effective_probability(Stage.OPPORTUNITY, sub, row["probability_override"],
                                       defaults)  # fmt: skip


def _status(learnt: Learnt, pending: bool = False) -> ModelStatus:
    return ModelStatus(learnt.model is not None, learnt.status_won, learnt.status_lost, MIN_EACH,
                       learnt.calibration, pending)  # fmt: skip
