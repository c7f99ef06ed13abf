"""Change notices by meaning: what a committed change did, in the words the window refreshes by.

The window never reads table names: a notice says *deals moved*, *people changed*, *the scoring
changed*… and which deals and stages are concerned. One table maps the storage onto those
meanings (``_MEANING``); nothing else does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from crmdesk.db.journal import RowChange
from crmdesk.domain.enums import Stage


class Change(StrEnum):
    """One kind of thing a change can touch."""

    DEALS = "deals"  # a deal's fields, stage, position or archiving
    ACTIVITIES = "activities"  # logged, scheduled or completed activities
    HISTORY = "history"  # stage history and qualification answers
    PEOPLE = "people"  # organizations and contacts
    QUOTES = "quotes"  # quotes and their lines
    CATALOG = "catalog"  # products
    SETTINGS = "settings"  # key/value settings (which ones: ``OpChanges.setting_keys``)
    CRITERIA = "criteria"  # qualification criteria
    SCORING = "scoring"  # scoring rules or scoring settings: every score may change
    PIPELINE = "pipeline"  # sub-stage probabilities, lost reasons, stale limits
    SCORES = "scores"  # derived: stored scores were recomputed
    NURTURE = "nurture"  # deals enrolled in or leaving a nurturing plan
    PLANS = "plans"  # nurturing plans and their steps
    EVERYTHING = "everything"  # an import or another file: anything may have changed


class Kind(StrEnum):
    """Why a notice was sent."""

    DO = "do"
    UNDO = "undo"
    REDO = "redo"
    DERIVED = "derived"  # derived data brought in step (no undo step of its own)
    IMPORT = "import"


_MEANING: dict[str, Change] = {
    "deals": Change.DEALS,
    "activities": Change.ACTIVITIES,
    "stage_history": Change.HISTORY,
    "answers": Change.HISTORY,
    "organizations": Change.PEOPLE,
    "contacts": Change.PEOPLE,
    "quotes": Change.QUOTES,
    "quote_lines": Change.QUOTES,
    "products": Change.CATALOG,
    "settings": Change.SETTINGS,
    "criteria": Change.CRITERIA,
    "scoring_rules": Change.SCORING,
    "sub_stage_probabilities": Change.PIPELINE,
    "lost_reasons": Change.PIPELINE,
    "nurture_enrolments": Change.NURTURE,
    "nurture_plans": Change.PLANS,
    "nurture_steps": Change.PLANS,
    "exchange_rates": Change.SETTINGS,
}
_SETTING_MEANING = {"scoring.": Change.SCORING, "stale.": Change.PIPELINE}

# What settings-like data the services cache: any of these empties the cache.
CONFIG_CHANGES = frozenset(
    {Change.SETTINGS, Change.CRITERIA, Change.SCORING, Change.PIPELINE, Change.EVERYTHING}
)


@dataclass(frozen=True, slots=True)
class OpChanges:
    """Announced after every committed change: what it was and what it touched."""

    # A Message: the English label, with its marked template and values for translation.
    label: str
    kind: Kind
    changes: frozenset[Change]
    deal_ids: frozenset[int] = frozenset()  # deals whose card may look different now
    # The stage each changed deal is in now; a deal archived or deleted by the change is absent.
    deal_stages: Mapping[int, Stage] = field(default_factory=dict)
    # Every stage that gained, lost or changed a deal (before and after the change).
    stages: frozenset[Stage] = frozenset()
    setting_keys: frozenset[str] = frozenset()  # which settings changed, if any

    def touches(self, *changes: Change) -> bool:
        """Whether the change touched any of ``changes`` (an import touches everything)."""
        return Change.EVERYTHING in self.changes or not self.changes.isdisjoint(changes)


def everything(label: str, kind: Kind) -> OpChanges:
    """A notice that anything may have changed (after an import, say)."""
    return OpChanges(label, kind, frozenset({Change.EVERYTHING}))


def summarize(label: str, kind: Kind, changes: Iterable[RowChange]) -> OpChanges:
    """Build the notice for a set of row changes (undo: the rows went back to ``before``)."""
    meanings: set[Change] = set()
    deal_ids: set[int] = set()
    now_in: dict[int, Stage] = {}
    stages: set[Stage] = set()
    keys: set[str] = set()
    for change in changes:
        meanings.add(_MEANING.get(change.table, Change.EVERYTHING))
        if change.table == "settings":
            key = str(change.key[0])
            keys.add(key)
            meanings.update(m for prefix, m in _SETTING_MEANING.items() if key.startswith(prefix))
        if change.table == "deals":
            deal_ids.add(change.key[0])
            now = change.before if kind == Kind.UNDO else change.after
            for row in (change.before, change.after):
                if row is not None and not row.get("archived"):
                    stages.add(Stage(row["stage"]))
            if now is not None and not now.get("archived"):
                now_in[change.key[0]] = Stage(now["stage"])
        for row in (change.before, change.after):
            if row is not None and row.get("deal_id") is not None:
                deal_ids.add(row["deal_id"])
    return OpChanges(
        label,
        kind,
        frozenset(meanings),
        frozenset(deal_ids),
        now_in,
        frozenset(stages),
        frozenset(keys),
    )
