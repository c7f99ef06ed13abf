"""The board's read side: column pages, totals, search and forecast, all answered by SQL."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from crmdesk.db import board_queries as q
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.entities import CardRow, ColumnTotals, ForecastMonth, NextAction
from crmdesk.domain.enums import BoardSort, Stage, Temperature
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import round_half_up
from crmdesk.services.context import ServiceContext
from crmdesk.services.settings import read_scoring_config, read_stale_limits

MAX_PAGE = 1000


def _weighted(x100: int | None) -> int:
    return round_half_up(Decimal(x100 or 0) / 100)


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
            raise ValidationError(f"A page holds 1 to {MAX_PAGE} cards from offset 0 on.")
        f = board_filter or BoardFilter()

        def query(session: Session) -> list[CardRow]:
            now = self._ctx.clock()
            rows = q.column_page(
                session,
                stage,
                f,
                BoardSort(sort),
                offset,
                limit,
                read_scoring_config(session),
                read_stale_limits(session),
                now,
            )
            actions = q.next_actions(session, [r["id"] for r in rows])
            return [_card(r, actions.get(r["id"])) for r in rows]

        return self._ctx.read(query)

    def totals(self, board_filter: BoardFilter | None = None) -> dict[Stage, ColumnTotals]:
        """Count, value and weighted value of every stage for the whole database."""
        f = board_filter or BoardFilter()

        def query(session: Session) -> dict[Stage, ColumnTotals]:
            rows = q.column_totals(
                session,
                f,
                read_scoring_config(session),
                read_stale_limits(session),
                self._ctx.clock(),
            )
            acc: dict[Stage, tuple[int, list[tuple[str, int]], list[tuple[str, int]]]] = {
                s: (0, [], []) for s in Stage
            }
            for r in rows:
                count, values, weighted = acc[Stage(r["stage"])]
                values.append((r["currency"], int(r["value"] or 0)))
                weighted.append((r["currency"], _weighted(r["weighted_x100"])))
                acc[Stage(r["stage"])] = (count + r["count"], values, weighted)
            return {
                s: ColumnTotals(s, c, tuple(sorted(v)), tuple(sorted(w)))
                for s, (c, v, w) in acc.items()
            }

        return self._ctx.read(query)

    def search(self, text: str, limit: int = 50) -> list[CardRow]:
        """Deals in every stage whose title, people, organization, email or phone match ``text``."""
        f = BoardFilter(search=text)
        cards: list[CardRow] = []
        for stage in Stage:
            cards.extend(self.column(stage, f, BoardSort.SCORE, 0, limit))
        return sorted(cards, key=lambda c: -c.score)[:limit]

    def forecast(self) -> list[ForecastMonth]:
        """Expected revenue by expected-close month: weighted open opportunities plus won deals."""

        def query(session: Session) -> list[ForecastMonth]:
            return [
                ForecastMonth(
                    r["month"],
                    r["currency"],
                    r["count"],
                    int(r["value"] or 0),
                    _weighted(r["weighted_x100"]),
                    int(r["won"] or 0),
                )
                for r in q.forecast(session)
            ]

        return self._ctx.read(query)


def _card(r: dict, action: object | None) -> CardRow:  # type: ignore[type-arg]
    next_action = None
    if action is not None:
        next_action = NextAction(action.id, action.kind, action.subject, action.due_at)  # type: ignore[attr-defined]
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
    )
