"""Issue 17: real exports taken as they are — one small file per property."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.imports.plan import ImportOptions

OWN = ImportOptions(preset="crmdesk")  # a sheet in CRM Desk's own column names


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def query(db: Path | str, sql: str) -> list[tuple[object, ...]]:
    """Rows of ``sql`` as the SQLite driver gives them (a date as its ISO text) on any engine."""
    if "://" in str(db):
        engine = create_engine(str(db))
        try:
            with engine.connect() as server:
                rows = server.exec_driver_sql(sql)
                return [tuple(v.isoformat() if isinstance(v, date) else v for v in r) for r in rows]
        finally:
            engine.dispose()
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_distinct_emails_are_distinct_people_and_accents_tell_names_apart(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    lines = ["Deal,Organization,Contact,Contact email,Stage"]
    for n in range(500):  # 1,000 rows: pairs of one name in one organization, two emails
        lines.append(f"D{n}a,Công ty {n % 7},Lê Văn Anh {n},a{n}@x.vn,lead")
        lines.append(f"D{n}b,Công ty {n % 7},Lê Văn Anh {n},b{n}@x.vn,lead")
    report = services.transfer.import_file(write(tmp_path / "leads.csv", "\n".join(lines)))
    assert (report.deals, report.contacts, report.merged) == (1000, 1000, 0)
    # Names differing only by an accent are two people, even without emails.
    text = "Deal,Organization,Contact,Stage\nA,Hoa Sen,Lê Văn Anh,lead\nB,Hoa Sen,Lê Văn Ánh,lead\n"
    services.transfer.import_file(write(tmp_path / "accents.csv", text), OWN)
    assert query(
        db_path, "SELECT count(*) FROM contacts WHERE full_name IN ('Lê Văn Anh', 'Lê Văn Ánh')"
    ) == [(2,)]
    # The same name in the same organization with the same phone is the same person: merged,
    # counted and listed.
    once = (
        "Deal,Organization,Contact,Contact phone,Stage\nC,Sen Vàng,Lê Văn Anh,0903 111 222,lead\n"
    )
    services.transfer.import_file(write(tmp_path / "one.csv", once), OWN)
    again = (
        "Deal,Organization,Contact,Contact phone,Stage\nD,Sen Vàng,lê  văn anh,0903111222,lead\n"
    )
    report = services.transfer.import_file(write(tmp_path / "again.csv", again), OWN)
    assert (report.merged, report.contacts) == (1, 0)
    assert "Row 2 is merged: The existing contact “Lê Văn Anh” (same phone)." in report.text()
    # … and with another phone, someone else.
    other = (
        "Deal,Organization,Contact,Contact phone,Stage\nE,Sen Vàng,Lê Văn Anh,0904 999 888,lead\n"
    )
    report = services.transfer.import_file(write(tmp_path / "other.csv", other), OWN)
    assert report.contacts == 1 and "existing contact" not in report.text()


def test_the_file_currency_is_chosen_and_its_decimals_read(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    text = 'Deal,Organization,Value,Stage\nLicences,Müller GmbH,"1.234,50",lead\nSupport,Müller GmbH,"99,00",lead\n'  # noqa: E501
    services.transfer.import_file(
        write(tmp_path / "euro.csv", text), ImportOptions(preset="crmdesk", currency="EUR")
    )
    assert query(db_path, "SELECT title, value_minor, currency FROM deals ORDER BY title") == [
        ("Licences", 123450, "EUR"),
        ("Support", 9900, "EUR"),
    ]


def test_shift_jis_is_read_as_japanese_never_as_mojibake(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    text = "Deal,Organization,Contact\n会計ソフト,株式会社テスト,田中 太郎\n"
    services.transfer.import_file(write(tmp_path / "sjis.csv", text, "shift_jis"), OWN)
    assert query(db_path, "SELECT full_name FROM contacts") == [("田中 太郎",)]


def test_utf32_without_its_mark_has_readable_columns(services: Services, tmp_path: Path) -> None:
    text = "Deal,Organization\nWebsite,Hoa Sen\n"
    plan = services.transfer.inspect(write(tmp_path / "u32.csv", text, "utf-32-le"))
    assert plan.headers == ["Deal", "Organization"]


def test_a_file_without_header_row_is_detected_and_read_with_no_header(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    path = write(tmp_path / "bare.csv", "Trần Thị Hạnh,hanh@x.vn\nNguyễn Văn Đức,duc@x.vn\n")
    with pytest.raises(ValidationError, match=r"looks like data.*--no-header"):
        services.transfer.import_file(path)
    report = services.transfer.import_file(
        path,
        ImportOptions(
            header=False, columns={"Column 1": "contact.full_name", "Column 2": "contact.email"}
        ),
    )
    assert report.contacts == 2  # nobody lost to the header


def test_the_same_file_twice_skips_or_updates_its_deals(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    ids = "Record ID,Deal Name,Amount,Deal Stage,Associated Company\n8123,CRM licences,100,closedwon,Clearwater\n"  # noqa: E501
    plain = "Deal,Organization,Value,Stage\nWebsite,Hoa Sen,5000000,lead\n"
    for name, text in (("hubspot.csv", ids), ("plain.csv", plain)):
        path = write(tmp_path / name, text)
        options = OWN if name == "plain.csv" else ImportOptions()
        services.transfer.import_file(path, options)
        report = services.transfer.import_file(path, options)
        assert (report.deals, len(report.skipped)) == (0, 1)
        assert "already in CRM Desk" in report.text()
    changed = write(tmp_path / "hubspot.csv", ids.replace(",100,", ",250,"))
    report = services.transfer.import_file(changed, ImportOptions(existing="update"))
    assert (report.deals, len(report.updated)) == (0, 1)
    assert "1 row updated" in report.text()
    assert query(
        db_path, "SELECT count(*), max(value_minor) FROM deals WHERE title = 'CRM licences'"
    ) == [(1, 250)]


def test_first_and_last_name_columns_give_the_name_in_its_language_order(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    text = "First Name,Last Name,Email,Company Name\nHạnh,Trần Thị,hanh@x.vn,Hoa Sen\nJane,Doe,jane@x.com,Acme\n"  # noqa: E501
    services.transfer.import_file(write(tmp_path / "hubspot_contacts.csv", text))
    assert sorted(query(db_path, "SELECT full_name FROM contacts")) == [
        ("Jane Doe",),
        ("Trần Thị Hạnh",),
    ]


def test_dates_are_strict(services: Services, tmp_path: Path, db_path: Path) -> None:
    text = "Deal,Organization,Expected close\nA,Hoa Sen,2009-07/14\nB,Hoa Sen,14/07/2009\n"
    report = services.transfer.import_file(write(tmp_path / "dates.csv", text), OWN)
    assert [e.line for e in report.left_out if e.kind == "date"] == [2]
    assert query(db_path, "SELECT title, expected_close FROM deals ORDER BY title") == [
        ("A", None),
        ("B", "2009-07-14"),
    ]


def test_short_rows_trailing_commas_and_long_rows(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    short = "Deal,Organization,Contact,Stage\nA,Hoa Sen\n"
    assert services.transfer.import_file(write(tmp_path / "short.csv", short), OWN).deals == 1
    trailing = "Deal,Organization,Stage\nB,Hoa Sen,lead,\nC,Hoa Sen,lead,\n"  # Thunderbird
    assert services.transfer.import_file(write(tmp_path / "trail.csv", trailing), OWN).deals == 2
    long = 'Deal,Organization\n"D\nsecond line",Hoa Sen\nE,Hoa Sen,extra\nF,Hoa Sen\n'
    report = services.transfer.import_file(write(tmp_path / "long.csv", long), OWN)
    assert report.deals == 2
    assert [s.line for s in report.skipped] == [4]  # named by its first line
    assert "Row 4: The row has 3 fields where the header has 2 columns" in report.text()


def test_hubspot_contacts_with_associated_company_and_lead_statuses(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    text = "Record ID,First Name,Last Name,Email,Associated Company,Lead Status\n" + "".join(
        f"{n},P{n},Smith,p{n}@x.com,Acme,{status}\n"
        for n, status in enumerate(
            [
                "New",
                "Open",
                "In progress",
                "Open deal",
                "Unqualified",
                "Attempted to contact",
                "Connected",
                "Bad timing",
            ]
        )
    )
    report = services.transfer.import_file(write(tmp_path / "hubspot.csv", text))
    assert report.preset == "HubSpot contacts"
    assert (report.organizations, report.contacts, report.deals) == (1, 8, 8)


def test_pipedrive_default_stages_with_status_and_lost_reason(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    head = (
        "Deal - ID,Deal - Title,Deal - Stage,Deal - Status,Deal - Lost reason,Organization - Name\n"
    )
    rows = (
        "1,A,Lead In,open,,Hoa Sen\n2,B,Contact Made,open,,Hoa Sen\n3,C,Demo Scheduled,open,,Hoa Sen\n"  # noqa: E501
        "4,D,Negotiations Started,lost,price too high,Hoa Sen\n5,E,Some own stage,lost,They moved away,Hoa Sen\n"  # noqa: E501
        "6,F,Another own stage,won,,Hoa Sen\n"
    )
    report = services.transfer.import_file(write(tmp_path / "pipedrive.csv", head + rows))
    assert report.deals == 6
    assert query(
        db_path,
        "SELECT title, stage, lost_reason, lost_note FROM deals WHERE title IN ('D','E','F') ORDER BY title",  # noqa: E501
    ) == [
        ("D", "lost", "price_too_high", "Imported from pipedrive.csv"),
        ("E", "lost", "other", "They moved away"),
        ("F", "won", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "preset"),
    [
        (
            "Opportunity ID,Opportunity Name,Account Name,Stage\n1,A,Acme,Prospecting\n",
            "Salesforce report",
        ),
        (
            "Record Id,Deal Name,Closing Date,Account Name,Stage\n1,A,2026-12-01,Acme,Qualification\n",  # noqa: E501
            "Zoho CRM deals",
        ),
        (
            "Name,E-mail 1 - Value,Phone 1 - Value,Organization Name\nAn,an@x.vn,0903111222,Acme\n",
            "Google Contacts",
        ),
        ("Tên,Họ,Địa chỉ Email,Công ty\nHạnh,Trần Thị,hanh@x.vn,Hoa Sen\n", "Outlook contacts"),
        (
            "Vorname,Nachname,E-Mail-Adresse,Firma\nAnna,Schmidt,anna@x.de,Acme\n",
            "Outlook contacts",
        ),
    ],
)
def test_other_vendors_exports_need_no_option(
    services: Services, tmp_path: Path, text: str, preset: str
) -> None:
    report = services.transfer.import_file(write(tmp_path / "vendor.csv", text))
    assert report.preset == preset and not report.skipped


def test_sentences_say_what_is_missing_and_keep_phone_extensions(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    with pytest.raises(ValidationError, match="no data rows"):
        services.transfer.import_file(write(tmp_path / "h.csv", "Whatever,Else\n"))
    only = "Contact email\nan@x.vn\n"
    with pytest.raises(ValidationError, match=r"needs a name.*person's name, an organization"):
        services.transfer.import_file(write(tmp_path / "e.csv", only), OWN)
    text = 'Contact,Contact phone\nAn,(858) 408-1343 x66286\nBình,"0903 111 222; 0904 333 444"\n'
    report = services.transfer.import_file(write(tmp_path / "p.csv", text), OWN)
    assert sorted(query(db_path, "SELECT phone FROM contacts")) == [
        ("(858) 408-1343 ext. 66286",),
        ("0903 111 222",),
    ]
    assert "0904 333 444" in report.text()
