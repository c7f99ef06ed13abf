"""Quote numbers stay unique when several clients create quotes at the same moment."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crmdesk.app import Workspace, open_workspace
from crmdesk.services import LineSpec, Services
from crmdesk.services.quotes import QuoteService
from tests.conftest import Clock
from tests.integration.helpers import make_lead

POS = LineSpec("Phần mềm bán hàng POS", "bộ", 1000, 15_000_000, 0, 10)


@pytest.fixture
def target(db_path: Path) -> str:
    """The database the clients share."""
    return str(db_path)


@pytest.fixture
def first(target: str, clock: Clock) -> Iterator[Workspace]:
    ws = open_workspace(target, clock)
    yield ws
    ws.close()


def _quoter(
    target: str, deal_id: int, count: int, numbers: list[str], errors: list[object]
) -> None:
    ws = open_workspace(target)
    try:
        for _ in range(count):
            numbers.append(ws.services.quotes.create(deal_id, [POS]).number)
    except BaseException as error:  # reported by the test
        errors.append(error)
    finally:
        ws.close()


def test_quotes_created_at_once_by_two_clients_get_distinct_numbers(
    target: str, first: Workspace
) -> None:
    deal = make_lead(first.services)
    numbers: list[str] = []
    errors: list[object] = []
    threads = [
        threading.Thread(target=_quoter, args=(target, deal.id, 15, numbers, errors))
        for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=180)
    assert not errors, errors
    year = datetime.now(UTC).astimezone().year
    assert sorted(numbers) == [f"BG-{year}-{n:04d}" for n in range(1, 31)]


def test_a_number_taken_between_reading_and_writing_is_skipped_not_refused(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    deal = make_lead(services)
    first = services.quotes.create(deal.id, [POS])
    real = QuoteService._next_number
    stale = iter([first.number])  # what a client that read just before the first insert sees

    def racing(session: object, year: int) -> str:
        return next(stale, None) or real(session, year)  # type: ignore[arg-type]

    monkeypatch.setattr(QuoteService, "_next_number", staticmethod(racing))
    second = services.quotes.create(deal.id, [POS])
    assert (first.number, second.number) == ("BG-2026-0001", "BG-2026-0002")
    assert [q.number for q in services.quotes.for_deal(deal.id)].count("BG-2026-0001") == 1
    assert len(services.quotes.lines(second.id)) == 1
    services.history.undo()
    assert [q.number for q in services.quotes.for_deal(deal.id)] == ["BG-2026-0001"]
