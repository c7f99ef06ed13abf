"""Two clients on one database: a change made on a stale copy is refused with who made the
newer one and when, nothing is overwritten, moves take turns, undo refuses after another
client's change."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.app import Workspace, open_workspace
from crmdesk.db.models import (
    ActivityRow,
    ContactRow,
    DealRow,
    OrganizationRow,
    QuoteLineRow,
    QuoteRow,
    SettingRow,
    StageHistoryRow,
)
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import ConflictError, UndoConflictError
from crmdesk.services import LineSpec, Services, local_zone
from tests.conftest import Clock, dump
from tests.integration.helpers import LEAD_REQUIRED, PROSPECT_REQUIRED, make_lead, met

POS = LineSpec("Phần mềm bán hàng POS", "bộ", 1000, 15_000_000, 0, 10)


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_zone, "local_zone", lambda: UTC)  # times read as in the test


@pytest.fixture
def target(db_path: Path) -> str:
    """The database both clients share."""
    return str(db_path)


@pytest.fixture
def clients(target: str, clock: Clock) -> Iterator[tuple[Workspace, Workspace]]:
    """Two programs on one database, by minh and by hạnh."""
    first = open_workspace(target, clock)
    second = open_workspace(target, clock)
    first.services.context.actor, second.services.context.actor = "minh", "Trần Thị Hạnh"
    yield first, second
    first.close()
    second.close()


def _version(ws: Workspace, model: type, row_id: object) -> int:
    with ws.services.context.session_factory() as session:
        return int(session.get(model, row_id).version)  # type: ignore[attr-defined]


def test_an_edit_on_a_copy_someone_moved_since_is_refused_naming_them(
    clients: tuple[Workspace, Workspace], clock: Clock
) -> None:
    a, b = clients
    deal = make_lead(a.services)
    seen_by_b = b.services.deals.get(deal.id)
    clock.now = datetime(2026, 11, 2, 10, 42, tzinfo=UTC)
    a.services.pipeline.move(
        [deal.id], "opportunity", answers=met(*LEAD_REQUIRED, *PROSPECT_REQUIRED)
    )
    before = dump(a.engine)
    with pytest.raises(ConflictError) as refused:
        b.services.deals.update(deal.id, title="Renamed by hạnh", if_version=seen_by_b.version)
    assert str(refused.value) == (
        "minh moved this deal to Opportunity at 10:42; your change was not saved."
    )
    assert refused.value.version == seen_by_b.version + 1
    assert dump(a.engine) == before  # nothing overwritten
    renamed = b.services.deals.update(deal.id, title="Renamed", if_version=refused.value.version)
    assert renamed.title == "Renamed" and renamed.version == seen_by_b.version + 2


def test_a_move_on_a_stale_copy_is_refused_and_the_history_does_not_fork(
    clients: tuple[Workspace, Workspace], clock: Clock
) -> None:
    a, b = clients
    deal = make_lead(a.services)
    seen = {deal.id: b.services.deals.get(deal.id).version}
    clock.advance(minutes=5)
    a.services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    with pytest.raises(ConflictError, match=r"^minh moved this deal to Prospect at 09:05; "):
        b.services.pipeline.move([deal.id], "lost", lost_reason="price", seen=seen)
    history = b.services.deals.history(deal.id)
    assert [(h.from_stage, h.to_stage) for h in history] == [
        (None, Stage.LEAD),
        (Stage.LEAD, Stage.PROSPECT),
    ]


def test_an_edit_names_the_editor_and_only_changes_people_make_give_a_new_version(
    clients: tuple[Workspace, Workspace], clock: Clock
) -> None:
    a, b = clients
    deal = make_lead(a.services)
    assert deal.version == 1
    a.services.activities.log(deal.id, "email_reply", "Trả lời email")  # derived columns only
    assert a.services.deals.get(deal.id).version == 1
    clock.advance(hours=2)
    b.services.deals.update(deal.id, value_minor=99_000_000)
    with pytest.raises(ConflictError) as refused:
        a.services.deals.update(deal.id, title="Other", if_version=1)
    assert str(refused.value).startswith("Trần Thị Hạnh changed this deal at 11:00;")
    with a.services.context.session_factory() as session:
        row = session.get(DealRow, deal.id)
        assert (row.version, row.changed_by) == (2, "Trần Thị Hạnh")
        assert row.changed_at == clock.now


def test_undo_after_another_clients_change_is_refused_and_writes_nothing(
    clients: tuple[Workspace, Workspace], clock: Clock
) -> None:
    a, b = clients
    deal = make_lead(a.services)
    a.services.deals.update(deal.id, title="Renamed by minh")
    clock.now = datetime(2026, 11, 2, 10, 45, tzinfo=UTC)
    b.services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    before = dump(a.engine)
    with pytest.raises(UndoConflictError) as refused:
        a.services.history.undo()
    assert str(refused.value) == (
        "This change cannot be undone: Trần Thị Hạnh moved this deal to Prospect at 10:45."
    )
    assert dump(a.engine) == before
    assert a.services.deals.get(deal.id).title == "Renamed by minh"


def test_undo_gives_the_next_version_so_a_copy_of_the_undone_state_is_stale(
    clients: tuple[Workspace, Workspace], clock: Clock
) -> None:
    a, b = clients
    deal = make_lead(a.services)
    edited = a.services.deals.update(deal.id, title="Renamed")
    seen_by_b = b.services.deals.get(deal.id)
    clock.advance(minutes=1)
    a.services.history.undo()
    restored = a.services.deals.get(deal.id)
    assert restored.title == deal.title
    assert restored.version == edited.version + 1 == 3
    with pytest.raises(ConflictError, match=r"^minh changed this deal at 09:01;"):
        b.services.deals.update(deal.id, value_minor=1, if_version=seen_by_b.version)
    a.services.history.redo()
    assert a.services.deals.get(deal.id).version == 4


def test_every_editable_row_carries_a_version_stamped_with_who_changed_it(
    clients: tuple[Workspace, Workspace],
) -> None:
    a, b = clients
    deal = make_lead(a.services)
    quote = a.services.quotes.create(deal.id, [POS])
    activity = a.services.activities.log(deal.id, "call", "Gọi điện")
    s = b.services
    s.organizations.update(deal.organization_id, industry="Software")
    s.contacts.update(deal.contact_id, job_title="Giám đốc")
    s.quotes.edit(quote.id, [POS, POS], notes="Giá đã gồm VAT")
    s.activities.complete(activity.id)
    s.settings.set("quote.validity_days", 45)
    with a.services.context.session_factory() as session:
        rows = [
            session.get(OrganizationRow, deal.organization_id),
            session.get(ContactRow, deal.contact_id),
            session.get(QuoteRow, quote.id),
            session.get(ActivityRow, activity.id),
            session.get(SettingRow, "quote.validity_days"),
        ]
        lines = session.scalars(select(QuoteLineRow).where(QuoteLineRow.quote_id == quote.id))
        rows += list(lines)
        stamps = [(type(r).__name__, r.version > 1 or r.changed_by) for r in rows]
        assert all(r.changed_by == "Trần Thị Hạnh" for r in rows), stamps
        assert [r.version for r in rows[:5]] == [2, 2, 2, 2, 2]


def _mover(target: str, actor: str, deal_id: int, moves: int, errors: list[BaseException]) -> None:
    ws = open_workspace(target)
    ws.services.context.actor = actor
    try:
        for _ in range(moves):
            stage = ws.services.deals.get(deal_id).stage  # may be stale by the move: no matter
            to = Stage.PROSPECT if stage == Stage.LEAD else Stage.LEAD
            ws.services.pipeline.move([deal_id], to, override_reason="test", note="back again")
    except BaseException as error:  # reported by the test
        errors.append(error)
    finally:
        ws.close()


def test_concurrent_moves_of_one_deal_keep_its_history_one_unbroken_chain(
    target: str, clients: tuple[Workspace, Workspace]
) -> None:
    a, _b = clients
    deal = make_lead(a.services)
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=_mover, args=(target, who, deal.id, 25, errors))
        for who in ("minh", "hạnh")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=180)
    assert not errors, errors
    with a.services.context.session_factory() as session:
        h = StageHistoryRow
        chain = session.execute(
            select(h.from_stage, h.to_stage).where(h.deal_id == deal.id).order_by(h.id)
        ).all()
        row = session.get(DealRow, deal.id)
        assert row is not None
        # A move read stale may find the deal in its target already: no entry, nothing forks.
        assert 2 <= len(chain) <= 51
        assert all(prev.to_stage == nxt.from_stage for prev, nxt in pairwise(chain)), chain
        assert chain[0].from_stage is None and chain[-1].to_stage == row.stage
        assert row.version >= len(chain)  # one more version per move that changed anything


def test_the_copy_on_screen_carries_its_version(services: Services) -> None:
    deal = make_lead(services)
    moved = services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))[0]
    assert (deal.version, moved.version) == (1, 2)


def test_an_organization_or_contact_edited_on_a_stale_copy_is_refused(
    clients: tuple[Workspace, Workspace], clock: Clock
) -> None:
    a, b = clients
    deal = make_lead(a.services)
    assert deal.organization_id is not None and deal.contact_id is not None
    org = b.services.organizations.get(deal.organization_id)
    person = b.services.contacts.get(deal.contact_id)
    clock.advance(minutes=30)
    a.services.organizations.update(org.id, region="Đà Nẵng")
    a.services.contacts.update(person.id, job_title="Kế toán trưởng")
    with pytest.raises(ConflictError, match=r"^minh changed this organization at 09:30;"):
        b.services.organizations.update(org.id, industry="Software", if_version=org.version)
    with pytest.raises(ConflictError, match=r"^minh changed this contact at 09:30;"):
        b.services.contacts.update(person.id, job_title="Giám đốc", if_version=person.version)
    assert b.services.organizations.get(org.id).industry == "Retail"
    assert b.services.contacts.get(person.id).job_title == "Kế toán trưởng"
    fresh = b.services.organizations.get(org.id)
    assert b.services.organizations.update(org.id, size=45, if_version=fresh.version).size == 45


def test_a_quote_edited_on_a_stale_copy_is_refused_and_its_lines_stay(
    clients: tuple[Workspace, Workspace], clock: Clock
) -> None:
    a, b = clients
    deal = make_lead(a.services)
    quote = a.services.quotes.create(deal.id, [POS])
    seen = b.services.quotes.get(quote.id)
    clock.advance(minutes=12)
    a.services.quotes.edit(quote.id, notes="Giá đã gồm VAT")
    with pytest.raises(ConflictError, match=r"^minh changed this quote at 09:12;"):
        b.services.quotes.edit(quote.id, [POS, POS], if_version=seen.version)
    assert len(b.services.quotes.lines(quote.id)) == 1
    assert b.services.quotes.get(quote.id).notes == "Giá đã gồm VAT"


def test_a_row_changed_between_reading_and_writing_it_is_never_overwritten(
    services: Services,
) -> None:
    from sqlalchemy import update

    from crmdesk.services.rows import live_deal

    deal = make_lead(services)

    def racing(session: Any) -> None:
        row = live_deal(session, deal.id)  # read, not locked: as a client that did not lock
        # … while another writer commits its change (here in the same transaction, for a
        # deterministic test on any engine).
        table = DealRow.__table__
        session.execute(
            update(table).where(table.c.id == deal.id).values(version=table.c.version + 1)
        )
        row.title = "Overwritten?"

    with pytest.raises(ConflictError, match="at the same moment; your change was not saved"):
        services.context.change("race", racing)
    assert services.deals.get(deal.id).title == deal.title
