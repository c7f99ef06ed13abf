"""The Deals list: every deal of any stage, won, lost and archived included, page by page."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crmdesk.db import deal_list_queries as q
from crmdesk.domain.deal_list import DealListFilter, DealListSort
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.people_rows import DealListRow
from crmdesk.services.context import ServiceContext
from crmdesk.services.local_zone import local_zone
from crmdesk.services.settings import read_scoring_config, read_stale_limits

MAX_PAGE = 1000


class DealListService:
    """What the Deals view and ``crmdesk deals list --archived`` show."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def page(
        self,
        deal_filter: DealListFilter | None = None,
        sort: DealListSort = DealListSort.CREATED,
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
    ) -> list[DealListRow]:
        """A page of deals (newest first unless ``sort`` says otherwise)."""
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A page holds 1 to {max} rows from offset 0 on."),
                None,
                max=MAX_PAGE,
            )
        f = deal_filter or DealListFilter()

        def query(session: Session) -> list[DealListRow]:
            rows = q.page(
                session,
                f,
                DealListSort(sort),
                descending,
                offset,
                limit,
                self._ctx.config("scoring", read_scoring_config, session),
                self._ctx.config("stale", read_stale_limits, session),
                self._ctx.clock(),
                local_zone(),
            )
            return [DealListRow(**r) for r in rows]

        return self._ctx.read(query)

    def count(self, deal_filter: DealListFilter | None = None, cap: int | None = None) -> int:
        """How many deals the filter shows; with ``cap``, counting stops past it (a result
        above ``cap`` means "more than ``cap``")."""
        f = deal_filter or DealListFilter()
        return self._ctx.read(
            lambda s: q.count(
                s,
                f,
                self._ctx.config("scoring", read_scoring_config, s),
                self._ctx.config("stale", read_stale_limits, s),
                self._ctx.clock(),
                local_zone(),
                cap,
            )
        )
