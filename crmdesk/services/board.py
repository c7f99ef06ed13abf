"""The board's read side: column pages, totals, search and forecast, all answered by SQL."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.db import board_queries as q
from crmdesk.db import deal_search
from crmdesk.domain import pipeline as rules
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.entities import CardRow, ColumnTotals, ForecastMonth, NextAction
from crmdesk.domain.enums import (
    OPEN_STAGES,
    BoardSort,
    QuoteStatus,
    Stage,
    SubStage,
    Temperature,
)
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.money import round_half_up
from crmdesk.services.context import ServiceContext
from crmdesk.services.settings import (
    read_probabilities,
    read_scoring_config,
    read_stale_limits,
)

MAX_PAGE = 1000
ONLY_IDS_MAX = 2000  # up to this many matches, a column page reads them by id


def _weighted(x100: int | None) -> int:
    return round_half_up(Decimal(x100 or 0) / 100)


@dataclass(frozen=True, slots=True)
class BoardChoices:
    """Values the toolbar's filters offer."""

    sources: tuple[str, ...]
    owners: tuple[str, ...]


class BoardService:
    """Everything the board shows, for any filter, without loading every deal."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def column(
        self,
        stage: Stage | str,
        board_filter: BoardFilter | None = None,
        sort: BoardSort = BoardSort.MANUAL,
        offset: int = 0,
        limit: int = 100,
    ) -> list[CardRow]:
        """A page of cards of one column."""
        stage = Stage(stage)
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A page holds 1 to {max} cards from offset 0 on."),
                None,
                max=MAX_PAGE,
            )
        f = board_filter or BoardFilter()

        def query(session: Session) -> list[CardRow]:
            now = self._ctx.clock()
            # Few matches: read them by id (the index gives them at once); many: the column's
            # own order finds a page of them without reading the rest.
            only = deal_search.few_matches(session, f.search_terms(), ONLY_IDS_MAX)
            rows = q.column_page(
                session,
                stage,
                f,
                BoardSort(sort),
                offset,
                limit,
                self._ctx.config("scoring", read_scoring_config, session),
                self._ctx.config("stale", read_stale_limits, session),
                now,
                only,
            )
            actions = q.next_actions(session, [r["id"] for r in rows])
            return [_card(r, actions.get(r["id"])) for r in rows]

        return self._ctx.read(query)

    def totals(
        self, board_filter: BoardFilter | None = None, stages: Iterable[Stage] | None = None
    ) -> dict[Stage, ColumnTotals]:
        """Count, value and weighted value of every stage (or of ``stages``) for the whole file."""
        f = board_filter or BoardFilter()
        wanted = tuple(Stage) if stages is None else tuple(Stage(s) for s in stages)

        def query(session: Session) -> dict[Stage, ColumnTotals]:
            rows = q.column_totals(  # a search: the database's index answers it
                session,
                f,
                self._ctx.config("scoring", read_scoring_config, session),
                self._ctx.config("stale", read_stale_limits, session),
                self._ctx.clock(),
                None if stages is None else wanted,
            )
            defaults = self._ctx.config("probabilities", read_probabilities, session)
            count = dict.fromkeys(wanted, 0)
            values: dict[Stage, dict[str, int]] = {s: {} for s in wanted}
            weighted_x100: dict[Stage, dict[str, int]] = {s: {} for s in wanted}
            for r in rows:
                stage, currency, value = Stage(r["stage"]), r["currency"], int(r["value"] or 0)
                sub = SubStage(r["sub_stage"]) if r["sub_stage"] else None
                probability = rules.effective_probability(
                    stage, sub, r["probability_override"], defaults
                )
                count[stage] += r["count"]
                values[stage][currency] = values[stage].get(currency, 0) + value
                w = weighted_x100[stage]
                w[currency] = w.get(currency, 0) + value * probability
            return {
                s: ColumnTotals(
                    s,
                    count[s],
                    tuple(sorted(values[s].items())),
                    tuple(sorted((c, _weighted(x)) for c, x in weighted_x100[s].items())),
                )
                for s in wanted
            }

        return self._ctx.read(query)

    def warm_search(self) -> None:
        """Prepare the search statements ahead of the first search (safe from any thread); the
        search index itself lives in the database."""
        for n in range(1, 4):  # a search of one to three words, read either way
            f = BoardFilter(search=" ".join(["a"] * n))
            for stage in OPEN_STAGES:

                def query(session: Session, stage: Stage = stage, f: BoardFilter = f) -> None:
                    args = (BoardSort.MANUAL, 0, 1, *self._settings(session), self._ctx.clock())
                    q.column_page(session, stage, f, *args)
                    q.column_page(session, stage, f, *args, [])

                self._ctx.read(query)

    def _settings(self, session: Session) -> tuple[Any, Any]:
        return (
            self._ctx.config("scoring", read_scoring_config, session),
            self._ctx.config("stale", read_stale_limits, session),
        )

    def temperature_counts(self, warm_at: int, hot_at: int) -> dict[Temperature, int]:
        """How the open deals would spread over cold, warm and hot with these thresholds."""
        return self._ctx.read(lambda session: q.temperature_counts(session, warm_at, hot_at))

    def choices(self) -> BoardChoices:
        """The sources and owners in use, for the toolbar's filters."""
        return self._ctx.read(
            lambda session: BoardChoices(
                *(tuple(q.distinct_values(session, c)) for c in ("source", "owner"))
            )
        )

    def stages_of(self, deal_ids: Iterable[int]) -> dict[int, Stage]:
        """The current stage of each live (not archived) deal among ``deal_ids``."""
        ids = list(deal_ids)
        if not ids:
            return {}
        return self._ctx.read(lambda session: q.stages_of(session, ids))

    def search(self, text: str, limit: int = 50) -> list[CardRow]:
        """Deals in every stage whose title, people, organization, email or phone match ``text``."""
        f = BoardFilter(search=text)
        cards: list[CardRow] = []
        for stage in Stage:
            cards.extend(self.column(stage, f, BoardSort.SCORE, 0, limit))
        return sorted(cards, key=lambda c: -c.score)[:limit]

    def forecast(self) -> list[ForecastMonth]:
        """Expected revenue by expected-close month: weighted open opportunities plus won deals.

        Value × probability is computed here, per group of deals, with Python's exact integers:
        in SQL it could pass 2^63 at the bounds CRM Desk allows.
        """

        def query(session: Session) -> list[ForecastMonth]:
            defaults = self._ctx.config("probabilities", read_probabilities, session)
            months: dict[tuple[str, str], list[int]] = {}
            for r in q.forecast(session):
                stage, value = Stage(r["stage"]), int(r["value"] or 0)
                sub = SubStage(r["sub_stage"]) if r["sub_stage"] else None
                probability = rules.effective_probability(
                    stage, sub, r["probability_override"], defaults
                )
                month = months.setdefault((r["month"], r["currency"]), [0, 0, 0, 0])
                month[0] += r["count"]
                month[1] += value
                month[2] += value * probability
                month[3] += value if stage == Stage.WON else 0
            return [
                ForecastMonth(month, currency, count, value, _weighted(x100), won)
                for (month, currency), (count, value, x100, won) in sorted(months.items())
            ]

        return self._ctx.read(query)


def _card(r: Mapping[Any, Any], a: Mapping[Any, Any] | None) -> CardRow:
    next_action = None
    if a is not None:
        next_action = NextAction(a["id"], a["kind"], a["subject"], a["due_at"])
    return CardRow(
        id=r["id"],
        title=r["title"],
        stage=r["stage"],
        organization=r["organization"],
        contact=r["contact"],
        value_minor=r["value_minor"],
        currency=r["currency"],
        score=r["score"],
        temperature=Temperature(r["temperature"]),
        sub_stage=r["sub_stage"],
        probability=int(r["probability"] or 0),
        stage_entered_at=r["stage_entered_at"],
        next_action=next_action,
        stale=bool(r["stale"]),
        position=r["position"],
        quotes=int(r["quotes"] or 0),
        quote_status=QuoteStatus(r["quote_status"]) if r["quote_status"] else None,
        expected_close=r["expected_close"],
        nurture_steps=r["nurture_steps"],
        nurture_done=int(r["nurture_done"] or 0),
    )
