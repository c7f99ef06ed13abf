"""The Insight view: built when first shown, its figures open their deals on the board, its
settings and rates change through the services, and its report prints and exports."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import Qt

from crmdesk.domain.enums import Stage
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import Services


def _opportunities(services: Services) -> tuple[int, int]:
    opportunity = Stage.OPPORTUNITY
    december = date(2026, 12, 10)
    a = services.deals.create("Hệ thống POS – Hoa Sen", 120_000_000, stage=opportunity,
                              sub_stage="negotiation", expected_close=december).id  # fmt: skip
    b = services.deals.create("Website – Bình An", 30_000_000, stage=opportunity,
                              expected_close=date(2027, 1, 20)).id  # fmt: skip
    services.deals.create("Lead only", 5_000_000)
    return a, b


def test_start_up_does_not_load_the_chart_library() -> None:
    code = "import sys, crmdesk.gui.main_window; print('pyqtgraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_clicking_a_month_opens_its_deals_on_the_board(
    window: MainWindow, services: Services, qtbot
) -> None:  # type: ignore[no-untyped-def]
    december, _january = _opportunities(services)
    view = window.views.show_view("insight")
    qtbot.waitUntil(view.ready)
    months = [m.month for m in view.forecast.months]
    chart = view.forecast_panel.chart

    tip = chart._hover(months.index("2026-12"), 1)  # what hovering the bar shows
    assert "Weighted: " in tip and "90.000.000" in tip
    chart.click_bar(months.index("2026-12"), 1)

    assert window.views.current_key() == "board"
    assert window.filters.current().deal_ids == frozenset({december})
    qtbot.waitUntil(window.filters.only.isVisible, timeout=2000)
    assert "Dec" in window.filters.only.text()
    cards = window.board.models[Stage.OPPORTUNITY]
    assert [cards.card(i).id for i in range(cards.rowCount())] == [december]


def test_a_real_mouse_click_on_a_bar_opens_its_deals(
    window: MainWindow, services: Services, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _opportunities(services)
    view = window.views.show_view("insight")
    qtbot.waitUntil(view.ready)
    chart = view.funnel_panel.funnel
    box = chart.plot.getViewBox()
    point = box.mapViewToScene(_point(box, 0.5, 0))  # the Lead bar's middle
    pos = chart.plot.mapFromScene(point)
    with qtbot.waitSignal(view.deals_requested, timeout=2000) as signal:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    ids, label = signal.args
    assert len(ids) == 3 and "Lead" in label


def _point(box, x: float, y: float):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_choosing_learnt_probabilities_is_a_setting_and_says_what_it_waits_for(
    window: MainWindow, services: Services, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _opportunities(services)
    view = window.views.show_view("insight")
    qtbot.waitUntil(view.ready)
    view.probabilities.setCurrentIndex(view.probabilities.findData("learnt"))
    assert services.insight.settings().probabilities == "learnt"
    qtbot.waitUntil(lambda: view.forecast is not None and not view._dirty)
    view.refresh()
    assert "Not enough history yet: 0 won and 0 lost" in view.model_panel.summary.text()


def test_the_currencies_dialog_refuses_a_bad_rate_beside_it_and_saves_a_good_one(
    window: MainWindow, services: Services, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.insight.currencies_dialog import CurrenciesDialog

    dialog = CurrenciesDialog(services, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_rate, "-5")
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    assert "greater than zero" in dialog.error.text()
    assert services.insight.rates() == []
    dialog.new_rate.clear()
    qtbot.keyClicks(dialog.new_rate, "25400")
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    assert [(r.currency, str(r.rate)) for r in services.insight.rates()] == [("USD", "25400")]
    assert dialog.rates.rowCount() == 1
    dialog.target.setText("500.000.000")
    dialog.threshold.setValue(80)
    dialog.accept()
    settings = services.insight.settings()
    assert (settings.monthly_target_minor, settings.commit_threshold) == (500_000_000, 80)


def test_the_report_exports_to_a_pdf_and_a_workbook_read_back(
    services: Services, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.insight.export import write_report

    _opportunities(services)
    services.insight.set_monthly_target(100_000_000)
    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    write_report(services, pdf, (None, None), (None, None))
    write_report(services, xlsx, (None, None), (None, None))

    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Insight — forecast and funnel" in text
    assert "Hệ thống POS – Hoa Sen" not in text  # not slipped: due in December
    assert "120.000.000 ₫" in text and "Page 1 of" in text  # đồng keep their convention
    fonts = [
        f.get_object() for p in PdfReader(pdf).pages for f in p["/Resources"]["/Font"].values()
    ]
    assert fonts and not any("Helvetica" in str(f["/BaseFont"]) for f in fonts)  # DejaVu only
    book = openpyxl.load_workbook(io.BytesIO(xlsx.read_bytes()), read_only=True)
    rows = list(book["Forecast"].iter_rows(values_only=True))
    december = next(r for r in rows if r[0] == "Dec 2026")
    assert december[1] == 90_000_000 and december[2] == 120_000_000 and december[5] == 100_000_000


def test_the_report_speaks_vietnamese(services: Services, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.insight.export import write_report
    from crmdesk.gui.language import install_language

    _opportunities(services)
    install_language("vi")
    try:
        write_report(services, tmp_path / "bao-cao.pdf", (None, None), (None, None))
    finally:
        install_language("en")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "bao-cao.pdf").pages)
    assert "Phân tích — dự báo và phễu bán hàng" in text
    assert "Tỷ lệ chuyển đổi" in text and "Trang 1/" in text


def test_the_deal_dialog_shows_the_learnt_chance_beside_the_default_and_why(
    services: Services, clock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.dialogs.deal_tabs import ScoreTab
    from crmdesk.gui.insight.prediction_box import PredictionBox
    from crmdesk.services.demo import generate_demo

    generate_demo(services.context.session_factory, 300, 1, clock())
    deal = next(
        d
        for d in range(1, 301)
        if services.deals.get(d).stage == Stage.OPPORTUNITY
        and services.deals.get(d).probability_override is None
    )
    tab = ScoreTab(services, deal)
    qtbot.addWidget(tab)
    box = tab.findChild(PredictionBox)
    prediction = services.insight.prediction(deal)
    assert prediction is not None and not box.isHidden()
    assert f"{prediction.explanation.probability} %" in box.title.text()
    assert f"default: {prediction.stage_default} %" in box.title.text()
    base = int(box.table.item(0, 1).text().rstrip(" %"))
    points = [int(box.table.item(r, 1).text()) for r in range(1, box.table.rowCount())]
    assert base + sum(points) == prediction.explanation.probability


def test_on_a_worker_the_figures_show_at_once_and_the_learnt_forecast_follows(
    services: Services, clock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.insight.view import InsightView
    from crmdesk.gui.operations.background import ThreadPoolBackground
    from crmdesk.services.background import Inline
    from crmdesk.services.demo import generate_demo

    generate_demo(services.context.session_factory, 300, 1, clock())
    services.insight.set_probabilities("learnt")
    worker = ThreadPoolBackground()
    services.context.background = worker
    try:
        view = InsightView(services, None)
        qtbot.addWidget(view)
        view.show()
        view.refresh()
        assert view.forecast is not None and view.funnel is not None  # shown at once
        qtbot.waitUntil(view.ready, timeout=10_000)
        assert view.forecast.probabilities == "learnt"
        assert view.forecast.model.ready and view.forecast.model.calibration is not None
        assert "learnt" in view.forecast_panel.title.text()
    finally:
        worker.stop()
        services.context.background = Inline()
