"""Restoring CRM Desk's own workbook: the workbook is read once, and what the activities say
about each deal (set in one statement after they are written) is what the services compute."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from crmdesk.db.models import DealRow
from crmdesk.db.score_queries import recompute_scores
from crmdesk.services import Services
from crmdesk.services.derived import refresh_deal
from crmdesk.services.imports.xlsx import Book, recorded_size
from crmdesk.services.settings import read_scoring_config

DERIVED = ("two_way", "last_touched_at", "next_action_at", "score")


def _derived(services: Services) -> dict[str, tuple[object, ...]]:
    with services.context.session_factory() as session:
        return {
            d.title: tuple(getattr(d, c) for c in DERIVED) for d in session.scalars(select(DealRow))
        }


def test_a_restore_gives_each_deal_the_facts_of_its_activities(
    services: Services,
    clock,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from crmdesk.app import open_workspace
    from crmdesk.services.demo import generate_demo

    generate_demo(services.context.session_factory, 80, 4, clock())
    services.transfer.export(tmp_path / "all.xlsx")
    copy = open_workspace(tmp_path / "copy.sqlite", clock)
    try:
        report = copy.services.transfer.import_file(tmp_path / "all.xlsx")
        assert report.deals == 80
        restored = _derived(copy.services)
        with copy.services.context.session_factory() as session:  # one deal at a time
            config = read_scoring_config(session)
            for deal in session.scalars(select(DealRow)):
                refresh_deal(session, deal, config, clock())
            session.flush()
            recompute_scores(session, config, clock())
            session.commit()
        expected = _derived(copy.services)
    finally:
        copy.close()
    assert restored == expected
    assert any(two_way for two_way, *_ in restored.values())
    assert any(due is not None for _t, _l, due, _s in restored.values())


def test_a_sheet_size_is_read_from_its_head_or_counted_without_parsing(tmp_path: Path) -> None:
    from openpyxl import Workbook

    assert recorded_size(b'<worksheet><dimension ref="A1:AF20001"/><sheetData>') == (20001, 32)
    assert recorded_size(b'<worksheet><dimension ref="A1"/><sheetData>') is None
    assert recorded_size(b"<worksheet><sheetData><row r='1'>") is None
    book = Workbook(write_only=True)  # openpyxl's write-only sheets record no size
    sheet = book.create_sheet("Leads")
    for n in range(1234):
        sheet.append([f"Lead {n}", n])
    book.save(tmp_path / "leads.xlsx")
    with Book(tmp_path / "leads.xlsx") as opened:
        assert opened.size("Leads") is None
        assert opened.row_count("Leads") == 1234
        assert sum(1 for _ in opened.rows("Leads")) == 1234
