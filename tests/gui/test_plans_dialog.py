"""Settings → Nurturing plans: edited with keys and clicks, saved as undoable changes."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QSpinBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import ActivityKind
from crmdesk.domain.nurture_defaults import NOT_READY, TIMING
from crmdesk.gui.today.plans_dialog import NurturePlansDialog
from crmdesk.gui.today.reschedule_dialog import RescheduleDialog
from crmdesk.services import Services


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> NurturePlansDialog:
    d = NurturePlansDialog(services)
    qtbot.addWidget(d)
    d.show()
    return d


def test_it_opens_on_the_first_plan_with_its_touches(dialog: NurturePlansDialog) -> None:
    assert dialog.list.count() == 2
    assert dialog.name.text() == "Not ready yet: six weeks"
    assert dialog.steps.rowCount() == 5
    day = dialog.steps.cellWidget(1, 0)
    kind = dialog.steps.cellWidget(1, 1)
    assert isinstance(day, QSpinBox) and day.value() == 7
    assert isinstance(kind, QComboBox) and kind.currentText() == "Newsletter"


def test_renaming_and_adding_a_touch_is_one_undoable_change(
    dialog: NurturePlansDialog, services: Services, qtbot: QtBot
) -> None:
    dialog.name.setText("Sáu tuần cho khách chưa sẵn sàng")  # QTest types Latin-1 only
    dialog.add_step()
    dialog.steps.item(5, 2).setText("Gọi {contact} lần cuối")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    plan = services.nurture.plan(NOT_READY)
    assert plan.name == "Sáu tuần cho khách chưa sẵn sàng"
    assert len(plan.steps) == 6 and plan.steps[5].day_offset == 49
    assert plan.steps[5].subject == "Gọi {contact} lần cuối"
    # the touches nobody edited keep their seeded English, still translated where shown
    assert plan.steps[0].subject == "Thank {contact} and send our buyer's guide"
    assert services.history.undo_label == "Change nurturing plan “Sáu tuần cho khách chưa sẵn sàng”"
    services.history.undo()
    assert services.nurture.plan(NOT_READY).name == "Not ready yet: six weeks"
    assert len(services.nurture.plan(NOT_READY).steps) == 5


def test_an_unknown_placeholder_is_refused_beside_the_table_and_the_dialog_stays(
    dialog: NurturePlansDialog, services: Services, qtbot: QtBot
) -> None:
    dialog.steps.item(0, 2).setText("Chào {ten}")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "unknown placeholder" in dialog.error.text()
    assert services.nurture.plan(NOT_READY).steps[0].subject.startswith("Thank")
    dialog.list.setCurrentRow(1)  # refused: it stays on the plan being edited
    assert dialog.list.currentRow() == 0
    dialog.steps.item(0, 2).setText("Chào {contact}")
    dialog.list.setCurrentRow(1)  # now it saves and moves on
    assert dialog.list.currentRow() == 1 and dialog.name.text() == "Timing not right: quarterly"
    assert services.nurture.plan(NOT_READY).steps[0].subject == "Chào {contact}"


def test_moving_and_removing_touches_and_adding_then_removing_a_plan(
    dialog: NurturePlansDialog, services: Services, qtbot: QtBot
) -> None:
    dialog.steps.setCurrentCell(4, 2)
    dialog.move_step(-1)
    dialog.steps.setCurrentCell(0, 2)
    dialog.remove_step()
    assert dialog.save()
    kinds = [s.kind for s in services.nurture.plan(NOT_READY).steps]
    assert kinds == [ActivityKind.NEWSLETTER, ActivityKind.CASE_STUDY, ActivityKind.CALL,
                     ActivityKind.NEWSLETTER]  # fmt: skip
    qtbot.mouseClick(dialog.add_plan_button, Qt.MouseButton.LeftButton)
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Monthly")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves the plan
    keys = [p.key for p in services.nurture.plans()]
    assert keys == [NOT_READY, TIMING, "monthly"]
    assert dialog.list.currentItem().text() == "Monthly"
    qtbot.mouseClick(dialog.remove_plan_button, Qt.MouseButton.LeftButton)
    assert [p.key for p in services.nurture.plans()] == [NOT_READY, TIMING]
    services.history.undo()
    assert [p.key for p in services.nurture.plans()] == [NOT_READY, TIMING, "monthly"]


def test_the_pick_a_date_dialog_gives_the_local_time_typed(qtbot: QtBot) -> None:
    zone = ZoneInfo("Asia/Ho_Chi_Minh")
    dialog = RescheduleDialog("Gọi lại", datetime(2026, 11, 2, 7, 30, tzinfo=UTC))
    qtbot.addWidget(dialog)
    assert dialog.due().astimezone(UTC) == datetime(2026, 11, 2, 7, 30, tzinfo=UTC)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(2))
    assert dialog.due().astimezone(UTC) == datetime(2026, 11, 4, 7, 30, tzinfo=UTC)
    assert dialog.due().tzinfo is not None and zone is not None
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
