"""Keys and sentences in the settings, gate, reason and deal dialogs, driven with real events.

Enter in a wording saves it (and adds nothing), a refused threshold says the service's sentence
beside the fields, falling probabilities get a warning, the deal dialog's value error goes once
the value is right, the gate dialog takes Space at once, and Ctrl+Enter sends a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import ActivityKind, Gate, Stage, SubStage
from crmdesk.gui.dialogs.deal_editor import DealDialog
from crmdesk.gui.dialogs.gate_dialog import GateDialog
from crmdesk.gui.dialogs.pipeline_settings import PipelineSettings
from crmdesk.gui.dialogs.qualification_settings import QualificationSettings
from crmdesk.gui.dialogs.reasons import BackwardDialog, LostDialog
from crmdesk.gui.dialogs.scoring_settings import ScoringSettings
from crmdesk.services import Services
from tests.gui.conftest import scratch_settings
from tests.integration.helpers import make_lead


def show(qtbot: QtBot, dialog: QDialog) -> None:
    """Show the dialog as the active window, as a dialog opened by the user is."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_enter_in_a_criterion_wording_saves_it_and_adds_no_criterion(
    qtbot: QtBot, services: Services
) -> None:
    dialog = QualificationSettings(services)
    show(qtbot, dialog)
    page = dialog.gates[Gate.LEAD_TO_PROSPECT]
    before = len(services.settings.criteria(page.gate, active_only=False))
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert page.label.hasFocus() and page.label.text() == "New criterion"
    qtbot.keyClicks(page.label, "Has a budget owner")  # typed over the selected wording
    for _ in range(3):
        qtbot.keyClick(page.label, Qt.Key.Key_Return)
    labels = [c.label for c in services.settings.criteria(page.gate, active_only=False)]
    assert len(labels) == before + 1
    assert labels[-1] == "Has a budget owner" and "New criterion" not in labels
    assert dialog.isVisible()  # Enter does not close the dialog either


def test_enter_in_a_lost_reason_wording_adds_no_reason(qtbot: QtBot, services: Services) -> None:
    dialog = PipelineSettings(services)
    show(qtbot, dialog)
    before = len(services.settings.lost_reasons(active_only=False))
    retype(qtbot, dialog.reason_label, "Went with a friend")
    qtbot.keyClick(dialog.reason_label, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.reason_label, Qt.Key.Key_Return)
    reasons = services.settings.lost_reasons(active_only=False)
    assert len(reasons) == before and reasons[0].label == "Went with a friend"
    assert dialog.isVisible()


def test_thresholds_the_service_refuses_show_its_sentence_beside_them(
    qtbot: QtBot, services: Services
) -> None:
    dialog = ScoringSettings(services)
    show(qtbot, dialog)
    retype(qtbot, dialog.warm_at.lineEdit(), "80")
    qtbot.keyClick(dialog.warm_at, Qt.Key.Key_Return)
    retype(qtbot, dialog.hot_at.lineEdit(), "60")
    qtbot.keyClick(dialog.hot_at, Qt.Key.Key_Return)
    sentence = "Warm must start above 0 and below hot, and hot at 100 at most."
    assert dialog.threshold_error.isVisible() and dialog.threshold_error.text() == sentence
    box = dialog.warm_at.parentWidget()
    assert dialog.threshold_error.parentWidget() is box  # beside the fields, in their box
    config = services.settings.scoring_config()
    assert (config.warm_at, config.hot_at) == (30, 70)  # nothing stored
    retype(qtbot, dialog.warm_at.lineEdit(), "40")
    qtbot.keyClick(dialog.warm_at, Qt.Key.Key_Return)
    assert not dialog.threshold_error.isVisible()
    config = services.settings.scoring_config()
    assert (config.warm_at, config.hot_at) == (40, 60)


