"""The .xlsx export read back with openpyxl: numbers, dates, words, text kept text, and a file
that still restores exactly (also with control characters in the data)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import text as sql

from crmdesk.app import Workspace, open_workspace
from crmdesk.domain.enums import ActivityKind, DecisionRole, Stage
from crmdesk.domain.errors import DEFAULTS
from crmdesk.services import Services
from crmdesk.services.export_workbook import clean_text, money_format
from tests.integration.helpers import LEAD_REQUIRED, PROSPECT_REQUIRED, make_lead, met
from tests.integration.test_import_export import content


def sheet_rows(path: Path, name: str) -> list[dict[str, object]]:
    """The sheet's rows as {header: cell} (cells, for their value and number format)."""
    book = load_workbook(path)
    sheet = book[name]
    rows = list(sheet.iter_rows())
    header = [c.value for c in rows[0]]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def vietnamese(_context: str, text: str) -> str:
    """A stand-in for the window's translate: a few of the Defaults words in Vietnamese."""
    words = {
        "Opportunity": "Cơ hội bán hàng",
        "Needs identified": "Đã xác định nhu cầu",
        "Lead": "Khách tiềm năng",
        "Call": "Cuộc gọi",
        "Decision maker": "Người quyết định",
        "Price too high": "Giá quá cao",
        "Lost": "Thất bại",
        "Warm": "Ấm",
        "Cold": "Lạnh",
    }
    assert _context == DEFAULTS
    return words.get(text, text)


def test_cells_are_numbers_dates_and_the_users_words(services: Services, tmp_path: Path) -> None:
    deal = make_lead(services)
    services.pipeline.move(
        [deal.id], "opportunity", answers=met(*LEAD_REQUIRED, *PROSPECT_REQUIRED)
    )
    services.deals.update(deal.id, expected_close=date(2027, 1, 15))
    dollars = services.deals.create("Website", 125_050, "USD")
    services.activities.log(deal.id, ActivityKind.CALL, "Called")
    path = tmp_path / "all.xlsx"
    services.transfer.export(path, None, vietnamese)

    deals = {row["Deal"].value: row for row in sheet_rows(path, "Deals")}
    row = deals[deal.title]
    assert row["Deal ID"].value == deal.id and isinstance(row["Deal ID"].value, int)
    assert row["Value"].value == 125_000_000 and row["Value"].number_format == '#,##0 "₫"'
    assert row["Expected close"].value == datetime(2027, 1, 15)  # a date cell (openpyxl: 00:00)
    assert row["Expected close"].is_date
    assert row["Stage entered"].is_date and isinstance(row["Stage entered"].value, datetime)
    assert (row["Stage"].value, row["Sub-stage"].value) == (
        "Cơ hội bán hàng",
        "Đã xác định nhu cầu",
    )
    assert (row["Stage key"].value, row["Sub-stage key"].value) == (
        "opportunity",
        "needs_identified",
    )
    assert isinstance(row["Score"].value, int) and row["Temperature"].value in ("Ấm", "Lạnh", "Hot")
    assert row["Organization ID"].value == deal.organization_id
    assert row["Company size"].value == 40
    usd = deals["Website"]
    assert usd["Value"].value == Decimal("1250.5") or usd["Value"].value == 1250.5
    assert usd["Value"].number_format == '"$"#,##0.00'
    assert usd["Stage"].value == "Khách tiềm năng" and usd["Temperature"].value
    assert usd["Deal ID"].value == dollars.id

    (contact,) = sheet_rows(path, "Contacts")
    assert contact["Decision role"].value == "Người quyết định"
    assert contact["Decision role key"].value == DecisionRole.DECISION_MAKER.value
    (activity,) = [a for a in sheet_rows(path, "Activities") if a["Kind key"].value == "call"]
    assert activity["Kind"].value == "Cuộc gọi" and activity["Occurred"].is_date

    book = load_workbook(path)
    hidden = [k for k, d in book["Deals"].column_dimensions.items() if d.hidden]
    assert len(hidden) == 5  # three keys and two exact moments, out of the way


