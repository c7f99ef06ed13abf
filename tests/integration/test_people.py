"""Contacts, organizations and the Deals list on a real database: keys, lists, merge, undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from crmdesk.app import Workspace
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.deal_list import Archived, DealListFilter
from crmdesk.domain.entities import Labelled
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.people import PeopleFilter, PeopleSort
from crmdesk.services import Services
from tests.conftest import dump


def _people(services: Services) -> tuple[int, int, int]:
    org = services.organizations.create("Công ty Hoa Sen", tax_code="0301234567", region="HCM")
    duc = services.contacts.create(
        "Nguyễn Văn Đức",
        organization_id=org.id,
        emails=[("work", "duc@hoasen.vn"), ("personal", "duc@gmail.com")],
        phones=[("mobile", "+84 903 111 222")],
    )
    lan = services.contacts.create("Trần Thị Lan", organization_id=org.id, email="lan@hoasen.vn")
    return org.id, duc.id, lan.id


def test_each_search_word_must_start_a_word_accents_and_case_ignored(services: Services) -> None:
    _org, duc, lan = _people(services)
    names = lambda s: [r.id for r in services.people.contacts(PeopleFilter(search=s))]  # noqa: E731
    assert names("nguyen duc") == [duc]
    assert names("NGUY D") == [duc]
    assert names("guyen") == []  # inside a word: no match
    assert names("hoa sen") == [duc, lan]  # the organization's name is in the key
    assert names("duc@gmail") == [duc]  # every email, not only the first
    assert names("+84 903") == [duc]
    assert services.people.contacts_count(PeopleFilter(search="hoa")) == 2


def test_several_labelled_emails_and_phones_are_kept_in_order_and_undone(
    workspace: Workspace, services: Services
) -> None:
    _org, duc, _lan = _people(services)
    before = dump(workspace.engine)
    services.contacts.update(duc, emails=[Labelled("personal", "d@x.vn")], phones=[])
    contact = services.contacts.get(duc)
    assert contact.emails == (Labelled("personal", "d@x.vn"),)
    assert contact.email == "d@x.vn" and contact.phone is None and contact.phones == ()
    services.history.undo()
    assert dump(workspace.engine) == before


def test_a_bad_email_in_the_list_is_refused_naming_the_field_and_writes_nothing(
    workspace: Workspace, services: Services
) -> None:
    _org, duc, _lan = _people(services)
    before = dump(workspace.engine)
    with pytest.raises(ValidationError) as caught:
        services.contacts.update(duc, emails=[("work", "ok@x.vn"), ("work", "not an email")])
    assert caught.value.field == "emails"
    assert dump(workspace.engine) == before


def test_renaming_an_organization_renews_its_contacts_keys(services: Services) -> None:
    org, duc, lan = _people(services)
    services.organizations.update(org, name="Sen Vàng")
    found = services.people.contacts(PeopleFilter(search="vang"))
    assert [r.id for r in found] == [duc, lan]


def test_filters_and_sorts_of_the_lists(services: Services) -> None:
    org, duc, lan = _people(services)
    other = services.organizations.create("Alpha Co", industry="Retail", region="HN")
    services.deals.create("POS", 1, "VND", contact_id=lan, organization_id=org)
    assert [r.id for r in services.people.contacts(PeopleFilter(has_open_deals=True))] == [lan]
    assert services.people.organizations(PeopleFilter(industry="Retail"))[0].id == other.id
    rows = services.people.organizations(sort=PeopleSort.OPEN_DEALS, descending=True)
    assert rows[0].id == org and rows[0].open_deals == 1 and rows[0].contacts == 2
    services.contacts.archive(duc)
    assert [r.id for r in services.people.contacts(PeopleFilter(archived=True))] == [duc]
    services.contacts.restore(duc)
    assert services.people.contacts_count() == 2


def test_duplicates_are_found_and_a_merge_moves_every_deal_in_one_undo_step(
    workspace: Workspace, services: Services
) -> None:
    org, duc, _lan = _people(services)
    twin = services.contacts.create(
        "nguyen van duc", organization_id=org, phones=[("work", "84903111222")], job_title="CEO"
    ).id
    deal = services.deals.create("Máy POS", 100, "VND", contact_id=twin, organization_id=org)
    services.activities.log(deal.id, "call", "Called")
    pairs = services.duplicates.contacts()
    assert {(p.first_id, p.second_id) for p in pairs} == {(duc, twin)}
    before = dump(workspace.engine)
    preview = services.duplicates.preview_contacts(duc, twin)
    fields = {f.field: f for f in preview.fields}
    assert fields["job_title"].result == "CEO" and preview.deals == 1 and preview.activities == 1
    services.duplicates.merge_contacts(duc, twin)
    assert services.deals.get(deal.id).contact_id == duc
    assert services.contacts.get(twin).archived
    assert services.contacts.get(duc).job_title == "CEO"
    assert services.duplicates.contacts() == []
    services.history.undo()
    assert dump(workspace.engine) == before


def test_organizations_with_the_same_tax_code_are_duplicates_and_merge(services: Services) -> None:
    org, duc, _lan = _people(services)
    twin = services.organizations.create("Hoa Sen JSC", tax_code="0301234567", website="hs.vn")
    person = services.contacts.create("Lê Minh", organization_id=twin.id)
    assert [(p.first_id, p.second_id, p.reason) for p in services.duplicates.organizations()] == [
        (org, twin.id, "tax_code")
    ]
    preview = services.duplicates.merge_organizations(org, twin.id)
    assert preview.contacts == 1
    assert services.contacts.get(person.id).organization_id == org
    assert services.organizations.get(org).website == "hs.vn"
    assert duc


def test_the_deals_list_shows_won_lost_and_archived_deals(services: Services) -> None:
    live = services.deals.create("Live one", 1, "VND")
    won = services.deals.create("Won one", 2, "VND", stage=Stage.WON)
    gone = services.deals.create("Gone", 3, "VND")
    services.deals.archive([gone.id])
    everything = services.deal_list.page(DealListFilter(archived=Archived.ALL))
    assert {r.id for r in everything} == {live.id, won.id, gone.id}
    wins = services.deal_list.page(DealListFilter(stages=frozenset({Stage.WON})))
    assert [r.id for r in wins] == [won.id] and wins[0].probability == 100
    archived = services.deal_list.page(DealListFilter(archived=Archived.ARCHIVED))
    assert [r.id for r in archived] == [gone.id]
    searched = DealListFilter(BoardFilter(search="won"), archived=Archived.ALL)
    assert services.deal_list.count(searched) == 1
    services.deals.restore([gone.id])
    assert services.deal_list.count() == 3


def test_a_new_lead_takes_its_new_contacts_email_and_phone(services: Services) -> None:
    deal = services.deals.create(
        "Lead",
        0,
        "VND",
        new_contact="Phạm An",
        contact_email="an@x.vn",
        contact_phone="0901 234 567",
    )
    contact = services.contacts.get(deal.contact_id)
    assert contact.emails == (Labelled("work", "an@x.vn"),)
    assert contact.phones == (Labelled("mobile", "0901 234 567"),)


def test_the_migration_gives_existing_contacts_their_keys_and_channels(
    workspace: Workspace,
) -> None:
    with workspace.engine.begin() as conn:
        conn.execute(text("UPDATE contacts SET search_key = ''"))
    # nothing to fill in an empty file; the filler is what migration 0008 runs
    from crmdesk.db.people_keys import fill_missing

    with workspace.engine.begin() as conn:
        assert fill_missing(conn) == 0


def test_a_merge_keeps_the_values_chosen_and_refuses_an_unknown_choice(
    services: Services, workspace: Workspace
) -> None:
    org, duc, _lan = _people(services)
    twin = services.contacts.create("Duc Nguyen", job_title="Buyer", email="duc@hoasen.vn")
    before = dump(workspace.engine)
    with pytest.raises(ValidationError) as refused:
        services.duplicates.merge_contacts(duc, twin.id, {"archived": "other"})
    assert refused.value.field == "choices"
    assert dump(workspace.engine) == before
    choices = {"full_name": "other", "organization_id": "kept", "job_title": "kept"}
    preview = services.duplicates.preview_contacts(duc, twin.id, choices)
    assert {f.field: f.result for f in preview.fields}["full_name"] == "Duc Nguyen"
    assert {f.field: f.result for f in preview.fields}["job_title"] == ""  # kept: empty
    services.duplicates.merge_contacts(duc, twin.id, choices)
    kept = services.contacts.get(duc)
    assert (kept.full_name, kept.job_title, kept.organization_id) == ("Duc Nguyen", None, org)
    services.history.undo()
    assert dump(workspace.engine) == before


def test_a_contact_moved_to_a_new_organization_is_one_undo_step(
    services: Services, workspace: Workspace
) -> None:
    _org, duc, _lan = _people(services)
    before = dump(workspace.engine)
    moved = services.contacts.update(duc, new_organization="Minh Phát", job_title="CEO")
    assert services.organizations.get(moved.organization_id or 0).name == "Minh Phát"
    with pytest.raises(ValidationError) as refused:
        services.contacts.update(duc, new_organization="x" * 300)
    assert refused.value.field == "new_organization"
    services.history.undo()
    assert dump(workspace.engine) == before


def test_the_deals_list_filters_by_expected_close_and_created_dates(services: Services) -> None:
    soon = services.deals.create("Soon", 1, "VND", expected_close=date(2026, 11, 20))
    later = services.deals.create("Later", 1, "VND", expected_close=date(2027, 1, 15))
    services.deals.create("No date", 1, "VND")
    november = DealListFilter(close_from=date(2026, 11, 1), close_to=date(2026, 11, 30))
    assert [r.id for r in services.deal_list.page(november)] == [soon.id]
    assert services.deal_list.count(DealListFilter(close_from=date(2026, 12, 1))) == 1
    assert [r.id for r in services.deal_list.page(DealListFilter(close_to=date(2027, 1, 15)))] == [
        later.id,
        soon.id,
    ]
    today = date(2026, 11, 2)  # the tests' clock
    assert services.deal_list.count(DealListFilter(created_from=today, created_to=today)) == 3
    assert services.deal_list.count(DealListFilter(created_to=date(2026, 11, 1))) == 0


def test_a_capped_count_is_exact_up_to_the_cap_and_says_more_beyond(services: Services) -> None:
    org = services.organizations.create("Hoa Sen")
    for n in range(5):
        services.contacts.create(f"Hoa {n}", organization_id=org.id)
    services.contacts.create("Lan")
    hoa = PeopleFilter(search="hoa")
    assert services.people.contacts_count(hoa) == 5
    assert services.people.contacts_count(hoa, cap=10) == 5
    assert services.people.contacts_count(hoa, cap=3) == 4  # more than 3
    assert services.people.contacts_count(PeopleFilter(industry="none"), cap=3) == 0
    assert services.people.organizations_count(PeopleFilter(search="hoa"), cap=0) == 1
    for n in range(3):
        services.deals.create(f"Deal {n}", 1, "VND")
    assert services.deal_list.count(cap=2) == 3
    assert services.deal_list.count(DealListFilter(BoardFilter(search="deal 1")), cap=2) == 1


@pytest.mark.parametrize("probe", [0, 2, 1000])
def test_a_search_gives_the_same_rows_in_the_same_order_whatever_the_probe_finds(
    services: Services, monkeypatch: pytest.MonkeyPatch, probe: int
) -> None:
    from crmdesk.db import people_queries

    org = services.organizations.create("Hoa Sen")
    services.organizations.create("Hoa Mai")
    for name in ("Trần Hoa", "An Hoà", "Bùi Hoa", "Lê Minh"):
        services.contacts.create(name, organization_id=org.id)
    archived = services.contacts.create("Đỗ Hoa")
    services.contacts.archive(archived.id)
    monkeypatch.setattr(people_queries, "PROBE", probe)
    found = services.people.contacts(PeopleFilter(search="hoa"))
    assert [r.full_name for r in found] == ["An Hoà", "Bùi Hoa", "Lê Minh", "Trần Hoa"]
    by_org = services.people.contacts(PeopleFilter(search="hoa tran"), PeopleSort.NAME, True)
    assert [r.full_name for r in by_org] == ["Trần Hoa"]
    gone = services.people.contacts(PeopleFilter(search="hoa", archived=True))
    assert [r.full_name for r in gone] == ["Đỗ Hoa"]
    assert services.people.contacts(PeopleFilter(search="zzz")) == []
    orgs = services.people.organizations(PeopleFilter(search="hoa"))
    assert [o.name for o in orgs] == ["Hoa Mai", "Hoa Sen"]
    page = services.people.contacts(PeopleFilter(search="hoa"), offset=1, limit=2)
    assert [r.full_name for r in page] == ["Bùi Hoa", "Lê Minh"]
