"""The Today view, its reminders and nurturing in the window, driven by keys and clicks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import Stage
from crmdesk.domain.nurture_defaults import NOT_READY, TIMING
from crmdesk.gui.main_window import MainWindow
from crmdesk.gui.today.enrol_dialog import EnrolDialog
from crmdesk.gui.today.nurture_tab import NurtureTab
from crmdesk.gui.today.today_view import TodayView
from crmdesk.gui.today.tray import TrayNotifier
from crmdesk.services import Services, local_zone
from tests.conftest import Clock
from tests.gui.conftest import ScriptedPrompts
from tests.integration.helpers import LEAD_REQUIRED, make_lead, met

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")
MakeWindow = Callable[[Services], MainWindow]


@pytest.fixture(autouse=True)
def saigon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_zone, "local_zone", lambda: SAIGON)


def today(window: MainWindow, qtbot: QtBot) -> TodayView:
    view = window.views.show_view("today")
    assert isinstance(view, TodayView)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # the keys reach an active window
    view.tree.setFocus()
    return view


def started(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window after its first paint: the badge and the start summary are there."""
    qtbot.waitUntil(lambda: window.today.reminders.tracker.last_check is not None, timeout=3000)
    return window


def tab_text(window: MainWindow, key: str) -> str:
    return window.views.tabs.tabText(window.views.keys().index(key))


def open_items(services: Services, deal_id: int) -> dict[str, object]:
    return {a.subject: a.due_at for a in services.activities.for_deal(deal_id) if not a.done_at}


def test_the_view_groups_follow_ups_and_the_badge_counts_the_overdue(
    make_window: MakeWindow, services: Services, clock: Clock, qtbot: QtBot
) -> None:
    deal = make_lead(services)
    services.activities.schedule(deal.id, "call", "Gọi trễ", clock.now - timedelta(hours=2))
    services.activities.schedule(deal.id, "task", "Việc hôm nay", clock.now + timedelta(hours=1))
    services.activities.schedule(deal.id, "email", "Thư tuần sau", clock.now + timedelta(days=3))
    window = started(make_window(services), qtbot)
    assert tab_text(window, "today") == "Today (1)"
    assert window.windowTitle().startswith("(1) ")
    view = today(window, qtbot)
    headings = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert headings == ["Overdue (1)", "Today (1)", "Next 7 days (1)"]
    assert view.tree.topLevelItem(0).child(0).text(2) == "Gọi trễ"
    assert view.tree.topLevelItem(1).child(0).text(3) == deal.title
    assert view.summary.text() == "1 overdue · 1 due today · 1 coming up"


