"""The board through its real widgets: drags through the drop seam, keys, undo, search."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from crmdesk.app import Workspace, open_workspace
from crmdesk.domain.enums import BoardSort, Stage
from crmdesk.gui.board.column_model import encode_ids
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import Services
from tests.conftest import dump
from tests.gui.conftest import ScriptedPrompts, tick_all
from tests.integration.helpers import LEAD_REQUIRED, make_lead, make_opportunity, met


def drag(window: MainWindow, ids: list[int], source: Stage, target: Stage, row: int = 0) -> None:
    """Drag cards out of ``source`` (their mime data, as the view makes it) and drop them."""
    source_list = window.board.card_list(source)
    model = source_list.column_model()
    indexes = [model.index(model.row_of(i)) for i in ids]
    assert all(index.isValid() for index in indexes), "the dragged cards must be on screen"
    mime = model.mimeData(indexes)
    if target in window.board.columns:
        window.board.card_list(target).drop_mime(mime, row)
    else:
        window.board.zones[target].drop_mime(mime)


def titles(window: MainWindow, stage: Stage) -> list[str]:
    return [card.title for card in window.board.models[stage].cards()]


def header_text(window: MainWindow, stage: Stage) -> str:
    header = window.board.columns[stage].header
    return f"{header.count.text()} | {header.total.text()} | {header.weighted.text()}"


def test_the_column_models_pass_the_qt_model_tester(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    for i in range(7):
        make_lead(services, f"Lead {i}")
    make_opportunity(services)
    from crmdesk.gui.board.column_model import ColumnModel

    for stage in (Stage.LEAD, Stage.OPPORTUNITY, Stage.PROSPECT):
        model = ColumnModel(services, stage, page_size=3)
        model.set_view(model.board_filter, BoardSort.MANUAL, services.board.totals()[stage])
        qtmodeltester.check(model)


def test_a_column_fetches_pages_on_demand_and_counts_the_whole_database(
    window: MainWindow, services: Services
) -> None:
    for i in range(70):
        make_lead(services, f"Lead {i:03}")
    model = window.board.models[Stage.LEAD]
    assert model.rowCount() == model.page_size == 30 and model.totals.count == 70
    assert window.board.columns[Stage.LEAD].header.count.text() == "70 deals"
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 60
    model.fetchMore()
    assert model.rowCount() == 70 and not model.canFetchMore()
    assert [c.title for c in model.cards()] == [f"Lead {i:03}" for i in range(69, -1, -1)]


def test_dragging_a_lead_to_prospect_through_the_gate_dialog(
    window: MainWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    deal = make_lead(services, "POS – Hoa Sen")
    make_lead(services, "Other lead")
    services.deals.update(deal.id, value_minor=58_800_000)
    lead_before = header_text(window, Stage.LEAD)
    prompts.on_gate = tick_all

    drag(window, [deal.id], Stage.LEAD, Stage.PROSPECT)

    assert prompts.asked == ["gate"]
    assert services.deals.get(deal.id).stage == Stage.PROSPECT
    history = services.deals.history(deal.id)
    assert (history[-1].from_stage, history[-1].to_stage) == (Stage.LEAD, Stage.PROSPECT)
    assert titles(window, Stage.LEAD) == ["Other lead"]
    assert titles(window, Stage.PROSPECT) == ["POS – Hoa Sen"]
    assert header_text(window, Stage.LEAD) != lead_before
    assert window.board.columns[Stage.LEAD].header.count.text() == "1 deal"
    assert window.board.columns[Stage.PROSPECT].header.count.text() == "1 deal"
    assert "58.800.000" in window.board.columns[Stage.PROSPECT].header.total.toolTip()
    answers = services.deals.answers(deal.id)
    assert {a.evidence for a in answers} >= {"evidence for icp_fit", "evidence for buying_intent"}


def test_the_same_drag_with_a_required_criterion_unticked_changes_nothing(
    window: MainWindow, services: Services, prompts: ScriptedPrompts, workspace
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)

    def all_but_intent(dialog) -> None:  # type: ignore[no-untyped-def]
        tick_all(dialog)
        dialog.set_met("buying_intent", False)
        assert not dialog.can_accept()

    prompts.on_gate = all_but_intent
    before = dump(workspace.engine)
    drag(window, [deal.id], Stage.LEAD, Stage.PROSPECT)
    assert dump(workspace.engine) == before
    assert titles(window, Stage.LEAD) == [deal.title] and titles(window, Stage.PROSPECT) == []


def test_an_override_reason_lets_the_card_through_and_is_recorded(
    window: MainWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    deal = make_lead(services)
    prompts.on_gate = lambda dialog: dialog.override.setText("Referred by the owner's brother")
    drag(window, [deal.id], Stage.LEAD, Stage.PROSPECT)
    assert services.deals.history(deal.id)[-1].override_reason == "Referred by the owner's brother"


def test_dropping_on_lost_without_a_reason_changes_nothing(
    window: MainWindow, services: Services, prompts: ScriptedPrompts, workspace
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    before = dump(workspace.engine)
    drag(window, [deal.id], Stage.LEAD, Stage.LOST)
    assert prompts.asked == ["lost"]
    assert dump(workspace.engine) == before
    prompts.lost_choice = ("other", "")  # Other needs a note
    drag(window, [deal.id], Stage.LEAD, Stage.LOST)
    assert dump(workspace.engine) == before
    prompts.lost_choice = ("other", "Moved abroad")
    drag(window, [deal.id], Stage.LEAD, Stage.LOST)
    assert services.deals.get(deal.id).stage == Stage.LOST
    assert titles(window, Stage.LEAD) == []
    assert "1 deal" in window.board.zones[Stage.LOST].label.text()


def test_dragging_back_asks_for_a_reason(
    window: MainWindow, services: Services, prompts: ScriptedPrompts, workspace
) -> None:  # type: ignore[no-untyped-def]
    deal = make_opportunity(services)
    before = dump(workspace.engine)
    drag(window, [deal.id], Stage.OPPORTUNITY, Stage.LEAD)
    assert dump(workspace.engine) == before
    prompts.backward_reason = "Budget frozen until March"
    drag(window, [deal.id], Stage.OPPORTUNITY, Stage.LEAD)
    assert services.deals.get(deal.id).stage == Stage.LEAD
    assert services.deals.history(deal.id)[-1].note == "Budget frozen until March"


def test_several_cards_move_together(
    window: MainWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    a, b = make_lead(services, "A"), make_lead(services, "B")
    make_lead(services, "C")
    prompts.on_gate = tick_all
    drag(window, [a.id, b.id], Stage.LEAD, Stage.PROSPECT)
    assert sorted(titles(window, Stage.PROSPECT)) == ["A", "B"]
    assert titles(window, Stage.LEAD) == ["C"]
    assert window.services.history.undo_label == "Move 2 deals to Prospect"


def test_a_reorder_within_a_column_persists_after_reopening(
    make_window, services: Services, db_path: Path, clock
) -> None:  # type: ignore[no-untyped-def]
    for name in ("A", "B", "C"):
        make_lead(services, name)  # shown C, B, A
    window = make_window(services)
    c = window.board.models[Stage.LEAD].card(0)
    drag(window, [c.id], Stage.LEAD, Stage.LEAD, row=3)  # below A
    assert titles(window, Stage.LEAD) == ["B", "A", "C"]
    window.close()
    reopened = open_workspace(db_path, clock)
    try:
        again = make_window(reopened.services)
        assert titles(again, Stage.LEAD) == ["B", "A", "C"]
        again.close()
    finally:
        reopened.close()


def test_undo_then_redo_of_a_move_restores_rows_and_totals_exactly(
    window: MainWindow, services: Services, prompts: ScriptedPrompts, workspace
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services, "Undo me")
    services.deals.update(deal.id, value_minor=1_250_000)
    make_lead(services, "Stay")
    prompts.on_gate = tick_all
    before_rows = dump(workspace.engine)
    before = {s: (titles(window, s), header_text(window, s)) for s in window.board.columns}
    drag(window, [deal.id], Stage.LEAD, Stage.PROSPECT)
    after_rows = dump(workspace.engine)
    after = {s: (titles(window, s), header_text(window, s)) for s in window.board.columns}
    assert after != before
    assert window.actions_.undo.text() == "&Undo Move “Undo me” to Prospect"

    window.actions_.undo.trigger()
    assert dump(workspace.engine) == before_rows
    assert {s: (titles(window, s), header_text(window, s)) for s in window.board.columns} == before
    assert window.actions_.redo.text() == "&Redo Move “Undo me” to Prospect"

    window.actions_.redo.trigger()
    assert dump(workspace.engine) == after_rows
    assert {s: (titles(window, s), header_text(window, s)) for s in window.board.columns} == after


def test_ctrl_right_moves_the_focused_card_one_stage_through_the_gate(
    window: MainWindow, services: Services, prompts: ScriptedPrompts, qtbot: QtBot
) -> None:
    deal = make_lead(services, "Keyboard lead")
    prompts.on_gate = tick_all
    cards = window.board.card_list(Stage.LEAD)
    window.activateWindow()
    cards.setFocus()
    cards.setCurrentIndex(cards.model().index(0, 0))
    qtbot.waitUntil(cards.hasFocus)
    qtbot.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert prompts.asked == ["gate"]
    assert services.deals.get(deal.id).stage == Stage.PROSPECT
    assert titles(window, Stage.PROSPECT) == ["Keyboard lead"]
    prospects = window.board.card_list(Stage.PROSPECT)
    assert prospects.hasFocus() and prospects.current_id() == deal.id


def test_arrows_move_the_focus_between_columns(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    make_lead(services, "Lead")
    opp = make_opportunity(services, "Prospect later")
    prompts_free = services.pipeline  # a backward move needs a note: give it directly
    prompts_free.move([opp.id], "prospect", note="Needs more time")
    leads = window.board.card_list(Stage.LEAD)
    window.activateWindow()
    leads.setFocus()
    leads.setCurrentIndex(leads.model().index(0, 0))
    qtbot.waitUntil(leads.hasFocus)
    qtbot.keyClick(leads, Qt.Key.Key_Right)
    prospects = window.board.card_list(Stage.PROSPECT)
    assert prospects.hasFocus() and prospects.current_id() == opp.id
    qtbot.keyClick(prospects, Qt.Key.Key_Left)
    assert leads.hasFocus()


def test_delete_archives_and_undo_brings_the_card_back(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    deal = make_lead(services, "Archive me")
    cards = window.board.card_list(Stage.LEAD)
    window.activateWindow()
    cards.setFocus()
    cards.setCurrentIndex(cards.model().index(0, 0))
    qtbot.waitUntil(cards.hasFocus)
    qtbot.keyClick(cards, Qt.Key.Key_Delete)
    assert titles(window, Stage.LEAD) == []
    assert window.actions_.undo.text() == "&Undo Archive “Archive me”"
    window.actions_.undo.trigger()
    assert titles(window, Stage.LEAD) == ["Archive me"]
    assert services.deals.get(deal.id).archived is False


def test_search_ignores_case_and_vietnamese_diacritics(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    services.deals.create("Website – Nguyễn Văn Đức", 1_000_000, "VND")
    services.deals.create("POS – Trần Thị Hạnh", 2_000_000, "VND")
    qtbot.keyClicks(window.filters.search, "nguyen van duc")
    qtbot.waitUntil(lambda: window.board.board_filter.search == "nguyen van duc")
    assert titles(window, Stage.LEAD) == ["Website – Nguyễn Văn Đức"]
    assert window.board.columns[Stage.LEAD].header.count.text() == "1 deal"
    window.filters.clear()
    assert len(titles(window, Stage.LEAD)) == 2


def test_sort_and_window_geometry_persist_between_runs(
    make_window, services: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(services)
    window.board.set_sort(Stage.PROSPECT, BoardSort.VALUE)
    window.resize(1111, 777)
    window.filters.stale.setChecked(True)
    window.close()
    again = make_window(services)
    assert again.board.models[Stage.PROSPECT].board_sort == BoardSort.VALUE
    assert again.board.columns[Stage.PROSPECT].header.sort.currentData() == "value"
    assert again.filters.stale.isChecked() and again.board.board_filter.stale_only
    assert ui_settings.value("window/geometry") is not None


def test_an_empty_database_welcomes_the_user(window: MainWindow, services: Services) -> None:
    assert window.stack.currentWidget() is window.welcome
    make_lead(services, "First")
    assert window.stack.currentWidget() is window.board


def test_the_card_tooltip_explains_the_score(window: MainWindow, services: Services) -> None:
    deal = make_lead(services)
    services.activities.log(deal.id, "demo_request", "Asked for a demo")
    text = window.board.explanation_html(deal.id)
    score = services.deals.get(deal.id).score
    assert f"Score {score}" in text and "+25" in text


def test_a_second_window_on_the_same_file_is_detected(db_path: Path) -> None:
    from crmdesk.gui.locking import lock_database

    first = lock_database(db_path)
    try:
        assert first.acquired
        second = lock_database(db_path)
        assert not second.acquired and second.holder
    finally:
        first.release()
    third = lock_database(db_path)
    assert third.acquired
    third.release()


def test_a_drop_that_is_not_ours_is_ignored(window: MainWindow, services: Services) -> None:
    make_lead(services)
    mime = encode_ids([])
    mime.setText("hello")
    window.board.card_list(Stage.PROSPECT).drop_mime(mime, 0)
    assert titles(window, Stage.PROSPECT) == []


def test_enter_on_a_card_asks_to_open_that_deal(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    deal = make_lead(services, "Open me")
    window.board.open_requested.disconnect(
        window.commands.open_deal
    )  # the dialog would block the test
    cards = window.board.card_list(Stage.LEAD)
    window.activateWindow()
    cards.setFocus()
    cards.setCurrentIndex(cards.model().index(0, 0))
    with qtbot.waitSignal(window.board.open_requested, timeout=1000) as opened:
        qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert opened.args == [deal.id]


def test_scores_decay_to_today_in_the_background_when_the_window_opens(
    qtbot: QtBot, services: Services, ui_settings: QSettings, prompts: ScriptedPrompts, clock
) -> None:  # type: ignore[no-untyped-def]
    deal = services.deals.create("Asked for a quote", 1, "VND")
    services.activities.log(deal.id, "quote_request", "Quote please")
    assert services.deals.get(deal.id).score == 30
    clock.advance(days=30)  # the stored score is a month old
    window = MainWindow(services, "test.sqlite", ui_settings, prompts, clock, background=True)
    qtbot.addWidget(window)
    window.show()
    assert window.background is not None
    window.background.wait(30_000)
    qtbot.waitUntil(lambda: window.board.models[Stage.LEAD].card(0).score == 15)
    assert services.deals.get(deal.id).score == 15
    window.close()


def _send_drag(widget, mime, point) -> bool:  # type: ignore[no-untyped-def]
    """Real drag-enter, drag-move and drop events to ``widget`` at ``point``; whether the
    drop was accepted."""
    from PySide6.QtCore import QCoreApplication, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # Qt 6 offers only these (QPoint) constructors
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(point, actions, mime, buttons, modifiers)
        move = QDragMoveEvent(point, actions, mime, buttons, modifiers)
    QCoreApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QCoreApplication.sendEvent(widget, move)
    drop = QDropEvent(QPointF(point), actions, mime, buttons, modifiers)
    QCoreApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_real_drag_and_drop_events_on_a_column_viewport_move_the_card_there(
    window: MainWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    prompts.on_gate = tick_all
    dragged = make_lead(services, "Dragged lead")
    for title in ("Prospect A", "Prospect B"):
        deal = make_lead(services, title)
        services.pipeline.move([deal.id], Stage.PROSPECT, answers=met(*LEAD_REQUIRED))
    assert titles(window, Stage.PROSPECT) == ["Prospect B", "Prospect A"]
    source = window.board.models[Stage.LEAD]
    mime = source.mimeData([source.index(source.row_of(dragged.id))])
    target = window.board.card_list(Stage.PROSPECT)
    upper_half_of_a = target.visualRect(target.model().index(1)).topLeft() + QPoint(20, 3)
    assert _send_drag(target.viewport(), mime, upper_half_of_a)
    assert prompts.asked == ["gate"]
    assert services.deals.get(dragged.id).stage == Stage.PROSPECT
    assert titles(window, Stage.PROSPECT) == ["Prospect B", "Dragged lead", "Prospect A"]
    assert titles(window, Stage.LEAD) == []


def test_foreign_data_carrying_ids_dropped_on_a_column_moves_nothing(
    window: MainWindow, services: Services, workspace: Workspace
) -> None:
    from PySide6.QtCore import QMimeData

    deal = make_lead(services, "Stays")
    other = make_lead(services, "Already a prospect")
    services.pipeline.move([other.id], Stage.PROSPECT, answers=met(*LEAD_REQUIRED))
    before = dump(workspace.engine)
    foreign = QMimeData()
    foreign.setText(f"{deal.id}")
    foreign.setData("application/json", f"[{deal.id}]".encode())
    target = window.board.card_list(Stage.PROSPECT)
    assert not _send_drag(target.viewport(), foreign, target.viewport().rect().center())
    assert dump(workspace.engine) == before
    assert titles(window, Stage.PROSPECT) == ["Already a prospect"]


def test_the_won_zone_count_follows_undo_and_redo(
    window: MainWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    prompts.on_gate = tick_all
    deal = make_opportunity(services)
    window.board.refresh()

    def won_label() -> str:
        return window.board.zones[Stage.WON].label.text()

    assert "0 deals" in won_label()
    source = window.board.models[Stage.OPPORTUNITY]
    mime = source.mimeData([source.index(0)])
    zone = window.board.zones[Stage.WON]
    assert _send_drag(zone, mime, zone.rect().center())  # real events, on the zone
    assert services.deals.get(deal.id).stage == Stage.WON
    assert "1 deal " in won_label()
    window.commands.undo()
    assert services.deals.get(deal.id).stage == Stage.OPPORTUNITY
    assert "0 deals" in won_label()
    assert titles(window, Stage.OPPORTUNITY) == [deal.title]
    window.commands.redo()
    assert "1 deal " in won_label()
