"""Deal search lives in the database: results equal the folding rule, and every client sees
every other client's deals at once (no copy of the keys in one window's memory)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from crmdesk.app import open_workspace
from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import Stage
from crmdesk.domain.text import fold, search_words, words_start_words

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Gia"]
GIVEN = ["Đức", "Anh", "Ánh", "Hồng", "Hương", "Dũng", "Tuấn", "Thảo", "Nguyên", "Đạt", "Ân"]

name = st.tuples(st.sampled_from(FAMILY), st.sampled_from(MIDDLE), st.sampled_from(GIVEN)).map(
    " ".join
)


@st.composite
def query(draw: st.DrawFn) -> str:
    """Prefixes of the names' words, in any case, with or without their accents; or noise."""
    words = []
    for _ in range(draw(st.integers(1, 3))):
        word = draw(st.sampled_from(FAMILY + MIDDLE + GIVEN + ["ng", "x", "duc@", "0903"]))
        word = word[: draw(st.integers(1, len(word)))]
        if draw(st.booleans()):
            word = fold(word)
        if draw(st.booleans()):
            word = word.upper()
        words.append(word)
    return draw(st.sampled_from([" ", "  ", " - "])).join(words)


def test_search_results_equal_the_folding_rule_over_random_vietnamese_names() -> None:
    workspace = open_workspace(Path(tempfile.mkdtemp()) / "search.sqlite")
    services = workspace.services

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
    )
    @given(st.lists(name, min_size=1, max_size=4), query())
    def check(names: list[str], searched: str) -> None:
        for full in names:
            person = services.contacts.create(full, email=f"{fold(full).replace(' ', '.')}@x.vn")
            services.deals.create(f"Thương vụ {full}", 1, "VND", contact_id=person.id)
        keys = services.context.read(
            lambda s: dict(s.execute(text("SELECT id, search_key FROM deals")).all())
        )
        words = search_words(searched)
        expected = {i for i, key in keys.items() if words_start_words(words, key)}
        board_filter = BoardFilter(search=searched)
        found = {c.id for c in services.board.column(Stage.LEAD, board_filter, limit=1000)}
        assert found == expected, (searched, words)
        assert services.board.totals(board_filter)[Stage.LEAD].count == len(expected)

    try:
        check()
    finally:
        workspace.close()


def test_a_second_client_finds_the_first_ones_new_deal(tmp_path: Path) -> None:
    first = open_workspace(tmp_path / "shared.sqlite")
    second = open_workspace(tmp_path / "shared.sqlite")
    try:
        searched = BoardFilter(search="nguyen thi anh")
        assert second.services.board.totals(searched)[Stage.LEAD].count == 0  # it has looked
        person = first.services.contacts.create("Nguyễn Thị Ánh")
        deal = first.services.deals.create("Máy POS", 1, "VND", contact_id=person.id)
        assert [c.id for c in second.services.board.column(Stage.LEAD, searched)] == [deal.id]
        assert second.services.board.totals(searched)[Stage.LEAD].count == 1
        first.services.contacts.update(person.id, full_name="Trần Thị Ánh")  # its key follows
        assert second.services.board.totals(searched)[Stage.LEAD].count == 0
        moved = BoardFilter(search="tran anh")
        assert [c.id for c in second.services.board.column(Stage.LEAD, moved)] == [deal.id]
    finally:
        first.close()
        second.close()