def test_ctrl_d_marks_the_current_follow_up_done_and_undo_brings_it_back(
    make_window: MakeWindow, services: Services, clock: Clock, qtbot: QtBot
) -> None:
    deal = make_lead(services)
    late = services.activities.schedule(deal.id, "call", "Gọi trễ", clock.now - timedelta(hours=2))
    window = make_window(services)
    view = today(window, qtbot)
    assert view.tree.current_id() == late.id
    qtbot.keyClick(view.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert services.activities.for_deal(deal.id)[0].done_at == clock.now
    assert view.tree.ids() == []
    qtbot.waitUntil(lambda: tab_text(window, "today") == "Today", timeout=2000)
    assert not window.windowTitle().startswith("(")
    window.actions_.undo.trigger()
    assert services.activities.for_deal(deal.id)[0].done_at is None
    assert view.tree.ids() == [late.id]
    qtbot.waitUntil(lambda: tab_text(window, "today") == "Today (1)", timeout=2000)


def test_tomorrow_and_snooze_from_the_keyboard_each_undoable(
    make_window: MakeWindow, services: Services, clock: Clock, qtbot: QtBot
) -> None:
    deal = make_lead(services)
    due = clock.now + timedelta(hours=1)
    call = services.activities.schedule(deal.id, "call", "Gọi lại", due)
    window = make_window(services)
    view = today(window, qtbot)
    qtbot.keyClick(view.tree, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert open_items(services, deal.id)["Gọi lại"] == due + timedelta(days=1)
    assert view.tree.current_id() == call.id  # it stays the current line, in its new section
    qtbot.keyClick(view.tree, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert open_items(services, deal.id)["Gọi lại"] == clock.now + timedelta(hours=1)
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert open_items(services, deal.id)["Gọi lại"] == due
    view.tree.select_activity(call.id)
    view.later.trigger()
    assert open_items(services, deal.id)["Gọi lại"] > clock.now
    view.set_reminder(60)
    assert services.agenda.item(call.id).remind_before == 60


def test_enter_opens_the_deal_of_the_current_line(
    make_window: MakeWindow, services: Services, clock: Clock, qtbot: QtBot
) -> None:
    deal = make_lead(services)
    services.activities.schedule(deal.id, "call", "Gọi", clock.now + timedelta(hours=1))
    window = make_window(services)
    opened: list[int | None] = []
    window.today._open_deal = opened.append
    view = today(window, qtbot)
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened == [deal.id]


def test_at_start_one_summary_then_a_reminder_once_at_its_lead_time(
    make_window: MakeWindow, services: Services, clock: Clock, qtbot: QtBot
) -> None:
    deal = make_lead(services)
    services.activities.schedule(deal.id, "task", "Việc trễ", clock.now - timedelta(days=1))
    call = services.activities.schedule(
        deal.id, "call", "Gọi anh Đức", clock.now + timedelta(hours=1)
    )
    services.agenda.set_reminder(call.id, 15)
    window = started(make_window(services), qtbot)
    banner = window.today.banner
    assert banner is not None and banner.isVisible()
    assert banner.body.text() == "1 overdue, 1 due today"
    assert not banner.open_button.isVisible()
    banner.hide()
    clock.advance(minutes=44)
    assert window.today.reminders.check() is None and not banner.isVisible()
    clock.advance(minutes=1)
    with qtbot.waitSignal(window.today.reminders.notified, timeout=1000):
        reminder = window.today.reminders.check()
    assert reminder is not None and [i.activity_id for i in reminder.due] == [call.id]
    assert banner.isVisible() and "Gọi anh Đức" in banner.title.text()
    assert banner.title.text().startswith("17:00")  # 10:00 UTC is 17:00 in Saigon
    clock.advance(seconds=30)
    assert window.today.reminders.check() is None
    opened: list[int | None] = []
    window.today._open_deal = opened.append
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert opened == [deal.id] and not banner.isVisible()


def test_after_a_long_absence_one_summary_instead_of_a_storm(
    make_window: MakeWindow, services: Services, clock: Clock, qtbot: QtBot
) -> None:
    deal = make_lead(services)
    for n in range(1, 5):
        services.activities.schedule(deal.id, "call", f"Gọi {n}", clock.now + timedelta(hours=n))
    window = started(make_window(services), qtbot)
    shown: list[tuple[str, str]] = []
    window.today.reminders.notified.connect(lambda t, b: shown.append((t, b)))
    clock.advance(hours=5)
    reminder = window.today.reminders.check()
    assert reminder is not None and reminder.summary and reminder.missed == 4
    assert shown == [("4 reminders while you were away", "4 overdue, 0 due today")]
    assert window.today.reminders.check() is None and len(shown) == 1
    assert tab_text(window, "today") == "Today (4)"


def test_the_tray_menu_lists_what_is_due_and_a_click_opens_the_deal(
    window: MainWindow, services: Services, clock: Clock, qtbot: QtBot
) -> None:
    deal = make_lead(services)
    services.activities.schedule(deal.id, "call", "Gọi & hẹn", clock.now + timedelta(hours=1))
    tray = TrayNotifier(window)
    items = services.agenda.agenda(0).today
    tray.set_due(items)
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts[0] == "Due now" and texts[-1] == "Show Today"
    assert "Gọi && hẹn" in texts[1] and deal.title in texts[1]
    shown: list[tuple[str, str]] = []
    tray.icon.showMessage = lambda title, body, *_: shown.append((title, body))  # type: ignore[method-assign]
    tray.notify("17:00 · Gọi", deal.title, deal.id)
    assert shown == [("17:00 · Gọi", deal.title)]
    with qtbot.waitSignal(tray.open_deal_requested, timeout=1000) as opened:
        tray.icon.messageClicked.emit()
    assert opened.args == [deal.id]
    with qtbot.waitSignal(tray.open_deal_requested, timeout=1000) as picked:
        tray.menu.actions()[1].trigger()
    assert picked.args == [deal.id]
    tray.hide()


def test_moving_back_to_lead_offers_a_plan_and_one_click_enrols(
    make_window: MakeWindow, services: Services, prompts: ScriptedPrompts, qtbot: QtBot
) -> None:
    deal = make_lead(services)
    services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    window = make_window(services)
    prompts.backward_reason = "Chưa có ngân sách"
    assert window.board.moves.request([deal.id], Stage.LEAD)
    offer = window.today.offer_banner
    assert offer.isVisible() and deal.title in offer.text.text()
    assert offer.enrol_button.text() == "Enrol in “Not ready yet: six weeks”"
    qtbot.mouseClick(offer.enrol_button, Qt.MouseButton.LeftButton)
    enrolment = services.nurture.enrolment(deal.id)
    assert enrolment is not None and enrolment.plan_key == NOT_READY
    assert not offer.isVisible()
    window.actions_.undo.trigger()
    assert services.nurture.enrolment(deal.id) is None
    assert services.deals.get(deal.id).stage == Stage.LEAD


def test_lost_for_timing_offers_the_quarterly_plan_and_other_reasons_do_not(
    make_window: MakeWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    deal, other = make_lead(services), make_lead(services, "Website – Hoa Sen")
    window = make_window(services)
    prompts.lost_choice = ("price_too_high", "")
    window.board.moves.request([other.id], Stage.LOST)
    assert not window.today.offer_banner.isVisible()
    prompts.lost_choice = ("timing", "")
    window.board.moves.request([deal.id], Stage.LOST)
    assert window.today.offer_banner.isVisible()
    assert window.today.offer.accept()
    assert services.nurture.enrolment(deal.id).plan_key == TIMING  # type: ignore[union-attr]


def test_a_card_in_a_plan_shows_its_step(window: MainWindow, services: Services) -> None:
    deal = make_lead(services)
    services.nurture.enrol([deal.id], NOT_READY)
    first = min(a.id for a in services.activities.for_deal(deal.id))
    services.activities.complete(first)
    [card] = window.board.models[Stage.LEAD].cards()
    delegate = window.board.card_list(Stage.LEAD).itemDelegate()
    assert "Nurturing · step 2 of 5" in delegate._details(card)  # type: ignore[attr-defined]


def test_enrolling_selected_cards_through_the_dialog(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_lead(services), make_lead(services, "Website – Hoa Sen")

    def accept(dialog: EnrolDialog) -> int:
        assert [dialog.plan.itemText(i) for i in range(dialog.plan.count())] == [
            "Not ready yet: six weeks",
            "Timing not right: quarterly",
        ]
        assert dialog.touches.count() == 5
        dialog.choose(TIMING)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(EnrolDialog, "exec", accept)
    assert window.today.enrol_selected([a.id, b.id])
    assert {services.nurture.enrolment(i).plan_key for i in (a.id, b.id)} == {TIMING}  # type: ignore[union-attr]
    assert window.services.history.undo_label == "Enrol 2 deals in “Timing not right: quarterly”"


def test_the_deal_dialog_nurturing_tab_stops_the_plan_and_tells_why(
    qtbot: QtBot, services: Services
) -> None:
    deal = make_lead(services)
    tab = NurtureTab(services, deal.id)
    qtbot.addWidget(tab)
    assert tab.status.text() == "Not in a nurturing plan." and tab.empty.isVisibleTo(tab)
    services.nurture.enrol([deal.id], NOT_READY)
    tab.refresh()
    assert tab.status.text() == "Nurturing with “Not ready yet: six weeks”: touch 1 of 5."
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    assert services.nurture.enrolment(deal.id) is None
    assert tab.table.item(0, 2).text() == "Stopped by hand"
    services.nurture.enrol([deal.id], NOT_READY)
    services.activities.log(deal.id, "email_reply")
    tab.refresh()
    assert tab.table.item(0, 2).text() == "Stopped by itself: Email reply recorded"


def test_the_agenda_and_one_follow_up_export_to_ics_and_the_days_are_remembered(
    make_window: MakeWindow,
    services: Services,
    clock: Clock,
    qtbot: QtBot,
    tmp_path: Path,
    ui_settings: QSettings,
) -> None:
    from icalendar import Calendar

    deal = make_lead(services)
    services.activities.schedule(deal.id, "call", "Gọi", clock.now + timedelta(hours=1))
    services.activities.schedule(deal.id, "meeting", "Họp", clock.now + timedelta(days=10))
    window = make_window(services)
    view = today(window, qtbot)
    assert view.export_calendar(tmp_path / "agenda.ics")
    events = Calendar.from_ical((tmp_path / "agenda.ics").read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Gọi"]
    view.days.setCurrentIndex(view.days.findData(14))
    assert len(view.tree.ids()) == 2
    assert view.export_current(tmp_path / "one.ics")
    [one] = Calendar.from_ical((tmp_path / "one.ics").read_bytes()).walk("VEVENT")
    assert str(one["summary"]) == "Gọi"
    view.save_view(ui_settings)
    again = TodayView(services, window, window.notices, lambda _i: None)
    qtbot.addWidget(again)
    again.restore_view(ui_settings)
    assert again.chosen_days() == 14
