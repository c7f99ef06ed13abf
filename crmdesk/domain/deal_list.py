"""What the Deals list asks for: the board's filters plus stage, outcome, archive and dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import Stage


class Archived(StrEnum):
    """Which deals by their archive flag."""

    LIVE = "live"
    ARCHIVED = "archived"
    ALL = "all"


class DealListSort(StrEnum):
    """Orders of the Deals list (each column that can be sorted)."""

    TITLE = "title"
    STAGE = "stage"
    ORGANIZATION = "organization"
    VALUE = "value"
    PROBABILITY = "probability"
    EXPECTED_CLOSE = "expected_close"
    OWNER = "owner"
    SCORE = "score"
    CREATED = "created"
    LOST_REASON = "lost_reason"


@dataclass(frozen=True, slots=True)
class DealListFilter:
    """The Deals list's filters; an empty one shows every live deal of any stage."""

    board: BoardFilter = field(default_factory=BoardFilter)
    stages: frozenset[Stage] | None = None  # None: every stage (the outcome is a stage)
    archived: Archived = Archived.LIVE
    close_from: date | None = None
    close_to: date | None = None
    created_from: date | None = None
    created_to: date | None = None
