"""Realistic demo data, made in memory and written in bulk, all in one transaction (or, for a
file renamed into place once whole, one transaction per slice)."""

from __future__ import annotations

import gc
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from random import Random
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from crmdesk.db.bulk import BulkWriter, Ref
from crmdesk.db.models import Base, DealRow, LostReasonRow, SettingRow
from crmdesk.db.people_keys import fill_missing
from crmdesk.db.uow import write_session
from crmdesk.domain.enums import TWO_WAY_KINDS, ActivityKind, Gate, Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from crmdesk.domain.score_decay import score_due
from crmdesk.domain.scoring import FitFacts, Signal, explain_score
from crmdesk.services import demo_history
from crmdesk.services import demo_names as names
from crmdesk.services.demo_agenda import add_demo_agenda
from crmdesk.services.demo_names import Contact, Org, Parties, cumulative, pick
from crmdesk.services.demo_quotes import add_demo_quotes
from crmdesk.services.settings import read_criteria, read_scoring_config

MAX_DEALS = 1_000_000
TABLES = ("organizations", "contacts", "deals", "stage_history", "answers", "activities")
CHUNK_DEALS = 5_000  # deals made before their rows are written
ROWS_PER_INSERT = 10_000

K = ActivityKind
L2P, P2O = Gate.LEAD_TO_PROSPECT, Gate.PROSPECT_TO_OPPORTUNITY
_STAGES = (Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY, Stage.WON, Stage.LOST)
_STAGE_CUM = demo_history.STAGE_CUM  # the histories the Insight report reads: demo_history
_MEAN_AGE = dict(zip(_STAGES, (35, 70, 90, 150, 130), strict=True))  # days since created
_SIGNALS = (K.WEBSITE_VISIT, K.PRICING_VISIT, K.CONTENT_DOWNLOAD, K.NEWSLETTER_SIGNUP,
            K.WEBINAR_ATTENDED, K.EMAIL_REPLY, K.INQUIRY, K.DEMO_REQUEST,
            K.QUOTE_REQUEST)  # fmt: skip
_SIGNAL_CUM = cumulative((30, 10, 14, 8, 5, 8, 10, 6, 4))
_SIGNAL_COUNT_CUM = cumulative((45, 30, 15, 7, 3))  # 1 to 5 signals
_TWO_WAY = (K.CALL, K.MEETING, K.EMAIL_REPLY, K.WEBINAR_ATTENDED)
_HOT = (K.DEMO_REQUEST, K.QUOTE_REQUEST, K.PRICING_VISIT, K.INQUIRY)
_LOGGED = (K.CALL, K.EMAIL, K.MEETING, K.NOTE)
_SCHEDULED = (K.CALL, K.MEETING, K.TASK, K.EMAIL)
_SUBS = tuple(SubStage)
_SUB_CUM = {Stage.OPPORTUNITY: cumulative((35, 30, 20, 15)), Stage.WON: cumulative((5, 10, 30, 55)),
            Stage.LOST: cumulative((30, 35, 25, 10))}  # fmt: skip
_LOST_WEIGHTS = {"price_too_high": 20, "competitor": 18, "no_budget": 15, "no_decision": 14,
                 "timing": 12, "not_a_fit": 8, "unresponsive": 10, "other": 3}  # fmt: skip
_OPEN_ACTION = {Stage.LEAD: 0.35, Stage.PROSPECT: 0.7, Stage.OPPORTUNITY: 0.85}
_OVERRIDES = (15, 30, 40, 60, 70, 85, 95)
_SUBJECTS = {ActivityKind(k): v for k, v in names.SUBJECTS.items()}
_LOST_FROM_CUM = demo_history.LOST_FROM_CUM  # lost from lead, prospect, opportunity


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    organizations: int
    contacts: int
    deals: int
    activities: int
    answers: int
    stage_history: int
    quotes: int = 0


def generate_demo(
    session_factory: sessionmaker[Session],
    deals: int,
    seed: int,
    now: datetime,
    progress: Callable[[int], None] | None = None,
    batched: bool = False,
) -> DemoSummary:
    """Fill an empty, seeded database with ``deals`` realistic deals: all of them, or nothing.

    ``batched``: commit after each slice of deals, so memory stays flat at a million deals — for
    a file nobody else sees yet, renamed into place once whole (``crmdesk demo`` does that)."""
    check_demo_request(deals, now)
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived rows, no cycles: the collector would only slow us down
    try:
        return _generate(session_factory, deals, seed, now.astimezone(UTC), progress, batched)
    finally:
        if collecting:
            gc.enable()


