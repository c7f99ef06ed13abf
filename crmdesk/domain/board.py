"""What the board asks for: filters and sort orders of the columns."""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.domain.enums import Temperature
from crmdesk.domain.text import search_words


@dataclass(frozen=True, slots=True)
class BoardFilter:
    """Filters of the toolbar; an empty filter shows everything."""

    search: str = ""
    temperature: Temperature | None = None
    source: str | None = None
    owner: str | None = None
    stale_only: bool = False
    overdue_only: bool = False
    # Only these deals (the ones an import brought in, the deals behind a figure), if set.
    deal_ids: frozenset[int] | None = None

    def search_terms(self) -> list[str]:
        """Folded words of the search: each must start a word of a deal's search key."""
        return search_words(self.search)
