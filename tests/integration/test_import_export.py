"""Importing other programs' exports, broken files, duplicates, and the export round trip."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.imports.plan import ImportOptions
from tests.conftest import dump


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def deals_by_title(services: Services) -> dict[str, object]:
    return {
        c.title: services.deals.get(c.id)
        for s in Stage
        for c in services.board.column(s, limit=500)
    }


PIPEDRIVE = (
    "Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Expected close date,"
    "Organization - Name,Person - Name,Person - Email,Person - Phone\n"
    '"Phần mềm kế toán, gói 2 năm",58.800.000,VND,Proposal Made,15/01/2027,'
    "Công ty TNHH Thương mại Đức Phát,Trần Thị Hạnh,hanh@ducphat.vn,0903 123 456\n"
    '"Website ""mới"" cho cửa hàng",12500000,VND,Qualified,20/12/2026,'
    "Tiệm bánh Thiên Long,Nguyễn Văn Đức,duc@thienlong.vn,\n"
)


def test_a_pipedrive_export_comes_in_with_vietnamese_quotes_and_amounts(
    services: Services, tmp_path: Path
) -> None:
    report = services.transfer.import_file(write(tmp_path / "pipedrive.csv", PIPEDRIVE))
    assert (report.preset, report.deals, report.organizations, report.contacts) == (
        "Pipedrive deals",
        2,
        2,
        2,
    )
    deals = deals_by_title(services)
    accounting = deals["Phần mềm kế toán, gói 2 năm"]
    assert (accounting.stage, accounting.value_minor, accounting.expected_close) == (
        Stage.OPPORTUNITY,
        58_800_000,
        date(2027, 1, 15),
    )
    assert deals['Website "mới" cho cửa hàng'].stage == Stage.PROSPECT
    assert services.board.totals()[Stage.OPPORTUNITY].count == 1
    assert services.contacts.find("nguyen van duc")[0].email == "duc@thienlong.vn"


@pytest.mark.parametrize(
    ("name", "text", "preset", "title"),
    [
        (
            "hubspot_deals.csv",
            "Deal Name,Amount,Deal Stage,Close Date,Associated Company,Currency\n"
            'CRM licences,"$1,250.50",closedwon,2026-11-30,Clearwater Beverages,USD\n',
            "HubSpot deals",
            "CRM licences",
        ),
        (
            "salesforce.csv",
            "Opportunity Name,Account Name,Stage,Amount,Close Date,Lead Source\n"
            'ERP cho Hưng Tín,Nhà hàng Hưng Tín,Negotiation/Review,"120,000,000",12/31/2026,Web\n',
            "Salesforce report",
            "ERP cho Hưng Tín",
        ),
        (
            "zoho.csv",
            "Deal Name;Account Name;Stage;Amount;Closing Date;Contact Name\n"
            "Bảo trì hệ thống;Công ty Cổ phần Hoa Sen;Qualification;1.500.000;2026-12-15;"
            "Lê Văn Tám\n",
            "Zoho CRM deals",
            "Bảo trì hệ thống",
        ),
        (
            "hubspot_contacts.csv",
            "First Name,Last Name,Email,Phone Number,Company Name,Lifecycle Stage\n"
            "Hạnh,Trần Thị,hanh@hoasen.vn,0903 111 222,Hoa Sen,lead\n",
            "HubSpot contacts",
            "Hoa Sen – Trần Thị Hạnh",
        ),
    ],
)
def test_each_crm_export_is_recognized(
    services: Services, tmp_path: Path, name: str, text: str, preset: str, title: str
) -> None:
    report = services.transfer.import_file(write(tmp_path / name, text))
    assert report.preset == preset and report.deals == 1 and not report.skipped
    assert title in deals_by_title(services)


def test_hubspot_amounts_and_salesforce_month_first_dates(
    services: Services, tmp_path: Path
) -> None:
    services.transfer.import_file(
        write(
            tmp_path / "h.csv",
            "Deal Name,Amount,Deal Stage,Close Date,Currency\n"
            'A,"$1,250.50",closedwon,2026-11-30,USD\n',
        )
    )
    services.transfer.import_file(
        write(
            tmp_path / "s.csv",
            "Opportunity Name,Account Name,Stage,Close Date\nB,X,Prospecting,12/31/2026\n",
        )
    )
    deals = deals_by_title(services)
    assert (deals["A"].value_minor, deals["A"].currency, deals["A"].stage) == (
        125_050,
        "USD",
        Stage.WON,
    )
    assert deals["B"].expected_close == date(2026, 12, 31)


def test_contact_exports_bring_contacts_not_deals(services: Services, tmp_path: Path) -> None:
    google = (
        "Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name\n"
        "Phạm Minh Châu,Châu,Phạm Minh,chau@minhan.vn,+84 90 123 4567,Minh An\n"
    )
    outlook = (
        "First Name,Last Name,E-mail Address,Mobile Phone,Company\n"
        "Sarah,Taylor,sarah@clearwater.com,+1 415 555 0100,Clearwater\n"
    )
    a = services.transfer.import_file(write(tmp_path / "google.csv", google))
    b = services.transfer.import_file(write(tmp_path / "outlook.csv", outlook, "utf-16"))
    assert (a.preset, a.contacts, a.deals) == ("Google Contacts", 1, 0)
    assert (b.preset, b.contacts, b.deals) == ("Outlook contacts", 1, 0)
    assert services.contacts.find("chau")[0].phone == "+84 90 123 4567"


def to_cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: ê, ơ, ư… whole, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            shape = "".join(m for m in parts[1:] if m in "\u0302\u0306\u031b")
            tones = "".join(m for m in parts[1:] if m not in shape)
            out.append(unicodedata.normalize("NFC", parts[0] + shape) + tones)
    return "".join(out).encode("cp1258")


def test_windows_1258_and_semicolons_are_read_as_vietnamese(
    services: Services, tmp_path: Path
) -> None:
    text = (
        "Deal - Title;Organization - Name;Person - Name\nĐào tạo;Tiệm bánh Thiên Long;Lê Văn Tám\n"
    )
    (tmp_path / "legacy.csv").write_bytes(to_cp1258(text))
    services.transfer.import_file(tmp_path / "legacy.csv")
    assert "Đào tạo" in deals_by_title(services)
    assert services.contacts.find("Lê Văn Tám")[0].full_name == "Lê Văn Tám"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not a text file"),
        ("Deal - Title,Organization - Name\n".encode("utf-16-le"), "no data rows"),  # read
        (b"Deal - Title,Organization - Name\n", "no data rows"),
        (b'Deal - Title,Organization - Name\n"A,B\n', "never closed"),
        (b"Name;Age\nx;3\n", "Which column is what?"),
    ],
)
def test_broken_files_get_a_sentence_and_write_nothing(
    services: Services, workspace, tmp_path: Path, content: bytes, message: str
) -> None:  # type: ignore[no-untyped-def]
    before = dump(workspace.engine)
    (tmp_path / "bad.csv").write_bytes(content)
    with pytest.raises(ValidationError) as error:
        services.transfer.import_file(tmp_path / "bad.csv")
    assert message in str(error.value)
    assert dump(workspace.engine) == before


def test_a_value_that_cannot_be_read_costs_only_itself_and_is_reported_by_row(
    services: Services, tmp_path: Path
) -> None:
    text = (
        "Deal - Title,Organization - Name,Person - Name,Person - Email,Deal - Value,"
        "Deal - Expected close date\n"
        "Good,X,An,an@x.vn,1000,01/02/2027\n"
        "Bad email,X,Bình,not-an-email,1000,01/02/2027\n"
        "Bad amount,X,Chi,chi@x.vn,12abc,01/02/2027\n"
        "Bad date,X,Dũng,dung@x.vn,1000,31/31/2027\n"
        ",,,,,\n"
        ",,,nobody@x.vn,5,\n"
    )
    report = services.transfer.import_file(write(tmp_path / "rows.csv", text))
    assert report.deals == 4
    assert [(s.line, s.reason.split(" is ")[0]) for s in report.left_out] == [
        (3, "“not-an-email”"),
        (4, "“12abc”"),
        (5, "“31/31/2027”"),
    ]
    assert [s.line for s in report.skipped] == [7]  # no title, organization or name
    assert any("could be day or month first" in w for w in report.warnings)
    assert (
        "Row 3: “not-an-email” is not an email address. The row came in without it."
        in report.text()
    )
    [contact] = services.contacts.find("binh")
    assert contact.email is None
    deals = deals_by_title(services)
    assert (deals["Bad amount"].value_minor, deals["Bad date"].expected_close) == (0, None)


def test_unknown_stages_are_named_and_can_be_mapped(services: Services, tmp_path: Path) -> None:
    path = write(
        tmp_path / "stages.csv",
        "Deal - Title,Organization - Name,Deal - Stage\nA,X,Demo booked\nB,Y,Won\n",
    )
    with pytest.raises(ValidationError, match="not CRM Desk's: Demo booked"):
        services.transfer.import_file(path)
    services.transfer.import_file(path, ImportOptions(stages={"Demo booked": Stage.OPPORTUNITY}))
    assert deals_by_title(services)["A"].stage == Stage.OPPORTUNITY


def test_duplicates_merge_or_skip(services: Services, tmp_path: Path) -> None:
    services.contacts.create("Trần Thị Hạnh", email="hanh@ducphat.vn")
    path = write(tmp_path / "p.csv", PIPEDRIVE)
    skipped = services.transfer.import_file(path, ImportOptions(duplicates="skip", dry_run=True))
    assert (skipped.deals, len(skipped.skipped)) == (1, 1)
    merged = services.transfer.import_file(path)
    assert (merged.deals, merged.merged, merged.contacts) == (2, 1, 1)
    assert len(services.contacts.find("tran thi hanh")) == 1


def test_a_dry_run_writes_nothing(services: Services, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = dump(workspace.engine)
    report = services.transfer.import_file(
        write(tmp_path / "p.csv", PIPEDRIVE), ImportOptions(dry_run=True)
    )
    assert report.deals == 2 and "Would import 2 deals" in report.text()
    assert dump(workspace.engine) == before


def test_export_then_import_reproduces_everything(
    services: Services, clock, tmp_path: Path, new_database
) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.app import open_workspace
    from crmdesk.services.demo import generate_demo

    generate_demo(services.context.session_factory, 120, 9, clock())
    services.deals.create('=HYPERLINK("http://x")', 1, "VND", new_organization="+84 Company")
    assert services.transfer.export(tmp_path / "all.xlsx") > 120
    assert services.transfer.export(tmp_path / "deals.csv") == 121
    assert "'=HYPERLINK" in (tmp_path / "deals.csv").read_text(encoding="utf-8-sig")
    copy = open_workspace(new_database(), clock)  # on the same engine
    try:
        report = copy.services.transfer.import_file(tmp_path / "all.xlsx")
        assert report.deals == 121 and not report.skipped
        assert content(copy.services) == content(services)
    finally:
        copy.close()


def content(services: Services) -> dict[str, list[tuple[object, ...]]]:
    """Everything a user entered, without the ids (scores follow each file's own settings)."""
    with services.context.session_factory() as s:

        def rows(sql: str) -> list[tuple[object, ...]]:
            return sorted((tuple(r) for r in s.connection().exec_driver_sql(sql)), key=repr)

        return {
            "deals": rows(
                "SELECT d.title, d.stage, d.sub_stage, d.value_minor, d.currency, "
                "d.probability_override, d.expected_close, d.source, d.interest, "
                "d.owner, d.lost_reason, d.lost_note, o.name, c.full_name "
                "FROM deals d LEFT JOIN organizations o ON o.id = d.organization_id "
                "LEFT JOIN contacts c ON c.id = d.contact_id"
            ),
            "organizations": rows(
                "SELECT name, industry, size, region, address, tax_code, "
                "phone, email, website FROM organizations"
            ),
            "contacts": rows(
                "SELECT c.full_name, c.email, c.phone, c.job_title, "
                "c.decision_role, o.name FROM contacts c "
                "LEFT JOIN organizations o ON o.id = c.organization_id"
            ),
            "activities": rows(
                "SELECT d.title, a.kind, a.subject, a.occurred_at, a.due_at, "
                "a.done_at, a.note FROM activities a JOIN deals d "
                "ON d.id = a.deal_id"
            ),
        }
