"""``crmdesk quote show`` and the sample data's VietQR, end to end on a demo file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from crmdesk.cli.main import main
from crmdesk.db.engine import make_engine
from crmdesk.domain.vietqr import crc_is_right, parse_tlv
from tests.reports.qr import qr_payloads

KEYS = {
    "number",
    "revision",
    "status",
    "language",
    "currency",
    "customer",
    "lines",
    "totals_by_vat_rate",
    "grand_total_minor",
    "vietqr_payload",
}
LINE_KEYS = {
    "description",
    "unit",
    "quantity",
    "unit_price_minor",
    "discount_percent",
    "vat_rate",
    "line_total_minor",
}


@pytest.fixture(scope="module")
def demo_db(new_database: Callable[[], Path]) -> Path:
    path = new_database()  # a file, or a database on the tests' PostgreSQL server
    assert main(["demo", "--db", str(path), "--deals", "400", "--seed", "5"]) == 0
    return path


def newest(db: Path, currency: str) -> tuple[str, int]:
    engine = make_engine(db)
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT number, max(revision) FROM quotes WHERE currency = :c "
                "GROUP BY number ORDER BY number DESC LIMIT 1"
            ),
            {"c": currency},
        ).one()
    engine.dispose()
    return row[0], row[1]


def show(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["quote", "show", *argv, "--db", str(db), "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_quote_show_json_has_exactly_the_keys_scripts_rely_on(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, revision = newest(demo_db, "VND")
    data = show(capsys, demo_db, number)
    assert set(data) == KEYS
    assert (data["number"], data["revision"], data["currency"]) == (number, revision, "VND")
    assert set(data["customer"]) == {"name", "contact", "address", "tax_code", "email", "phone"}
    assert data["lines"] and all(set(line) == LINE_KEYS for line in data["lines"])
    buckets = data["totals_by_vat_rate"]
    assert data["grand_total_minor"] == sum(b["net_minor"] + b["vat_minor"] for b in buckets)
    assert sum(b["net_minor"] for b in buckets) == sum(x["line_total_minor"] for x in data["lines"])
    if revision > 1:
        assert show(capsys, demo_db, number, "--revision", "1")["revision"] == 1


def test_a_sample_vnd_quote_exported_to_pdf_scans_to_its_grand_total(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, _ = newest(demo_db, "VND")
    data = show(capsys, demo_db, number)
    out = tmp_path / "quote.pdf"
    assert main(["quote", "export", number, "--db", str(demo_db), "-o", str(out)]) == 0
    [[payload]] = qr_payloads(out.read_bytes())[-1:]  # the block sits near the total
    assert payload == data["vietqr_payload"] and crc_is_right(payload)
    fields = parse_tlv(payload)
    assert (fields["00"], fields["01"], fields["53"], fields["58"]) == ("01", "12", "704", "VN")
    assert fields["54"] == str(data["grand_total_minor"])
    merchant = parse_tlv(fields["38"])
    assert (merchant["00"], merchant["02"]) == ("A000000727", "QRIBFTTA")
    assert parse_tlv(merchant["01"]) == {"00": "970436", "01": "0071001234567"}
    assert parse_tlv(fields["62"]) == {"08": number}


def test_a_sample_usd_quote_has_no_qr(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, _ = newest(demo_db, "USD")
    assert show(capsys, demo_db, number)["vietqr_payload"] is None
    out = tmp_path / "usd.pdf"
    assert main(["quote", "export", number, "--db", str(demo_db), "-o", str(out)]) == 0
    assert all(codes == [] for codes in qr_payloads(out.read_bytes()))


@pytest.mark.parametrize(
    ("argv", "code", "sentence"),
    [
        (["BG-1999-0001"], 1, "crmdesk: There is no quote BG-1999-0001."),
        (  # a bad argument is a usage error (exit 2), like every command's
            ["BG-2026-0001", "--revision", "0"],
            2,
            "crmdesk quote show: argument --revision: “0” is not a revision (a whole number "
            "from 1 on). (see crmdesk quote show --help)",
        ),
    ],
)
def test_quote_show_refuses_with_one_sentence(
    demo_db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, sentence: str
) -> None:
    capsys.readouterr()
    assert main(["quote", "show", *argv, "--db", str(demo_db)]) == code
    captured = capsys.readouterr()
    assert captured.err.strip() == sentence and not captured.out


def test_quote_show_prints_a_readable_summary(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, revision = newest(demo_db, "VND")
    capsys.readouterr()
    assert main(["quote", "show", number, "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{number} (revision {revision})")
    assert any(line.startswith("Grand total: ") for line in out)
    assert out[-1].startswith("VietQR: 000201010212")