def check_demo_request(deals: int, now: datetime) -> None:
    """Refuse a number of deals out of range, or a time without its zone, in a sentence."""
    if isinstance(deals, bool) or not isinstance(deals, int) or not 1 <= deals <= MAX_DEALS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Choose from 1 to {max:,} demo deals."),
            "deals",
            max=MAX_DEALS,
        )
    if now.tzinfo is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The demo needs the current time with its time zone."),
            "now",
        )


def _generate(
    session_factory: sessionmaker[Session],
    deals: int,
    seed: int,
    now: datetime,
    progress: Callable[[int], None] | None,
    batched: bool,
) -> DemoSummary:
    """Check the database is empty, then make and write every row in one transaction (or one
    per slice, ``batched``)."""
    with write_session(session_factory) as session:
        refuse_unless_empty(session)
        rng = Random(seed)
        _set_target_industries(session, rng)
        builder = _Builder(session, rng, now)
        for start in range(0, deals, CHUNK_DEALS):
            for index in range(start, min(deals, start + CHUNK_DEALS)):
                builder.deal(index)
            builder.write()
            if batched:
                session.commit()
            if progress is not None:
                progress(min(deals, start + CHUNK_DEALS))
        quotes = add_demo_quotes(session, rng, now)
        add_demo_agenda(session, rng, now)
        session.commit()
    return replace(builder.summary(), quotes=quotes)


def refuse_unless_empty(session: Session) -> None:
    """Demo data goes into a database without deals: say so otherwise."""
    held = session.scalar(select(func.count()).select_from(DealRow)) or 0
    if held == 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This database already holds 1 deal; demo data goes into an empty database.",
            )
        )
    if held:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This database already holds {count:,} deals; demo data goes into an empty database.",  # noqa: E501
            ),
            None,
            count=held,
        )


# The demo's ideal customers, in the words its organizations' industries are written in.
TARGET_INDUSTRIES = ("Bán lẻ", "Nhà hàng & Khách sạn", "Thực phẩm & Đồ uống", "Phần mềm")


def _set_target_industries(session: Session, rng: Random) -> None:
    """Give fit scoring something to match, unless the user already chose target industries."""
    key = "scoring.target_industries"
    targets = sorted(rng.sample(TARGET_INDUSTRIES, 3))
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=json.dumps(targets, ensure_ascii=False)))
    elif not json.loads(row.value):
        row.value = json.dumps(targets, ensure_ascii=False)
    session.flush()


def _value(rng: Random, product: tuple[str, str, int, int], english: bool) -> int:
    """A plausible price: đồng to three significant digits, or whole US dollars in cents."""
    dong = math.exp(rng.uniform(math.log(product[2]), math.log(product[3]))) * 1_000_000
    dong = min(2_000_000_000.0, max(5_000_000.0, dong))
    step: int = 10 ** max(3, int(math.log10(dong)) - 2)
    if not english:
        return round(dong / step) * step
    dollars = min(80_000.0, max(500.0, dong / 25_000))
    step = 10 if dollars < 5_000 else 50
    return round(dollars / step) * step * 100


