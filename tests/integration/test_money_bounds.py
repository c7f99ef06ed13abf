"""No amount above 10^15 minor units and no total above 2^62: every sum stays exact."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, text

from crmdesk.app import Workspace, open_workspace
from crmdesk.db.engine import make_engine
from crmdesk.db.migrate import alembic_config
from crmdesk.db.models import DealRow
from crmdesk.db.uow import write_session
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import Stage, SubStage, Temperature
from crmdesk.domain.errors import AmountTooLargeError
from crmdesk.domain.money import MAX_AMOUNT, MAX_TOTAL
from crmdesk.services.imports.plan import ImportOptions
from tests.conftest import dump
from tests.storage_files import old_database

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _fill(workspace: Workspace, stage: Stage, sub_stage: SubStage | None, total: int) -> None:
    """Deals of at most MAX_AMOUNT each, adding up to exactly ``total`` in one group."""
    values = [MAX_AMOUNT] * (total // MAX_AMOUNT) + (
        [total % MAX_AMOUNT] if total % MAX_AMOUNT else []
    )
    rows = [
        {"title": f"Hợp đồng {n}", "stage": stage, "sub_stage": sub_stage, "value_minor": v,
         "currency": "VND", "position": float(n), "stage_entered_at": NOW,
         "expected_close": date(2026, 12, 15), "archived": False, "score": 0, "two_way": False,
         "last_touched_at": NOW, "search_key": f"hop dong {n}", "created_at": NOW,
         "updated_at": NOW}
        for n, v in enumerate(values)
    ]  # fmt: skip
    with write_session(workspace.services.context.session_factory) as session:
        session.execute(insert(DealRow.__table__), rows)
        session.commit()


def test_totals_and_the_forecast_are_exact_at_the_bound(workspace: Workspace) -> None:
    _fill(workspace, Stage.OPPORTUNITY, SubStage.CLOSING, MAX_TOTAL)
    _fill(workspace, Stage.OPPORTUNITY, SubStage.NEGOTIATION, MAX_TOTAL)
    services = workspace.services
    column = services.board.totals()[Stage.OPPORTUNITY]
    assert column.value_by_currency == (("VND", 2 * MAX_TOTAL),)  # 2^63: past SQLite's integers
    weighted = (MAX_TOTAL * 90 + MAX_TOTAL * 75 + 50) // 100  # rounded half up, exactly
    assert column.weighted_by_currency == (("VND", weighted),)
    [december] = services.board.forecast()
    assert (december.month, december.value_minor) == ("2026-12", 2 * MAX_TOTAL)
    assert december.weighted_minor == weighted
    for board_filter in (BoardFilter(search="hợp đồng"), BoardFilter(temperature=Temperature.COLD)):
        filtered = services.board.totals(board_filter)[Stage.OPPORTUNITY]  # memory, then SQL
        assert filtered.value_by_currency == (("VND", 2 * MAX_TOTAL),)


def test_a_change_that_would_take_a_total_past_the_bound_is_refused_in_a_sentence(
    workspace: Workspace,
) -> None:
    _fill(workspace, Stage.LEAD, None, MAX_TOTAL - 10)
    services = workspace.services
    fits = services.deals.create("Vừa đủ", 10, "VND")
    before = dump(workspace.engine)
    with pytest.raises(AmountTooLargeError) as error:
        services.deals.create("Một đồng nữa", 1, "VND")
    assert "column's total" in str(error.value) and str(error.value).endswith(".")
    with pytest.raises(AmountTooLargeError):
        services.deals.update(fits.id, value_minor=11)
    assert dump(workspace.engine) == before
    assert services.board.totals()[Stage.LEAD].value_by_currency == (("VND", MAX_TOTAL),)
    services.deals.archive([fits.id])  # taking value out of a full column always works
    assert services.board.totals()[Stage.LEAD].value_by_currency == (("VND", MAX_TOTAL - 10),)


def _import(workspace: Workspace, tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    source = tmp_path / "leads.csv"
    source.write_text("Title,Value,Currency\n" + "\n".join(lines) + "\n", encoding="utf-8")
    columns = {"Title": "deal.title", "Value": "deal.value", "Currency": "deal.currency"}
    return workspace.services.transfer.import_file(source, ImportOptions(columns=columns))


def test_an_amount_too_large_costs_only_that_value_in_an_import(
    workspace: Workspace, tmp_path: Path
) -> None:
    report = _import(
        workspace,
        tmp_path,
        [
            "Đơn 29 chữ số,12345678901234567890123456789,VND",
            "Đơn 2^63,9223372036854775807,VND",
            "Đơn bình thường,1.250.000,VND",
            f"Đơn đúng giới hạn,{MAX_AMOUNT},VND",
        ],
    )
    assert report.deals == 4 and report.skipped == []
    assert [s.line for s in report.left_out] == [2, 3]
    assert all("too large" in s.reason for s in report.left_out)
    values = {c.title: c.value_minor for c in workspace.services.board.column(Stage.LEAD)}
    assert values == {
        "Đơn 29 chữ số": 0,
        "Đơn 2^63": 0,
        "Đơn bình thường": 1_250_000,
        "Đơn đúng giới hạn": MAX_AMOUNT,
    }


def test_an_import_never_takes_a_total_past_the_bound(workspace: Workspace, tmp_path: Path) -> None:
    _fill(workspace, Stage.LEAD, None, MAX_TOTAL - 5)
    report = _import(workspace, tmp_path, ["Quá,10,VND", "Vừa,5,VND", "Thêm,1,VND"])
    assert report.deals == 3
    assert [s.line for s in report.left_out] == [2, 4]
    assert all("past what CRM Desk adds up exactly" in s.reason for s in report.left_out)
    assert workspace.services.board.totals()[Stage.LEAD].value_by_currency == (("VND", MAX_TOTAL),)


def test_an_older_file_whose_totals_went_past_64_bits_still_upgrades_exactly(
    tmp_path: Path,
) -> None:
    path = old_database(tmp_path / "old.sqlite")
    with sqlite3.connect(path) as conn:  # what an older version accepted
        conn.execute(
            "UPDATE deals SET value_minor = 9223372036854775807, currency = 'VND', "
            "stage = 'lead', sub_stage = NULL, archived = 0 WHERE id IN (1, 2)"
        )
    conn.close()
    workspace = open_workspace(path)
    try:
        with workspace.engine.connect() as conn:
            kinds = conn.execute(text("SELECT DISTINCT typeof(value) FROM deal_totals")).all()
            count = conn.execute(text("SELECT count(*) FROM deals")).scalar()
        assert kinds == [("integer",)] and count == 300
        workspace.services.deals.update(1, value_minor=5)  # the old value can be corrected
    finally:
        workspace.close()


def test_totals_an_older_version_turned_into_a_float_are_rebuilt_as_integers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "0004.sqlite"
    open_workspace(path).close()
    engine = make_engine(path)
    with engine.connect() as conn:
        command.downgrade(alembic_config(conn), "0004")  # the triggers that let sums overflow
    rows = [{"title": f"Cũ {n}", "stage": Stage.LEAD, "value_minor": v, "currency": "VND",
             "position": float(n), "stage_entered_at": NOW, "archived": False, "score": 0,
             "two_way": False, "last_touched_at": NOW, "search_key": "", "created_at": NOW,
             "updated_at": NOW} for n, v in enumerate((2**62, 2**62, 7))]  # fmt: skip
    with engine.begin() as conn:
        conn.execute(insert(DealRow.__table__), rows)
        assert conn.execute(text("SELECT typeof(value) FROM deal_totals")).scalar() == "real"
    engine.dispose()
    workspace = open_workspace(path)
    try:
        with workspace.engine.connect() as conn:
            assert conn.execute(text("SELECT typeof(value) FROM deal_totals")).scalar() == "integer"
        assert workspace.services.board.totals()[Stage.LEAD].count == 3
    finally:
        workspace.close()