def test_probabilities_falling_along_the_stages_get_a_warning_and_are_kept(
    qtbot: QtBot, services: Services
) -> None:
    dialog = PipelineSettings(services)
    show(qtbot, dialog)
    assert not dialog.order_warning.isVisible()
    spin = dialog.probabilities[SubStage.PROPOSAL_SENT]
    retype(qtbot, spin.lineEdit(), "10")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert services.settings.probabilities()[SubStage.PROPOSAL_SENT] == 10
    assert dialog.order_warning.isVisible()
    assert dialog.order_warning.text() == (
        "Proposal sent (10 %) is below Needs identified (25 %), which comes before it. "
        "Win chances usually rise stage by stage."
    )
    retype(qtbot, spin.lineEdit(), "60")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert not dialog.order_warning.isVisible()


def test_the_value_error_goes_away_once_the_value_is_typed_right(
    qtbot: QtBot, services: Services, clock
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = DealDialog(services, deal.id, None, clock, scratch_settings())
    show(qtbot, dialog)
    value = dialog.field("valueEdit", QLineEdit)
    error = dialog.field("valueError", QLabel)
    assert isinstance(value, QLineEdit) and isinstance(error, QLabel)
    retype(qtbot, value, "12abc")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert error.isVisible() and error.text() == "“12abc” is not an amount."
    qtbot.keyClick(value, Qt.Key.Key_Backspace)
    assert error.text() == "“12ab” is not an amount."  # still wrong: the sentence follows
    for _ in range(2):
        qtbot.keyClick(value, Qt.Key.Key_Backspace)
    assert not error.isVisible()
    assert value.styleSheet() == ""


def test_the_deal_dialog_says_cancel_keeps_an_activity_already_added(
    qtbot: QtBot, services: Services, clock
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = DealDialog(services, deal.id, None, clock, scratch_settings())
    show(qtbot, dialog)
    assert not dialog.kept_note.isVisible()
    dialog.tabs.setCurrentWidget(dialog.activities)
    dialog.activities.choose("log", ActivityKind.CALL, "Called about the price")
    qtbot.mouseClick(dialog.activities.add, Qt.MouseButton.LeftButton)
    assert dialog.kept_note.isVisible()
    assert "Cancel keeps them" in dialog.kept_note.text()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    note_top = dialog.kept_note.mapTo(dialog, QPoint(0, 0)).y()
    cancel_top = cancel.mapTo(dialog, QPoint(0, 0)).y()
    assert cancel_top - 20 <= note_top <= cancel_top + cancel.height()  # on the buttons' row
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    subjects = [a.subject for a in services.activities.for_deal(deal.id)]
    assert "Called about the price" in subjects  # as the note said


def test_the_first_space_in_the_gate_dialog_ticks_the_first_criterion(
    qtbot: QtBot, services: Services
) -> None:
    deal = make_lead(services)
    views = services.pipeline.gates_for(deal.id, Stage.PROSPECT)
    dialog = GateDialog([deal.title], views)
    show(qtbot, dialog)
    first = dialog.criteria_keys()[0]
    focused = QApplication.focusWidget() or dialog.focusWidget()
    assert focused is dialog.findChild(QCheckBox, f"criterion_{first}")
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert dialog.decision().answers[first].met


def test_ctrl_enter_sends_the_reason_for_moving_back(qtbot: QtBot) -> None:
    dialog = BackwardDialog(["Hệ thống POS – Hoa Sen"], "Lead")
    show(qtbot, dialog)
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible(), "no reason yet: nothing to send"
    qtbot.keyClicks(dialog.reason, "Budget moved to next year")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # a plain Enter is a new line
    assert dialog.isVisible()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.note() == "Budget moved to next year"


def test_ctrl_enter_sends_a_lost_reason_once_it_is_complete(
    qtbot: QtBot, services: Services
) -> None:
    dialog = LostDialog(["Hệ thống POS – Hoa Sen"], services.settings.lost_reasons())
    show(qtbot, dialog)
    dialog.choose("other")
    dialog.note_edit.setFocus()
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible(), "Other needs a note"
    qtbot.keyClicks(dialog.note_edit, "Closed the shop")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == ("other", "Closed the shop")
