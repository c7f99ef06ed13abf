"""The settings dialogs change what the board and the gates do, at once and undoably."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSettings
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import ActivityKind, Gate, Stage, SubStage, Temperature
from crmdesk.gui.dialogs.deal_editor import DealDialog
from crmdesk.gui.dialogs.gate_dialog import GateDialog
from crmdesk.gui.dialogs.pipeline_settings import PipelineSettings
from crmdesk.gui.dialogs.qualification_settings import QualificationSettings
from crmdesk.gui.dialogs.scoring_settings import ScoringSettings
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import Services
from tests.gui.conftest import ScriptedPrompts, tick_all
from tests.gui.test_board import drag, titles
from tests.integration.helpers import LEAD_REQUIRED, make_lead, make_opportunity, met


def test_a_criterion_made_required_in_the_dialog_blocks_the_next_move(
    qtbot: QtBot, window: MainWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    dialog = QualificationSettings(services, window)
    qtbot.addWidget(dialog)
    page = dialog.gates[Gate.LEAD_TO_PROSPECT]
    page.select("problem_acknowledged")
    page.required.setChecked(True)
    assert services.history.undo_label == "Make criterion required"

    deal = make_lead(services)

    def the_old_required_only(gate: GateDialog) -> None:
        for key in LEAD_REQUIRED:
            gate.set_met(key, True)
        assert gate.unmet_required() == ["problem_acknowledged"]

    prompts.on_gate = the_old_required_only
    drag(window, [deal.id], Stage.LEAD, Stage.PROSPECT)
    assert services.deals.get(deal.id).stage == Stage.LEAD
    prompts.on_gate = tick_all
    drag(window, [deal.id], Stage.LEAD, Stage.PROSPECT)
    assert titles(window, Stage.PROSPECT) == [deal.title]


def test_a_retired_criterion_keeps_its_answers_in_the_deal_history(
    qtbot: QtBot, services: Services, ui_settings: QSettings
) -> None:
    deal = make_lead(services)
    services.pipeline.move([deal.id], "prospect", answers=met(*LEAD_REQUIRED))
    dialog = QualificationSettings(services)
    qtbot.addWidget(dialog)
    page = dialog.gates[Gate.LEAD_TO_PROSPECT]
    page.select("buying_intent")
    page.active.setChecked(False)
    assert "retired" in page.list.currentItem().text()
    assert "buying_intent" not in [c.key for c in services.settings.criteria(page.gate)]

    deal_dialog = DealDialog(services, deal.id, None, None, ui_settings)
    qtbot.addWidget(deal_dialog)
    table = deal_dialog.answers_table
    shown = {table.item(r, 2).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    label = "Shows buying intent (repeat visits, a high-value download, an information request)"
    assert shown[f"{label} (retired)"] == "evidence for buying_intent"


def test_dragging_a_criterion_reorders_the_gate(qtbot: QtBot, services: Services) -> None:
    dialog = QualificationSettings(services)
    qtbot.addWidget(dialog)
    page = dialog.gates[Gate.PROSPECT_TO_OPPORTUNITY]
    before = [c.key for c in services.settings.criteria(Gate.PROSPECT_TO_OPPORTUNITY)]
    # The list's own model moves the row, as a drag does; the dialog stores the new order.
    assert page.list.model().moveRow(QModelIndex(), 3, QModelIndex(), 0)
    after = [c.key for c in services.settings.criteria(Gate.PROSPECT_TO_OPPORTUNITY)]
    assert after == [before[3], *before[:3], *before[4:]]


def test_changing_a_threshold_recolours_the_cards(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    deal = services.deals.create("Demo wanted", 1, "VND")
    services.activities.log(deal.id, ActivityKind.DEMO_REQUEST, "Demo please")  # 25 points
    card = window.board.models[Stage.LEAD].card(0)
    assert (card.score, card.temperature) == (25, Temperature.COLD)
    dialog = ScoringSettings(services, window)
    qtbot.addWidget(dialog)
    assert dialog.preview_counts()[Temperature.COLD] == 1
    dialog.warm_at.setValue(20)
    assert "warm <b>1</b>" in dialog.preview.text()  # the preview follows at once
    dialog.commit_pending()
    assert window.board.models[Stage.LEAD].card(0).temperature == Temperature.WARM
    assert "warm <b>1</b>" in dialog.preview.text()
    services.history.undo()
    assert window.board.models[Stage.LEAD].card(0).temperature == Temperature.COLD


def test_a_rule_change_in_the_dialog_rescores_the_board(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    deal = services.deals.create("Demo wanted", 1, "VND")
    services.activities.log(deal.id, ActivityKind.DEMO_REQUEST, "Demo please")
    dialog = ScoringSettings(services, window)
    qtbot.addWidget(dialog)
    points, _cap, _active = dialog.rule_widgets["demo_request"]
    points.setValue(40)
    dialog.commit_pending()
    assert window.board.models[Stage.LEAD].card(0).score == 40
    assert services.deals.explain_score(deal.id).score == 40


def test_a_bad_company_size_band_is_refused_in_a_sentence(qtbot: QtBot, services: Services) -> None:
    dialog = ScoringSettings(services)
    qtbot.addWidget(dialog)
    before = services.scoring.config()
    dialog.size_min.setValue(500)
    dialog.size_max.setValue(50)
    dialog.save_fit()
    assert "smallest company size is above the largest" in dialog.error.text()
    assert services.scoring.config() == before


def test_a_sub_stage_probability_changes_the_weighted_total(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    make_opportunity(services)  # 125,000,000 at 25 %
    header = window.board.columns[Stage.OPPORTUNITY].header
    assert "31.250.000" in header.weighted.toolTip()
    dialog = PipelineSettings(services, window)
    qtbot.addWidget(dialog)
    dialog.probabilities[SubStage.NEEDS_IDENTIFIED].setValue(40)
    assert "50.000.000" in header.weighted.toolTip()


def test_a_new_lost_reason_is_offered_when_a_deal_is_lost(qtbot: QtBot, services: Services) -> None:
    dialog = PipelineSettings(services)
    qtbot.addWidget(dialog)
    dialog.add_reason()
    dialog.reason_label.setText("Khách chuyển sang nhà cung cấp cũ")
    dialog.reason_label.editingFinished.emit()
    labels = [r.label for r in services.settings.lost_reasons()]
    assert labels[-1] == "Khách chuyển sang nhà cung cấp cũ"


def test_the_gate_dialog_shows_what_the_file_already_knows(
    window: MainWindow, services: Services, prompts: ScriptedPrompts, clock
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)  # Retail, 40 people; contact Nguyễn Văn Đức, decision maker
    for _ in range(3):
        services.activities.log(deal.id, ActivityKind.WEBSITE_VISIT, "Visited")
    services.activities.log(deal.id, ActivityKind.CONTENT_DOWNLOAD, "Brochure")
    services.activities.log(deal.id, ActivityKind.CALL, "First call")
    drag(window, [deal.id], Stage.LEAD, Stage.OPPORTUNITY)  # no answer: cancelled
    dialog = prompts.dialogs[-1]
    assert dialog.evidence_shown("buying_intent") == (
        "3 × website visit, 1 × content download in the last 30 days."
    )
    assert dialog.evidence_shown("decision_maker") == "decision maker: Nguyễn Văn Đức"
    assert dialog.evidence_shown("icp_fit") == "Retail · 40 people"
    assert dialog.evidence_shown("two_way_conversation").startswith("1 conversation(s)")
    assert dialog.evidence_shown("budget") == "Expected value 125.000.000\u00a0₫"
    assert services.deals.get(deal.id).stage == Stage.LEAD


def test_a_burst_of_spin_box_clicks_is_one_undo_step_stored_once_it_settles(
    qtbot: QtBot, services: Services
) -> None:
    deal = services.deals.create("Demo wanted", 1, "VND")
    services.activities.log(deal.id, ActivityKind.DEMO_REQUEST, "Demo please")
    dialog = ScoringSettings(services)
    qtbot.addWidget(dialog)
    points, _cap, _active = dialog.rule_widgets["demo_request"]
    before = services.history.undo_label
    for _ in range(5):
        points.stepUp()  # five arrow clicks: nothing stored yet, the window stays free
    assert services.scoring.config().rule("demo_request").points == 25
    assert services.history.undo_label == before
    qtbot.waitUntil(lambda: services.scoring.config().rule("demo_request").points == 30)
    assert services.deals.explain_score(deal.id).score == 30
    services.history.undo()  # one step takes all five clicks back
    assert services.scoring.config().rule("demo_request").points == 25


def test_closing_the_scoring_dialog_stores_what_was_still_settling(
    qtbot: QtBot, services: Services
) -> None:
    dialog = ScoringSettings(services)
    qtbot.addWidget(dialog)
    dialog.half_life.setValue(10)
    dialog.reject()
    assert services.scoring.config().half_life_days == 10
