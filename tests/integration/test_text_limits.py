"""Text limits and control characters, the same through the services, the CLI and an import."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk.domain import validation as v
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.imports.plan import ImportOptions
from tests.integration.helpers import make_lead


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.deals.create("x" * (v.TITLE_MAX + 1), 1, "VND"), "at most 300 characters"),
        (lambda s: s.organizations.create("x" * (v.NAME_MAX + 1)), "at most 200 characters"),
        (lambda s: s.contacts.create("Lan", email="a" * 200 + "@x.vn"), "at most 200 characters"),
        (lambda s: s.contacts.create("Lan", phone="0903 " + " " * 60 + "123456"), "phone"),
        (lambda s: s.organizations.create("Shop", size=2**40), "at most 2,147,483,647"),
    ],
)
def test_text_longer_than_its_field_is_refused_in_a_sentence(
    services: Services,
    call,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    with pytest.raises(ValidationError) as error:
        call(services)
    assert message in str(error.value) and str(error.value).endswith(".")


def test_a_reason_longer_than_its_field_refuses_the_move(services: Services) -> None:
    deal = make_lead(services)
    with pytest.raises(ValidationError) as error:
        services.pipeline.move([deal.id], "prospect", override_reason="x" * (v.TEXT_MAX + 1))
    assert "at most 2000 characters" in str(error.value)
    assert services.deals.get(deal.id).stage.value == "lead"


def test_an_import_leaves_out_only_the_values_that_are_too_long(
    services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "leads.csv"
    long_name, long_title = "N" * (v.NAME_MAX + 1), "T" * (v.TITLE_MAX + 1)
    source.write_text(
        "Title,Company,Name,Industry\n"
        f"{long_title},Hoa Sen,Lan,Retail\n"
        f"Máy POS,{long_name},Mai,{'I' * 101}\n"
        "Sạch\x1b[31m sẽ\x0b,Cỏ May,Hùng,Food\n",
        encoding="utf-8",
    )
    columns = {"Title": "deal.title", "Company": "org.name", "Name": "contact.full_name",
               "Industry": "org.industry"}  # fmt: skip
    report = services.transfer.import_file(source, ImportOptions(columns=columns))
    assert (report.deals, report.skipped) == (3, [])
    assert [s.line for s in report.left_out] == [2, 3, 3]
    titles = sorted(c.title for c in services.board.column("lead"))
    assert titles == ["Hoa Sen – Lan", "Máy POS", "Sạch[31m sẽ"]
    names = {o.name for o in services.organizations.find("", 50)}
    assert long_name not in names and {"Hoa Sen", "Cỏ May"} <= names