class _Builder:
    """Makes deals with their history, answers and activities, and writes them in batches."""

    def __init__(self, session: Session, rng: Random, now: datetime) -> None:
        self.rng, self.now = rng, now
        self.today = now.replace(hour=0, minute=0, second=0, microsecond=0)
        self.config = read_scoring_config(session)
        self.criteria = {g: read_criteria(session, g) for g in Gate}
        query = select(LostReasonRow).where(LostReasonRow.active.is_(True))
        reasons = session.scalars(query.order_by(LostReasonRow.position)).all()
        self.reasons = [(r.key, r.needs_note) for r in reasons]
        self.reason_cum = cumulative([_LOST_WEIGHTS.get(k, 5) for k, _ in self.reasons])
        self.owners = names.OWNERS[: rng.randint(3, 5)]
        tables = [Base.metadata.tables[name] for name in TABLES]  # parents first
        self.writer = BulkWriter(session, tables, ROWS_PER_INSERT)
        self.parties = Parties(rng, self.writer)
        self.positions = dict.fromkeys(_STAGES, 0.0)

    def _at(self, low: datetime, high: datetime) -> datetime:
        return low + (high - low) * self.rng.random()

    def deal(self, index: int) -> None:
        """Make one deal and everything that belongs to it."""
        rng, now = self.rng, self.now
        path = self._path()
        final = path[-1][0]
        created, moves = demo_history.timeline(rng, path, now)
        entered = moves[-1] if moves else created
        org, contact = self.parties.pick(index, created)
        english = org.english if org else False
        deal_id, before = Ref(), None
        for (stage, back), at in zip(path, [created, *moves], strict=True):
            note = rng.choice(names.BACK_NOTES[english]) if back else None
            self.writer.add_leaf("stage_history", {"deal_id": deal_id, "from_stage": before,
                                                   "to_stage": stage, "at": at,
                                                   "note": note})  # fmt: skip
            before = stage
        stages = [s for s, _ in path]
        gates = {gate: moves[stages.index(stage) - 1]
                 for gate, stage in ((L2P, Stage.PROSPECT), (P2O, Stage.OPPORTUNITY))
                 if stage in stages}  # fmt: skip
        self._answers(deal_id, gates, created, english)
        end = now if final.is_open else entered
        acts = self._activities(deal_id, final, created, end, gates, english)
        self._finish(deal_id, org, contact, stages, created, entered, acts, english)

    def _path(self) -> list[tuple[Stage, bool]]:
        """The stages a deal went through, each flagged when it was a move backward."""
        rng = self.rng
        final = pick(rng, _STAGES, _STAGE_CUM)
        top: Stage = Stage.OPPORTUNITY if final == Stage.WON else final
        if final == Stage.LOST:
            top = pick(rng, _STAGES, _LOST_FROM_CUM)
        chance = rng.random()
        if final == Stage.LEAD and chance < 0.04:
            return [(Stage.LEAD, False), (Stage.PROSPECT, False), (Stage.LEAD, True)]
        if final == Stage.PROSPECT and chance < 0.04:
            return [*((s, False) for s in _STAGES[:3]), (Stage.PROSPECT, True)]
        if final == Stage.OPPORTUNITY and chance < 0.03:
            return [(Stage.LEAD, False), (Stage.PROSPECT, False), (Stage.LEAD, True),
                    (Stage.PROSPECT, False), (Stage.OPPORTUNITY, False)]  # fmt: skip
        steps = [(s, False) for s in _STAGES[: _STAGES.index(top) + 1]]
        return steps if final.is_open else [*steps, (final, False)]

    def _answers(
        self, deal_id: Ref, gates: dict[Gate, datetime], created: datetime, english: bool
    ) -> None:
        """Answers met for every gate crossed, just before the move; a few partial ones on leads."""
        rng = self.rng
        given: list[tuple[int, str, bool, datetime]] = []
        for gate, at in gates.items():
            for c in self.criteria[gate]:
                if c.required or rng.random() < 0.3:
                    when = max(created, at - timedelta(seconds=rng.uniform(20, 900)))
                    given.append((c.id, c.key, c.required or rng.random() < 0.85, when))
        if not gates and rng.random() < 0.2:
            for c in rng.sample(self.criteria[L2P], min(len(self.criteria[L2P]), 2)):
                given.append((c.id, c.key, rng.random() < 0.6, self._at(created, self.now)))
        for criterion_id, key, met, at in given:
            evidence = names.EVIDENCE.get(key)
            note = evidence[english] if evidence and met and rng.random() < 0.7 else None
            self.writer.add_leaf("answers", {"deal_id": deal_id, "criterion_id": criterion_id,
                                             "met": met, "evidence": note,
                                             "answered_at": at})  # fmt: skip

    def _activity(
        self,
        deal_id: Ref,
        kind: ActivityKind,
        english: bool,
        occurred: datetime | None,
        due: datetime | None = None,
        done: datetime | None = None,
    ) -> dict[str, Any]:
        row = {"deal_id": deal_id, "kind": kind,
               "subject": self.rng.choice(_SUBJECTS[kind][english]),
               "occurred_at": occurred, "due_at": due, "done_at": done}  # fmt: skip
        self.writer.add_leaf("activities", row)
        return row

    def _activities(
        self,
        deal_id: Ref,
        final: Stage,
        created: datetime,
        end: datetime,
        gates: dict[Gate, datetime],
        english: bool,
    ) -> list[dict[str, Any]]:
        """Signals, a two-way contact before qualifying, logged work and follow-ups."""
        rng, now, act = self.rng, self.now, self._activity
        qualified = gates.get(L2P)
        made: list[dict[str, Any]] = []
        for _ in range(pick(rng, (1, 2, 3, 4, 5), _SIGNAL_COUNT_CUM)):
            kind = pick(rng, _SIGNALS, _SIGNAL_CUM)
            if qualified is None or rng.random() < 0.25:
                at = self._at(qualified or created, end)
            else:
                at = self._at(created, qualified)
            made.append(act(deal_id, kind, english, at))
        if final.is_open and rng.random() < 0.12:  # a burst of interest this week: hot
            for kind in rng.sample(_HOT, 2):
                at = max(created, now - timedelta(days=rng.uniform(0, 7)))
                made.append(act(deal_id, kind, english, at))
        if qualified is not None or rng.random() < 0.15:
            at = self._at(created, qualified or end)
            made.append(act(deal_id, rng.choice(_TWO_WAY), english, at))
        if P2O in gates and rng.random() < 0.35:
            at = max(created, gates[P2O] - timedelta(days=rng.uniform(0.1, 3)))
            made.append(act(deal_id, K.QUOTE_REQUEST, english, at))
        start = qualified or created
        count = int(rng.random() * (2 if qualified is None else 3 if P2O not in gates else 4))
        for _ in range(count):
            kind = rng.choice(_LOGGED if qualified else (K.EMAIL, K.NOTE))
            made.append(act(deal_id, kind, english, self._at(start, end)))
        if qualified is not None and rng.random() < 0.3:
            due = self._at(start, end)
            done = min(end, due + timedelta(hours=rng.uniform(0, 30)))
            made.append(act(deal_id, rng.choice(_SCHEDULED), english, done, due, done))
        if final.is_open and rng.random() < _OPEN_ACTION[final]:
            chance = rng.random()
            if chance < 0.25:  # overdue
                due = max(now - timedelta(hours=rng.uniform(1, 240)), self._at(created, now))
            elif chance < 0.4:  # today
                due = max(self.today + timedelta(hours=rng.uniform(0, 24)), created)
            else:
                due = now + timedelta(days=rng.uniform(1, 30))
            made.append(act(deal_id, rng.choice(_SCHEDULED), english, None, due))
        return made

    def _finish(
        self,
        deal_id: Ref,
        org: Org | None,
        contact: Contact,
        stages: list[Stage],
        created: datetime,
        entered: datetime,
        acts: list[dict[str, Any]],
        english: bool,
    ) -> None:
        """The deal row itself, with its derived columns computed as the services would."""
        rng, now, final = self.rng, self.now, stages[-1]
        product, title, key = self.parties.title(org, contact, english)
        signals = [Signal(a["kind"], a["occurred_at"]) for a in acts
                   if a["occurred_at"] and a["kind"].is_signal]  # fmt: skip
        two_way = any(a["kind"] in TWO_WAY_KINDS and a["occurred_at"] for a in acts)
        email = contact.email or (org.email if org else None)
        industry, size = (org.industry, org.size) if org else (None, None)
        facts = FitFacts(industry, size, contact.role, email)
        score = explain_score(signals, facts, two_way, self.config, now).score
        due = score_due(signals, self.config, now)
        happened = [t for a in acts for t in (a["occurred_at"], a["done_at"]) if t]
        open_due = [a["due_at"] for a in acts if a["due_at"] and a["done_at"] is None]
        sub_stage = close = override = reason = note = None
        if final == Stage.OPPORTUNITY or (Stage.OPPORTUNITY in stages and not final.is_open):
            sub_stage = pick(rng, _SUBS, _SUB_CUM[final])
        if final == Stage.WON:
            close = (entered + timedelta(days=rng.uniform(-5, 5))).date()
        elif final == Stage.OPPORTUNITY or (final == Stage.PROSPECT and rng.random() < 0.65):
            close = (now + timedelta(days=rng.uniform(-20 if sub_stage else 14, 150))).date()
        if final == Stage.OPPORTUNITY and rng.random() < 0.12:
            override = rng.choice(_OVERRIDES)
        source = demo_history.source(rng, final, english)
        if final == Stage.LOST and self.reasons:
            cum = self.reason_cum
            reason, needs_note = demo_history.lost_reason(rng, source, self.reasons, cum)
            note = rng.choice(names.LOST_NOTES[english]) if needs_note else None
        self.positions[final] += 1.0
        touched = max([entered, *happened])
        worth = demo_history.value(rng, _value(rng, product, english), final)
        interest = rng.choice(names.INTERESTS[english]).format(
            n=rng.randint(2, 12), q=rng.randint(1, 4)
        )
        self.writer.add("deals", {
            "title": title, "organization_id": org.id if org else None,
            "contact_id": contact.id, "stage": final, "sub_stage": sub_stage, "source": source,
            "interest": interest, "value_minor": worth,
            "currency": "USD" if english else "VND", "probability_override": override,
            "expected_close": close, "owner": rng.choice(self.owners),
            "position": self.positions[final], "stage_entered_at": entered,
            "lost_reason": reason, "lost_note": note, "archived": False, "score": score,
            "score_due_s": due, "two_way": two_way, "last_touched_at": touched,
            "next_action_at": min(open_due) if open_due else None, "search_key": key,
            "created_at": created, "updated_at": touched,
        }, deal_id)  # fmt: skip

    def write(self) -> None:
        """Insert the rows made so far, parents first, in slices; the database gives the ids."""
        self.writer.flush()
        fill_missing(self.writer.session)

    def summary(self) -> DemoSummary:
        """What was written."""
        c = self.writer.written
        return DemoSummary(c["organizations"], c["contacts"], c["deals"], c["activities"],
                           c["answers"], c["stage_history"])  # fmt: skip