def test_formula_like_text_stays_text_with_excels_quote_prefix(
    services: Services, tmp_path: Path
) -> None:
    services.deals.create('=HYPERLINK("http://x")', 1, "VND", new_organization="+84 Company")
    path = tmp_path / "all.xlsx"
    services.transfer.export(path)
    (row,) = sheet_rows(path, "Deals")
    title = row["Deal"]
    assert title.value == '=HYPERLINK("http://x")' and title.data_type == "s"
    assert title.quotePrefix
    assert row["Organization"].quotePrefix
    assert not row["Stage"].quotePrefix
    csv = tmp_path / "deals.csv"
    services.transfer.export(csv)
    assert "'=HYPERLINK" in csv.read_text(encoding="utf-8-sig")  # CSV keeps its apostrophe


def test_control_characters_never_stop_the_workbook(
    services: Services, workspace: Workspace, tmp_path: Path
) -> None:
    deal = services.deals.create("Title", 1, "VND")
    note = services.activities.log(deal.id, ActivityKind.NOTE, "Subject", note="Note")
    org = services.organizations.create("Hoa Sen")
    person = services.contacts.create("Mai", organization_id=org.id)
    # Text comes in cleaned of control characters; a file written by an older version may hold
    # them all the same (all but NUL on PostgreSQL, whose text never holds one).
    nul = "" if workspace.engine.dialect.name == "postgresql" else "\x00"
    with workspace.engine.begin() as conn:
        for table, column, row_id, text in (
            ("deals", "title", deal.id, f"Dòng 1\x0bDòng 2{nul}\x1b[31m"),
            ("activities", "subject", note.id, "Ghi chú\x1b"),
            ("activities", "note", note.id, "a\x07b\x0cc"),
            ("organizations", "name", org.id, "Hoa\x01 Sen"),
            ("contacts", "full_name", person.id, "Mai\x02"),
        ):
            conn.execute(
                sql(f"UPDATE {table} SET {column} = :t WHERE id = :i"), {"t": text, "i": row_id}
            )
    path = tmp_path / "all.xlsx"
    assert services.transfer.export(path) == 4
    (row,) = sheet_rows(path, "Deals")
    assert row["Deal"].value == "Dòng 1\nDòng 2[31m"
    (note,) = sheet_rows(path, "Activities")
    assert (note["Subject"].value, note["Note"].value) == ("Ghi chú", "ab\nc")
    assert clean_text("\x00\x08\x0e\x1f ok\t\n") == " ok\t\n"  # tabs and newlines stay


def test_a_number_format_for_every_currency() -> None:
    assert money_format("VND") == '#,##0 "₫"'
    assert money_format("EUR") == '#,##0.00 "€"'
    assert money_format("JPY") == '"¥"#,##0'
    assert money_format("CHF") == '#,##0.00 "CHF"'


def test_the_typed_workbook_restores_everything_exactly(
    services: Services, clock, tmp_path: Path, new_database
) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.services.demo import generate_demo

    generate_demo(services.context.session_factory, 80, 4, clock())
    big = services.deals.create("Lớn", 999_999_999_999_999, "VND")  # 15 digits: still a number
    services.deals.create("Cents", 99_999_999_999_99, "USD")
    services.activities.schedule(
        big.id, ActivityKind.CALL, "Gọi", datetime(2027, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    )
    path = tmp_path / "all.xlsx"
    services.transfer.export(path, None, vietnamese)
    copy = open_workspace(new_database(), clock)  # on the same engine
    try:
        report = copy.services.transfer.import_file(path)
        assert report.deals == 82 and not report.skipped
        assert content(copy.services) == content(services)
        lost = [c for c in copy.services.board.column(Stage.LOST, limit=500)]
        assert lost and all(copy.services.deals.get(c.id).lost_reason for c in lost)
    finally:
        copy.close()


def test_a_date_changed_in_the_spreadsheet_wins_over_the_exact_copy(
    services: Services, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    deal = services.deals.create("Hẹn", 1, "VND")
    services.activities.schedule(
        deal.id, ActivityKind.CALL, "Gọi", datetime(2027, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    )
    path = tmp_path / "all.xlsx"
    services.transfer.export(path)
    book = load_workbook(path)
    sheet = book["Activities"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=header.index("Due") + 1).value = datetime(2027, 2, 1, 10, 0)
    book.save(path)
    copy = open_workspace(tmp_path / "copy.sqlite", clock)
    try:
        copy.services.transfer.import_file(path)
        (restored,) = copy.services.board.column(Stage.LEAD)
        (activity,) = copy.services.activities.for_deal(restored.id)
        assert activity.due_at == datetime(2027, 2, 1, 10, 0).astimezone().astimezone(UTC)
    finally:
        copy.close()
