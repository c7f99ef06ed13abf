"""SQL that must not depend on the engine: ids, quote numbers, sorting, refusals, check."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

import crmdesk.services.scoring
from crmdesk.app import Workspace, open_workspace
from crmdesk.db.check import check_database, fresh_totals, kept_totals
from crmdesk.db.models import QuoteRow, ScoringRuleRow
from crmdesk.db.portable import id_set
from crmdesk.domain.deal_list import DealListFilter, DealListSort
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import StorageError
from crmdesk.domain.people import PeopleSort
from crmdesk.services import Services
from tests.conftest import dump
from tests.integration.helpers import make_lead


def test_a_scoring_change_whose_rescore_fails_writes_nothing_and_leaves_no_undo_step(
    services: Services, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_lead(services)
    before, last_step = dump(workspace.engine), services.history.undo_label

    def refused(*_args: object, **_kwargs: object) -> int:
        raise StorageError("The database refused the re-score.")

    monkeypatch.setattr(crmdesk.services.scoring, "recompute_scores", refused)
    with pytest.raises(StorageError):
        services.scoring.set_rule("demo_request", points=40)
    with pytest.raises(StorageError):
        services.scoring.set_half_life(10)
    assert dump(workspace.engine) == before
    assert services.history.undo_label == last_step  # no step of its own


def test_a_scoring_change_rescores_every_deal_exactly_as_the_domain_does(
    services: Services, workspace: Workspace
) -> None:
    deals = [make_lead(services, f"Lead {n}") for n in range(3)]
    for deal in deals:
        services.activities.log(deal.id, "demo_request")
    services.scoring.set_rule("demo_request", points=33, cap=None)
    for deal in deals:
        explained = services.deals.explain_score(deal.id)
        assert services.deals.get(deal.id).score == explained.score


def test_ids_in_one_json_parameter_select_those_rows_on_every_engine(
    services: Services, workspace: Workspace
) -> None:
    made = [services.deals.create(f"D{n}", n, "VND").id for n in range(1, 8)]
    wanted = [made[0], made[3], made[6], 10_000]
    with workspace.engine.connect() as conn:
        got = sorted(conn.scalars(id_set(json.dumps(wanted))))
    assert got == sorted(wanted)


def test_quote_numbers_follow_numerically_and_never_collide_between_writers(
    db_path: Path | str,
    clock,
    workspace: Workspace,  # type: ignore[no-untyped-def]
) -> None:
    deal = make_lead(workspace.services)
    with workspace.engine.begin() as conn:  # as an older program or an import may have left
        conn.execute(
            text(
                "INSERT INTO quotes (deal_id, number, revision, status, currency, language, "
                "issued_on, valid_until, created_at) VALUES (:d, :n, 1, 'draft', 'VND', 'vi', "
                "'2026-11-02', '2026-12-02', '2026-11-02 09:00:00')"
            ),
            [{"d": deal.id, "n": "BG-2026-9999"}, {"d": deal.id, "n": "BG-2026-0042-B"}],
        )
    first = workspace.services.quotes.create(deal.id)
    assert first.number == "BG-2026-10000"
    others = [open_workspace(db_path, clock) for _ in range(4)]
    errors: list[BaseException] = []

    def create(ws: Workspace) -> None:
        try:
            for _ in range(3):
                ws.services.quotes.create(deal.id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=create, args=(ws,)) for ws in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for ws in others:
        ws.close()
    assert errors == []
    with workspace.engine.connect() as conn:
        numbers = list(conn.scalars(select(QuoteRow.number).where(QuoteRow.revision == 1)))
    assert len(numbers) == len(set(numbers)) == 2 + 1 + 12
    assert max(numbers, key=lambda n: int(n.split("-")[2])) == "BG-2026-10012"


def test_lists_sort_text_by_code_point_with_missing_values_first(
    services: Services, workspace: Workspace
) -> None:
    titles = ["bánh mì", "Zebra", "Đức Phát", "apple", "_under", "Ánh"]
    for title in titles:
        services.deals.create(title, 1, "VND")
    services.deals.create("With an organization", 1, "VND", new_organization="Hoa Sen")
    services.organizations.create("Zeta")
    services.organizations.create("alpha")
    titles.append("With an organization")
    rows = services.deal_list.page(DealListFilter(), DealListSort.TITLE, False, 0, 50)
    ascii_lower = {t: "".join(c.lower() if c.isascii() else c for c in t) for t in titles}
    assert [r.title for r in rows] == sorted(titles, key=lambda t: ascii_lower[t])
    rows = services.deal_list.page(DealListFilter(), DealListSort.ORGANIZATION, True, 0, 50)
    assert [r.organization for r in rows] == ["Hoa Sen"] + [None] * 6  # none: last going down
    rows = services.deal_list.page(DealListFilter(), DealListSort.ORGANIZATION, False, 0, 50)
    assert [r.organization for r in rows] == [None] * 6 + ["Hoa Sen"]  # and first going up
    orgs = services.people.organizations(sort=PeopleSort.NAME)
    assert [o.name for o in orgs] == ["alpha", "Hoa Sen", "Zeta"]


def test_check_finds_kept_totals_that_differ_from_a_fresh_sum(
    services: Services, workspace: Workspace
) -> None:
    for n in range(3):
        services.deals.create(f"Lead {n}", 1_000 * (n + 1), "VND")
    services.pipeline.move([1], Stage.LOST, lost_reason="price_too_high")
    with workspace.engine.connect() as conn:
        assert kept_totals(conn) == fresh_totals(conn)
    assert check_database(workspace.engine).sound
    with workspace.engine.begin() as conn:
        conn.execute(text("UPDATE deal_totals SET value = value + 1 WHERE stage = 'lead'"))
    report = check_database(workspace.engine)
    assert not report.sound and not report.foreign_keys
    assert report.totals == (
        "The kept total of lead in VND says 2 deals worth 5001; the deals add up to 2 worth 5000",
    )


def test_rules_read_back_after_a_change(services: Services, workspace: Workspace) -> None:
    services.scoring.set_rule("demo_request", points=-7, cap=None, active=False)
    with workspace.engine.connect() as conn:
        row = conn.execute(
            select(ScoringRuleRow.points, ScoringRuleRow.cap, ScoringRuleRow.active).where(
                ScoringRuleRow.key == "demo_request"
            )
        ).one()
    assert tuple(row) == (-7, None, False)
