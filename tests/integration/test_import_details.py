"""Import details found in review: Stop at the very end, ids, headers, values, duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.imports.engine import ImportCancelled
from crmdesk.services.imports.plan import ImportOptions
from tests.conftest import dump
from tests.integration.test_import_export import deals_by_title, write

ROWS = "".join(f"Khách {n},Công ty {n % 7},{n * 1000}\n" for n in range(1, 1001))


def test_a_stop_during_the_last_batch_or_the_scoring_still_writes_nothing(
    services: Services, workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "many.csv", "Deal,Company,Value\n" + ROWS)
    before = dump(workspace.engine)
    seen: list[int] = []
    options = ImportOptions(columns={"Deal": "deal.title", "Company": "org.name"})
    with pytest.raises(ImportCancelled):
        services.transfer.import_file(
            path, options, progress=seen.append, cancelled=lambda: seen[-1:] == [1000]
        )
    assert seen == [500, 1000]  # the Stop came with the last progress, after the last row
    assert dump(workspace.engine) == before


def test_imported_rows_never_take_the_id_of_an_undone_one(
    services: Services, tmp_path: Path
) -> None:
    undone = services.deals.create("Bàn giao máy POS", 1_000_000, "VND")
    services.history.undo()
    services.transfer.import_file(
        write(tmp_path / "a.csv", "Deal - Title,Organization - Name\nMới,Hoa Sen\n")
    )
    [imported] = services.board.column(Stage.LEAD, limit=5)
    assert imported.id > undone.id
    assert services.history.undo_label is None  # an import starts the undo history anew


def test_columns_with_the_same_or_no_name_can_be_told_apart(
    services: Services, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "dup.csv", "Name,Email,Email,,Company\nAn,an@x.vn,khac@x.vn,?,Hoa Sen\n"
    )
    plan = services.transfer.inspect(path)
    assert plan.headers == ["Name", "Email", "Email (2)", "Column 4", "Company"]
    columns = {
        "Name": "contact.full_name",
        "Email": "ignore",
        "Email (2)": "contact.email",
        "Column 4": "ignore",
        "Company": "org.name",
    }
    services.transfer.import_file(path, ImportOptions(columns=columns))
    assert services.contacts.find("an")[0].email == "khac@x.vn"


@pytest.mark.parametrize(
    ("value", "currency", "minor", "code"),
    [
        ("1.250.000 VNĐ", "", 1_250_000, "VND"),
        ("1.250.000,00 ₫", "", 1_250_000, "VND"),
        ("1250000.00", "", 1_250_000, "VND"),
        ("£1,250", "", 125_000, "GBP"),
        ("", "đ", 0, "VND"),
    ],
)
def test_amounts_as_spreadsheets_write_them(
    services: Services, tmp_path: Path, value: str, currency: str, minor: int, code: str
) -> None:
    text = (
        f'Deal - Title,Deal - Value,Deal - Currency,Organization - Name\nX,"{value}",{currency},Y\n'
    )
    report = services.transfer.import_file(write(tmp_path / "p.csv", text))
    assert not report.left_out and not report.skipped
    deal = deals_by_title(services)["X"]
    assert (deal.value_minor, deal.currency) == (minor, code)


def test_an_unknown_currency_is_left_out_and_reported(services: Services, tmp_path: Path) -> None:
    text = "Deal - Title,Deal - Value,Deal - Currency,Organization - Name\nX,,XYZ,Y\n"
    report = services.transfer.import_file(write(tmp_path / "p.csv", text))
    assert [s.line for s in report.left_out] == [2]
    assert deals_by_title(services)["X"].currency == "VND"


def test_duplicates_match_by_email_phone_with_name_or_name_within_the_organization(
    services: Services, tmp_path: Path
) -> None:
    org = services.organizations.create("Hoa Sen")
    hanh = services.contacts.create(
        "Trần Thị Hạnh", organization_id=org.id, email="hanh@hoasen.vn", phone="0903 123 456"
    )
    alone = services.contacts.create("Nguyễn Văn An")
    text = (
        "Deal - Title,Organization - Name,Person - Name,Person - Email,Person - Phone\n"
        "A,Hoa Sen,Hạnh Trần,HANH@hoasen.vn,\n"  # same email: her
        "B,Hoa Sen,Trần Thị Hạnh,,+84 903 123 456\n"  # same phone and name: her
        "C,Hoa Sen,Lê Văn Bình,,0903 123 456\n"  # the switchboard: someone else
        "D,Công ty Mới,Nguyễn Văn An,an.sales@moi.vn,\n"  # new company: a new An
        "E,Hoa Sen,Trần Thị Hạnh,,\n"  # same name, same company: her
    )
    report = services.transfer.import_file(write(tmp_path / "p.csv", text))
    deals = deals_by_title(services)
    assert [deals[t].contact_id == hanh.id for t in "ABCE"] == [True, True, False, True]
    assert deals["D"].contact_id not in (alone.id, None)
    assert [s.line for s in report.matched] == [2, 3, 4, 6]
    assert "Row 2 is merged: The existing contact “Trần Thị Hạnh” (same email)." in report.text()
    assert report.merged == 4


def test_a_pipedrive_status_won_or_lost_closes_the_deal(services: Services, tmp_path: Path) -> None:
    text = (
        "Deal - Title,Deal - Stage,Deal - Status,Organization - Name\n"
        "Won one,Proposal Made,won,X\n"
        "Lost one,Proposal Made,lost,X\n"
        "Open one,Proposal Made,open,X\n"
    )
    services.transfer.import_file(write(tmp_path / "p.csv", text))
    deals = deals_by_title(services)
    assert [deals[t].stage for t in ("Won one", "Lost one", "Open one")] == [
        Stage.WON,
        Stage.LOST,
        Stage.OPPORTUNITY,
    ]


def test_our_own_contacts_export_comes_back_as_contacts(
    services: Services, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.app import open_workspace

    services.contacts.create("Trần Thị Hạnh", email="hanh@hoasen.vn")
    services.transfer.export(tmp_path / "contacts.csv", "contacts")
    other = open_workspace(tmp_path / "other.sqlite", clock)
    try:
        report = other.services.transfer.import_file(tmp_path / "contacts.csv")
        assert (report.preset, report.contacts, report.deals) == (
            "CRM Desk contacts export",
            1,
            0,
        )
    finally:
        other.close()


def test_restoring_our_workbook_reports_progress_and_stops_cleanly(
    services: Services, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.app import open_workspace
    from crmdesk.services.demo import generate_demo

    generate_demo(services.context.session_factory, 400, 3, clock())
    services.transfer.export(tmp_path / "all.xlsx")
    other = open_workspace(tmp_path / "other.sqlite", clock)
    try:
        before = dump(other.engine)
        seen: list[int] = []
        with pytest.raises(ImportCancelled):
            other.services.transfer.import_file(
                tmp_path / "all.xlsx", progress=seen.append, cancelled=lambda: len(seen) >= 2
            )
        assert seen and dump(other.engine) == before
        plan = other.services.transfer.inspect(tmp_path / "all.xlsx")
        report = other.services.transfer.import_file(tmp_path / "all.xlsx")
        assert plan.own_workbook and report.deals == 400
    finally:
        other.close()


def test_a_windows_file_whose_first_accent_comes_late_is_read_whole(
    services: Services, tmp_path: Path
) -> None:
    rows = "".join(f"Row {n},Acme\n" for n in range(8_000)) + "Café René,Société Générale\n"
    path = tmp_path / "late.csv"
    path.write_bytes(("Deal,Company\n" + rows).encode("cp1252"))
    options = ImportOptions(columns={"Deal": "deal.title", "Company": "org.name"})
    report = services.transfer.import_file(path, options)
    assert report.deals == 8_001
    found = services.board.column(Stage.LEAD, BoardFilter(search="cafe rene"), limit=5)
    assert [c.title for c in found] == ["Café René"]


def test_spreadsheet_numbers_lose_their_binary_noise(services: Services, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Deal - Title", "Deal - Value", "Deal - Currency", "Organization - Name"])
    sheet.append(["X", 1210.0000000000002, "USD", "Y"])  # a formula's cached result
    sheet.append(["Z", 1100000.0000000002, "VND", "Y"])
    book.save(tmp_path / "noise.xlsx")
    report = services.transfer.import_file(tmp_path / "noise.xlsx")
    assert not report.left_out
    deals = deals_by_title(services)
    assert (deals["X"].value_minor, deals["Z"].value_minor) == (121_000, 1_100_000)


def two_sheets(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    summary.title = "Tóm tắt"
    summary.append(["Báo cáo khách hàng, tháng 11"])
    people = book.create_sheet("Khách hàng")
    people.append([])
    people.append([])  # two blank rows above the header
    people.append(["Họ tên", "Công ty"])
    people.append(["Lê Thị Mai", "Hoa Sen"])
    book.save(path)
    return path


def test_a_workbook_sheet_can_be_chosen_and_blank_rows_above_the_header_are_skipped(
    services: Services, tmp_path: Path
) -> None:
    path = two_sheets(tmp_path / "khach.xlsx")
    plan = services.transfer.inspect(path)
    assert plan.sheets == ("Tóm tắt", "Khách hàng")
    assert plan.headers == ["Báo cáo khách hàng, tháng 11"]
    chosen = services.transfer.inspect(path, ImportOptions(sheet="Khách hàng"))
    assert (chosen.headers, chosen.preview) == (["Họ tên", "Công ty"], [["Lê Thị Mai", "Hoa Sen"]])
    columns = {"Họ tên": "contact.full_name", "Công ty": "org.name"}
    report = services.transfer.import_file(path, ImportOptions(columns=columns, sheet="Khách hàng"))
    assert report.deals == 1
    with pytest.raises(ValidationError, match="has no sheet “Nope”"):
        services.transfer.inspect(path, ImportOptions(sheet="Nope"))


def test_the_command_line_takes_the_sheet_too(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.cli.main import main

    path = two_sheets(tmp_path / "khach.xlsx")
    db = str(tmp_path / "crm.sqlite")
    args = ["import", str(path), "--db", db, "--sheet", "Khách hàng", "--dry-run"]
    assert main([*args, "--map", "Họ tên=contact.full_name"]) == 0
    assert "Would import 1 deal," in capsys.readouterr().out
