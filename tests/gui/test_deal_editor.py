"""The deal dialog, driven through its widgets, checked in the database."""

from __future__ import annotations

import tempfile

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import ActivityKind, Stage, SubStage
from crmdesk.gui.dialogs.deal_editor import DealDialog
from crmdesk.services import Services
from tests.conftest import dump
from tests.integration.helpers import make_lead, make_opportunity


def open_dialog(qtbot: QtBot, services: Services, deal_id: int | None = None) -> DealDialog:
    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    dialog = DealDialog(services, deal_id, None, None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def edit(dialog: DealDialog, name: str) -> QLineEdit:
    widget = dialog.field(name, QLineEdit)
    assert isinstance(widget, QLineEdit)
    return widget


def test_a_new_lead_with_a_new_organization_and_contact(qtbot: QtBot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    # QTest types ASCII only: Vietnamese text goes in as an input method would put it.
    edit(dialog, "titleEdit").setText("Hệ thống POS – Hoa Sen")
    dialog.field("organizationBox", QComboBox).lineEdit().setText("Công ty TNHH Hoa Sen")
    dialog.field("contactBox", QComboBox).lineEdit().setText("Trần Thị Hạnh")
    assert "will be created" in dialog.field("organizationHint", object).text()
    qtbot.keyClicks(edit(dialog, "valueEdit"), "58.800.000")
    dialog.accept()
    assert dialog.result() == DealDialog.DialogCode.Accepted
    deal = services.deals.get(dialog.saved_deal_id)
    assert (deal.title, deal.value_minor, deal.currency, deal.stage) == (
        "Hệ thống POS – Hoa Sen", 58_800_000, "VND", Stage.LEAD,
    )  # fmt: skip
    assert services.organizations.get(deal.organization_id).name == "Công ty TNHH Hoa Sen"
    assert services.contacts.get(deal.contact_id).full_name == "Trần Thị Hạnh"
    assert services.history.undo_label == "Add deal “Hệ thống POS – Hoa Sen”"


def test_an_existing_organization_is_picked_not_duplicated(
    qtbot: QtBot, services: Services
) -> None:
    org = services.organizations.create("Nhà hàng Trúc Xanh")
    dialog = open_dialog(qtbot, services)
    edit(dialog, "titleEdit").setText("Website")
    qtbot.keyClicks(dialog.field("organizationBox", QComboBox).lineEdit(), "nha hang truc xanh")
    assert not dialog.field("organizationHint", object).isVisible()
    dialog.accept()
    assert services.deals.get(dialog.saved_deal_id).organization_id == org.id
    assert len(services.organizations.find("truc xanh")) == 1


def test_an_invalid_value_is_shown_beside_the_field_and_nothing_is_written(
    qtbot: QtBot, services: Services, workspace
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    before = dump(workspace.engine)
    dialog = open_dialog(qtbot, services, deal.id)
    edit(dialog, "titleEdit").setText("A new title")
    edit(dialog, "valueEdit").setText("12abc")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != DealDialog.DialogCode.Accepted
    assert dialog.error_text("valueError") == "“12abc” is not an amount."
    assert dump(workspace.engine) == before
    edit(dialog, "valueEdit").setText("-5")
    dialog.accept()
    assert "cannot be negative" in dialog.error_text("valueError")
    assert dump(workspace.engine) == before


def test_an_empty_title_is_refused_beside_the_field(
    qtbot: QtBot, services: Services, workspace
) -> None:  # type: ignore[no-untyped-def]
    before = dump(workspace.engine)
    dialog = open_dialog(qtbot, services)
    qtbot.keyClicks(edit(dialog, "valueEdit"), "1000")
    dialog.accept()
    assert dialog.error_text("titleError") == "Give the deal a title."
    assert dialog.error_text("valueError") == ""
    assert dump(workspace.engine) == before


def test_editing_changes_only_what_was_edited(qtbot: QtBot, services: Services) -> None:
    deal = make_lead(services)
    dialog = open_dialog(qtbot, services, deal.id)
    assert edit(dialog, "valueEdit").text() == "125.000.000"
    edit(dialog, "interestEdit").setText("Phần mềm kế toán")
    dialog.accept()
    after = services.deals.get(deal.id)
    assert after.interest == "Phần mềm kế toán"
    assert (after.title, after.value_minor, after.organization_id, after.contact_id) == (
        deal.title, deal.value_minor, deal.organization_id, deal.contact_id,
    )  # fmt: skip
    assert services.history.undo_label == "Edit “Phần mềm bán hàng – Hoa Sen”"
    services.history.undo()
    assert services.deals.get(deal.id) == deal


def test_an_opportunity_probability_override_and_its_reset(
    qtbot: QtBot, services: Services
) -> None:
    deal = make_opportunity(services)
    dialog = open_dialog(qtbot, services, deal.id)
    spin = dialog.field("probabilitySpin", QSpinBox)
    assert spin.value() == 25
    spin.setValue(40)
    dialog.accept()
    assert services.deals.get(deal.id).probability_override == 40
    again = open_dialog(qtbot, services, deal.id)
    sub = again.field("subStageBox", QComboBox)
    sub.setCurrentIndex(sub.findData(SubStage.NEGOTIATION.value))
    again.reset_probability()
    assert again.field("probabilitySpin", QSpinBox).value() == 75
    again.accept()
    saved = services.deals.get(deal.id)
    assert (saved.sub_stage, saved.probability_override) == (SubStage.NEGOTIATION, None)


def test_logging_a_call_and_recording_a_signal_raise_the_score(
    qtbot: QtBot, services: Services
) -> None:
    deal = services.deals.create("Cold lead", 1_000_000, "VND")
    dialog = open_dialog(qtbot, services, deal.id)
    score_before = services.deals.get(deal.id).score
    dialog.activities.choose("log", ActivityKind.CALL, "Called about the demo")
    dialog.activities.add_activity()
    dialog.activities.choose("signal", ActivityKind.DEMO_REQUEST)
    dialog.activities.add_activity()
    kinds = [a.kind for a in services.activities.for_deal(deal.id)]
    assert ActivityKind.CALL in kinds and ActivityKind.DEMO_REQUEST in kinds
    assert dialog.activities.table.rowCount() == 2
    assert services.deals.get(deal.id).score > score_before
    assert f"Score {services.deals.get(deal.id).score}" in dialog.score_label.text()


def test_a_follow_up_is_scheduled_then_marked_done(qtbot: QtBot, services: Services) -> None:
    deal = services.deals.create("Follow me", 1, "VND")
    dialog = open_dialog(qtbot, services, deal.id)
    tab = dialog.activities
    tab.choose("schedule", ActivityKind.MEETING, "Demo at their office")
    tab.add_activity()
    [planned] = services.activities.for_deal(deal.id)
    assert planned.due_at is not None and planned.done_at is None
    tab.table.selectRow(0)
    assert tab.done.isEnabled()
    tab.mark_done()
    [done] = services.activities.for_deal(deal.id)
    assert done.done_at is not None


def test_the_qualification_tab_lists_answers_and_history(qtbot: QtBot, services: Services) -> None:
    deal = make_opportunity(services)
    dialog = open_dialog(qtbot, services, deal.id)
    texts = [dialog.answers_table.item(r, 4).text() for r in range(dialog.answers_table.rowCount())]
    assert "evidence for budget" in texts and "evidence for icp_fit" in texts
    moves = [dialog.history_table.item(r, 1).text() for r in range(dialog.history_table.rowCount())]
    assert moves[0] == "Lead → Opportunity"


def test_editing_a_deal_keeps_its_organization_when_another_has_the_same_name(
    qtbot: QtBot, services: Services
) -> None:
    first = services.organizations.create("Cửa hàng Mai")
    second = services.organizations.create("Cửa hàng Mai")  # a namesake, e.g. another town
    deal = services.deals.create("Máy in hóa đơn", 2_350_000, "VND", organization_id=first.id)
    dialog = open_dialog(qtbot, services, deal.id)
    box = dialog.field("organizationBox", QComboBox)
    qtbot.keyClicks(box.lineEdit(), " ")  # typing looks names up again: both are offered
    qtbot.keyClick(box.lineEdit(), "\b")
    assert box.currentText() == "Cửa hàng Mai"
    dialog.accept()
    assert services.deals.get(deal.id).organization_id == first.id != second.id
