"""The deal dialog as a user drives it: typing, clicking Save, the keys, the tabs; and through its
methods (``field``, ``accept``, the activities tab's ``choose``/``add_activity``); every change is
checked in the database.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import ActivityKind, Stage, SubStage
from crmdesk.gui.dialogs.deal_editor import DealDialog
from crmdesk.services import Services
from tests.conftest import dump
from tests.integration.helpers import LEAD_REQUIRED, make_lead, make_opportunity, met


@pytest.fixture
def open_dialog(qtbot: QtBot, services: Services, clock, ui_settings):  # type: ignore[no-untyped-def]
    def make(deal_id: int | None = None) -> DealDialog:
        dialog = DealDialog(services, deal_id, None, clock, ui_settings)
        qtbot.addWidget(dialog)
        dialog.resize(760, 560)
        dialog.show()
        return dialog

    return make


def widget(dialog: DealDialog, name: str, kind: type) -> Any:
    """A widget of the details form by its object name (checked to be of ``kind``)."""
    found = dialog.field(name, kind)
    assert isinstance(found, kind)
    return found


def click_save(qtbot: QtBot, dialog: DealDialog) -> None:
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def error_shown(dialog: DealDialog, label: str) -> str:
    """The text of a visible error label ("" when it is hidden)."""
    shown = widget(dialog, label, QLabel)
    return shown.text() if shown.isVisible() else ""


def test_a_lead_typed_in_dollars_is_created_exactly(
    qtbot: QtBot, services: Services, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    qtbot.keyClicks(widget(dialog, "titleEdit", QLineEdit), "Website redesign")
    widget(dialog, "currencyBox", QComboBox).setCurrentText("USD")
    qtbot.keyClicks(widget(dialog, "valueEdit", QLineEdit), "1,250.50")
    widget(dialog, "closeCheck", QCheckBox).setChecked(True)
    widget(dialog, "closeDate", QDateEdit).setDate(QDate(2027, 1, 15))
    qtbot.keyClicks(widget(dialog, "sourceBox", QComboBox).lineEdit(), "Referral")
    qtbot.keyClicks(widget(dialog, "ownerBox", QComboBox).lineEdit(), "Lan")
    click_save(qtbot, dialog)
    assert dialog.result() == DealDialog.DialogCode.Accepted
    deal = services.deals.get(dialog.saved_deal_id)
    assert (deal.title, deal.value_minor, deal.currency, deal.stage) == (
        "Website redesign", 125_050, "USD", Stage.LEAD,
    )  # fmt: skip
    assert (deal.expected_close.isoformat(), deal.source, deal.owner) == (
        "2027-01-15", "Referral", "Lan",
    )  # fmt: skip
    assert (deal.organization_id, deal.contact_id) == (None, None)
    assert [c.id for c in services.board.column(Stage.LEAD)] == [deal.id]


def test_a_new_organization_comes_with_the_deal_in_one_undo_step(
    qtbot: QtBot, services: Services, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    qtbot.keyClicks(widget(dialog, "titleEdit", QLineEdit), "POS")
    qtbot.keyClicks(widget(dialog, "organizationBox", QComboBox).lineEdit(), "Tiem banh Hoa Mai")
    hint = widget(dialog, "organizationHint", QLabel)
    assert hint.isVisible() and "will be created" in hint.text()
    click_save(qtbot, dialog)
    deal = services.deals.get(dialog.saved_deal_id)
    assert services.organizations.get(deal.organization_id).name == "Tiem banh Hoa Mai"
    services.history.undo()  # the deal and its organization go together
    assert services.organizations.find("hoa mai") == []
    assert services.board.totals()[Stage.LEAD].count == 0


def test_saving_an_untouched_deal_writes_nothing(
    qtbot: QtBot, services: Services, workspace, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    deal = make_opportunity(services)
    services.activities.log(deal.id, ActivityKind.CALL, "Called")
    before, label = dump(workspace.engine), services.history.undo_label
    dialog = open_dialog(deal.id)
    click_save(qtbot, dialog)
    assert dialog.result() == DealDialog.DialogCode.Accepted
    assert dump(workspace.engine) == before
    assert services.history.undo_label == label


def test_only_the_edited_field_changes(qtbot: QtBot, services: Services, open_dialog) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = open_dialog(deal.id)
    title = widget(dialog, "titleEdit", QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "POS for the Hoa Sen chain")  # QTest types ASCII only
    click_save(qtbot, dialog)
    after = services.deals.get(deal.id)
    assert after.title == "POS for the Hoa Sen chain"
    unchanged = ("value_minor", "currency", "organization_id", "contact_id", "source", "owner")
    assert [getattr(after, f) for f in unchanged] == [getattr(deal, f) for f in unchanged]
    services.history.undo()
    assert services.deals.get(deal.id) == deal


def test_saving_does_not_overwrite_what_changed_elsewhere_meanwhile(
    qtbot: QtBot, services: Services, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = open_dialog(deal.id)
    services.deals.update(deal.id, source="Trade fair", value_minor=99_000_000)  # e.g. an import
    widget(dialog, "interestEdit", QLineEdit).setText("Accounting")
    click_save(qtbot, dialog)  # the copy is stale: refused, nothing overwritten, input kept
    assert dialog.conflict.isVisible() and dialog.result() != DealDialog.DialogCode.Accepted
    assert services.deals.get(deal.id).interest is None
    assert widget(dialog, "interestEdit", QLineEdit).text() == "Accounting"
    qtbot.mouseClick(dialog.conflict.reload_button, Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)
    assert dialog.result() == DealDialog.DialogCode.Accepted
    after = services.deals.get(deal.id)
    assert (after.interest, after.source, after.value_minor) == (
        "Accounting", "Trade fair", 99_000_000,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "currency", "message"),
    [
        ("12abc", "VND", "“12abc” is not an amount."),
        ("-5", "VND", "An amount cannot be negative."),
        ("1.2345", "USD", "USD amounts have at most 2 decimals."),
        (
            "1.000.000.000.000.001",
            "VND",
            "That amount is too large: CRM Desk keeps amounts up to 1,000,000,000,000,000 of the currency's smallest unit (đồng, cents).",  # noqa: E501
        ),
    ],
)
def test_a_bad_value_is_shown_beside_the_field_and_nothing_is_written(
    qtbot: QtBot,
    services: Services,
    workspace,
    open_dialog,
    typed: str,
    currency: str,
    message: str,
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    before, totals = dump(workspace.engine), services.board.totals()
    dialog = open_dialog(deal.id)
    widget(dialog, "titleEdit", QLineEdit).setText("Renamed")
    widget(dialog, "currencyBox", QComboBox).setCurrentText(currency)
    value = widget(dialog, "valueEdit", QLineEdit)
    value.clear()
    qtbot.keyClicks(value, typed)
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != DealDialog.DialogCode.Accepted
    assert error_shown(dialog, "valueError") == message
    assert "c92a2a" in value.styleSheet()  # the field itself is marked
    assert error_shown(dialog, "titleError") == ""
    assert dump(workspace.engine) == before and services.board.totals() == totals
    # Corrected, it saves.
    value.setText("2.000.000" if currency == "VND" else "2,000.00")
    click_save(qtbot, dialog)
    assert dialog.result() == DealDialog.DialogCode.Accepted
    assert services.deals.get(deal.id).value_minor == (2_000_000 if currency == "VND" else 200_000)


def test_a_blank_title_is_refused_beside_the_field(
    qtbot: QtBot, services: Services, workspace, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    before = dump(workspace.engine)
    dialog = open_dialog()
    qtbot.keyClicks(widget(dialog, "titleEdit", QLineEdit), "   ")
    qtbot.keyClicks(widget(dialog, "valueEdit", QLineEdit), "5.000.000")
    click_save(qtbot, dialog)
    assert error_shown(dialog, "titleError") == "Give the deal a title."
    assert dialog.saved_deal_id is None
    assert dump(workspace.engine) == before


def test_a_service_complaint_is_shown_too_and_nothing_is_written(
    qtbot: QtBot, services: Services, workspace, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    before = dump(workspace.engine)
    dialog = open_dialog()
    widget(dialog, "titleEdit", QLineEdit).setText("T" * 301)  # the service's limit is 300
    click_save(qtbot, dialog)
    assert "too long" in error_shown(dialog, "titleError")
    assert dump(workspace.engine) == before


def test_control_return_saves_and_escape_cancels(
    qtbot: QtBot, services: Services, workspace, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    with qtbot.waitActive(dialog):  # a window shortcut needs its window active
        dialog.activateWindow()
    title = widget(dialog, "titleEdit", QLineEdit)
    qtbot.keyClicks(title, "By keyboard")
    qtbot.keyClick(title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == DealDialog.DialogCode.Accepted
    assert services.deals.get(dialog.saved_deal_id).title == "By keyboard"

    keypad = open_dialog()
    with qtbot.waitActive(keypad):
        keypad.activateWindow()
    widget(keypad, "titleEdit", QLineEdit).setText("From the keypad")
    qtbot.keyClick(
        widget(keypad, "titleEdit", QLineEdit),
        Qt.Key.Key_Enter,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
    )
    assert services.deals.get(keypad.saved_deal_id).title == "From the keypad"

    before = dump(workspace.engine)
    other = open_dialog()
    qtbot.keyClicks(widget(other, "titleEdit", QLineEdit), "Never saved")
    qtbot.keyClick(widget(other, "titleEdit", QLineEdit), Qt.Key.Key_Escape)
    assert not other.isVisible() and other.result() == DealDialog.DialogCode.Rejected
    assert dump(workspace.engine) == before


def test_a_won_deal_shows_its_stage_read_only(
    qtbot: QtBot, services: Services, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    deal = make_opportunity(services)
    services.pipeline.move([deal.id], Stage.WON)
    dialog = open_dialog(deal.id)
    assert widget(dialog, "stageLabel", QLabel).text() == "Won"
    assert not widget(dialog, "subStageBox", QComboBox).isEnabled()
    assert not widget(dialog, "probabilitySpin", QSpinBox).isEnabled()
    lead_dialog = open_dialog(make_lead(services, "Another").id)
    assert widget(lead_dialog, "stageLabel", QLabel).text() == "Lead"
    assert not widget(lead_dialog, "subStageBox", QComboBox).isVisible()


def test_the_reset_button_drops_the_probability_override(
    qtbot: QtBot, services: Services, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    deal = services.deals.update(make_opportunity(services).id, probability_override=60)
    dialog = open_dialog(deal.id)
    spin = widget(dialog, "probabilitySpin", QSpinBox)
    assert spin.value() == 60
    qtbot.mouseClick(widget(dialog, "resetButton", QPushButton), Qt.MouseButton.LeftButton)
    assert spin.value() == 25  # Needs identified, the stage default
    click_save(qtbot, dialog)
    saved = services.deals.get(deal.id)
    assert (saved.sub_stage, saved.probability_override) == (SubStage.NEEDS_IDENTIFIED, None)


def activities_tab(dialog: DealDialog) -> Any:
    dialog.tabs.setCurrentWidget(dialog.activities)
    return dialog.activities


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_logging_a_call_from_the_activities_tab(
    qtbot: QtBot, services: Services, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = open_dialog(deal.id)
    tab = activities_tab(dialog)
    choose(tab.mode, "log")
    choose(tab.kind, ActivityKind.CALL.value)
    qtbot.keyClicks(tab.subject, "Asked about the POS price")
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    [call] = services.activities.for_deal(deal.id)
    assert (call.kind, call.subject, call.done_at is not None or call.occurred_at is not None) == (
        ActivityKind.CALL, "Asked about the POS price", True,
    )  # fmt: skip
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 1).text() == "Asked about the POS price"
    assert tab.subject.text() == ""  # ready for the next one


def test_a_demo_request_raises_the_score_shown(
    qtbot: QtBot, services: Services, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    deal = services.deals.create("Cold lead", 1_000_000, "VND")
    dialog = open_dialog(deal.id)
    shown_before = dialog.score_label.text()
    assert f"Score {deal.score}<" in shown_before
    tab = activities_tab(dialog)
    choose(tab.mode, "signal")
    choose(tab.kind, ActivityKind.DEMO_REQUEST.value)
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    score = services.deals.get(deal.id).score
    assert score >= deal.score + 25
    assert f"Score {score}<" in dialog.score_label.text()
    table = dialog.score.score_table
    rules = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert any("emo" in rule for rule in rules)  # the demo request's rule is explained


def test_a_follow_up_is_scheduled_then_marked_done(
    qtbot: QtBot, services: Services, open_dialog, clock
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = open_dialog(deal.id)
    tab = activities_tab(dialog)
    choose(tab.mode, "schedule")
    choose(tab.kind, ActivityKind.MEETING.value)
    qtbot.keyClicks(tab.subject, "Demo at their office")
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    [planned] = services.activities.for_deal(deal.id)
    assert planned.done_at is None and planned.due_at is not None
    assert planned.due_at - clock() < timedelta(days=2)  # tomorrow morning by default
    assert not tab.done.isEnabled()  # nothing selected yet
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.done, Qt.MouseButton.LeftButton)
    [done] = services.activities.for_deal(deal.id)
    assert done.done_at is not None
    assert tab.table.item(0, 3).text() == "done"


def test_the_qualification_tab_lists_answers_newest_first_and_the_history(
    qtbot: QtBot, services: Services, open_dialog, clock
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    services.pipeline.move([deal.id], Stage.PROSPECT, answers=met(*LEAD_REQUIRED))
    clock.advance(days=3)
    services.pipeline.move(
        [deal.id],
        Stage.OPPORTUNITY,
        answers=met("budget"),
        override_reason="Owner's call: timeline agreed by phone",
    )
    dialog = open_dialog(deal.id)
    table = dialog.answers_table
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert len(rows) == 1 + len(LEAD_REQUIRED)
    assert rows[0][1:] == ["Prospect → Opportunity", "Budget confirmed or allocated", "met",
                           "evidence for budget"]  # fmt: skip
    assert {r[4] for r in rows[1:]} == {f"evidence for {k}" for k in LEAD_REQUIRED}
    assert {r[3] for r in rows} == {"met"} and {r[1] for r in rows[1:]} == {"Lead → Prospect"}
    history = dialog.history_table
    moves = [history.item(r, 1).text() for r in range(history.rowCount())]
    assert moves == ["Prospect → Opportunity", "Lead → Prospect", "Lead"]
    assert "Owner's call: timeline agreed by phone" in history.item(0, 2).text()


def test_a_lead_says_it_has_no_answers_yet(qtbot: QtBot, services: Services, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(make_lead(services).id)
    history_tab = dialog.answers_table.parentWidget()
    assert isinstance(history_tab, QWidget)
    dialog.tabs.setCurrentWidget(history_tab)
    assert dialog.answers_table.rowCount() == 0 and not dialog.answers_table.isVisible()
    assert history_tab.no_answers.isVisible()  # type: ignore[attr-defined]


# -- through the dialog's methods ------------------------------------------------------------


def plain_dialog(qtbot: QtBot, services: Services, deal_id: int | None = None) -> DealDialog:
    """The dialog on the real clock and its own settings file, shown at its own size."""
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
    dialog = plain_dialog(qtbot, services)
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
    dialog = plain_dialog(qtbot, services)
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
    dialog = plain_dialog(qtbot, services, deal.id)
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
    dialog = plain_dialog(qtbot, services)
    qtbot.keyClicks(edit(dialog, "valueEdit"), "1000")
    dialog.accept()
    assert dialog.error_text("titleError") == "Give the deal a title."
    assert dialog.error_text("valueError") == ""
    assert dump(workspace.engine) == before


def test_editing_changes_only_what_was_edited(qtbot: QtBot, services: Services) -> None:
    deal = make_lead(services)
    dialog = plain_dialog(qtbot, services, deal.id)
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
    dialog = plain_dialog(qtbot, services, deal.id)
    spin = dialog.field("probabilitySpin", QSpinBox)
    assert spin.value() == 25
    spin.setValue(40)
    dialog.accept()
    assert services.deals.get(deal.id).probability_override == 40
    again = plain_dialog(qtbot, services, deal.id)
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
    dialog = plain_dialog(qtbot, services, deal.id)
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


def test_a_follow_up_scheduled_through_the_tab_is_marked_done(
    qtbot: QtBot, services: Services
) -> None:
    deal = services.deals.create("Follow me", 1, "VND")
    dialog = plain_dialog(qtbot, services, deal.id)
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
    dialog = plain_dialog(qtbot, services, deal.id)
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
    dialog = plain_dialog(qtbot, services, deal.id)
    box = dialog.field("organizationBox", QComboBox)
    qtbot.keyClicks(box.lineEdit(), " ")  # typing looks names up again: both are offered
    qtbot.keyClick(box.lineEdit(), "\b")
    assert box.currentText() == "Cửa hàng Mai"
    dialog.accept()
    assert services.deals.get(deal.id).organization_id == first.id != second.id


def test_a_new_lead_asks_its_new_contacts_email_and_phone_checked_beside_them(
    qtbot: QtBot, services: Services, open_dialog: Any
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(widget(dialog, "titleEdit", QLineEdit), "POS for the bakery")
    qtbot.keyClicks(widget(dialog, "contactBox", QComboBox).lineEdit(), "Pham An")
    email = widget(dialog, "contactEmailEdit", QLineEdit)
    phone = widget(dialog, "contactPhoneEdit", QLineEdit)
    qtbot.keyClicks(email, "an at x")
    qtbot.keyClicks(phone, "0901 234 567")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert error_shown(dialog, "contactEmailError") == "“an at x” is not an email address."
    assert services.deal_list.count() == 0
    email.selectAll()
    qtbot.keyClicks(email, "an@x.vn")
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    deal = services.deals.get(dialog.saved_deal_id)
    contact = services.contacts.get(deal.contact_id)
    assert (contact.full_name, contact.email, contact.phone) == (
        "Pham An",
        "an@x.vn",
        "0901 234 567",
    )


def test_an_email_without_a_contact_is_refused_beside_it(
    qtbot: QtBot, services: Services, open_dialog: Any
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(widget(dialog, "titleEdit", QLineEdit), "Walk-in")
    qtbot.keyClicks(widget(dialog, "contactEmailEdit", QLineEdit), "walkin@x.vn")
    click_save(qtbot, dialog)
    assert (
        error_shown(dialog, "contactEmailError") == "An email or a phone needs the contact's name."
    )
    assert services.deal_list.count() == 0


def test_an_existing_contact_keeps_their_own_email(
    qtbot: QtBot, services: Services, open_dialog: Any
) -> None:
    services.contacts.create("Tran Lan", email="lan@x.vn")
    dialog = open_dialog()
    widget(dialog, "contactBox", QComboBox).setEditText("Tran Lan")
    assert not widget(dialog, "contactEmailEdit", QLineEdit).isEnabled()
    widget(dialog, "contactBox", QComboBox).setEditText("Somebody new")
    assert widget(dialog, "contactEmailEdit", QLineEdit).isEnabled()


def test_an_existing_deal_has_no_contact_email_field(open_dialog: Any, services: Services) -> None:
    deal = services.deals.create("Old", 1, "VND")
    dialog = open_dialog(deal.id)
    assert dialog.form.findChild(QLineEdit, "contactEmailEdit") is None
