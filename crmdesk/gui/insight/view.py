"""The Insight view: the forecast, the funnel and its bottleneck, the learnt win probability.

Every figure opens the deals behind it through one signal, ``deals_requested(ids, label)``;
the window decides where they are shown. The figures come from the kept totals (a few
milliseconds); the learnt model is fitted on the worker thread when the closed deals changed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.insight import add_months
from crmdesk.gui.formatting import format_money
from crmdesk.gui.insight.forecast_panel import ForecastPanel
from crmdesk.gui.insight.funnel_panel import FunnelPanel
from crmdesk.gui.insight.model_panel import ModelPanel
from crmdesk.gui.insight.text import month_label
from crmdesk.gui.language import translate
from crmdesk.gui.messages import message_text
from crmdesk.gui.notices import NoticeRelay
from crmdesk.services import Change, OpChanges, Services
from crmdesk.services.insight import Figure, Forecast, Funnel

REFRESH_DELAY_MS = 150
MODEL_JOB = "insight-model"
_WATCHED = (Change.DEALS, Change.HISTORY, Change.PEOPLE, Change.SETTINGS, Change.PIPELINE)


def month_combo(months: list[str], chosen: str) -> QComboBox:
    """A list of months to choose from."""
    combo = QComboBox()
    for month in months:
        combo.addItem(month_label(month), month)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


class InsightView(QWidget):
    """The report in the window; ``deals_requested(ids, label)`` when a figure is clicked."""

    deals_requested = Signal(list, str)
    currencies_requested = Signal()

    def __init__(
        self, services: Services, notices: NoticeRelay | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        insight = services.insight
        first, last = insight.default_forecast_months()
        funnel_first, funnel_last = insight.default_funnel_months()
        months = [add_months(first, k) for k in range(-33, 33)]
        self.forecast_from = month_combo(months, first)
        self.forecast_to = month_combo(months, last)
        self.funnel_from = month_combo(months, funnel_first)
        self.funnel_to = month_combo(months, funnel_last)
        self.probabilities = QComboBox()
        self.probabilities.addItem(translate("Insight", "Stage defaults"), "stage")
        self.probabilities.addItem(translate("Insight", "Learnt from history"), "learnt")
        self.probabilities.setAccessibleName(translate("Insight", "Probabilities"))
        self.print_button = QPushButton(translate("Insight", "Print…"))
        self.pdf_button = QPushButton(translate("Insight", "Export PDF…"))
        self.xlsx_button = QPushButton(translate("Insight", "Export workbook…"))
        self.currencies_button = QPushButton(translate("Insight", "Currencies…"))
        self.headline = QLabel()
        self.headline.setObjectName("bottleneck")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.velocity = QLabel()
        self.velocity.setTextFormat(Qt.TextFormat.PlainText)
        self.velocity.setWordWrap(True)
        self.forecast_panel = ForecastPanel()
        self.funnel_panel = FunnelPanel()
        self.model_panel = ModelPanel()
        for panel in (self.forecast_panel, self.funnel_panel):
            panel.figure_clicked.connect(self.open_figure)
        self._build()
        for combo in (self.forecast_from, self.forecast_to, self.funnel_from, self.funnel_to):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.probabilities.currentIndexChanged.connect(self._probabilities_chosen)
        self.print_button.clicked.connect(lambda: self._export("print"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        self.currencies_button.clicked.connect(self.currencies_requested.emit)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._dirty = True
        self._waiting = False
        self._generation = 0
        self._results: dict[int, Forecast] = {}
        self.forecast: Forecast | None = None
        self.funnel: Funnel | None = None
        if notices is not None:
            notices.changed.connect(self._on_change)
        finished = getattr(services.context.background, "finished", None)
        if finished is not None:
            finished.connect(self._job_finished)

    def _build(self) -> None:
        bar = QHBoxLayout()
        for text, widgets in (
            (translate("Insight", "Forecast"), (self.forecast_from, self.forecast_to)),
            (translate("Insight", "Deals created"), (self.funnel_from, self.funnel_to)),
        ):
            bar.addWidget(QLabel(text))
            bar.addWidget(widgets[0])
            bar.addWidget(QLabel("–"))
            bar.addWidget(widgets[1])
            bar.addSpacing(12)
        bar.addWidget(QLabel(translate("Insight", "Probabilities")))
        bar.addWidget(self.probabilities)
        bar.addStretch(1)
        for button in (self.currencies_button, self.print_button, self.pdf_button,
                       self.xlsx_button):  # fmt: skip
            bar.addWidget(button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.headline)
        column.addWidget(self.velocity)
        for panel in (self.forecast_panel, self.funnel_panel, self.model_panel):
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            column.addWidget(line)
            column.addWidget(panel)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    # -- what it shows -------------------------------------------------------------------------

    def ranges(self) -> tuple[tuple[str, str], tuple[str, str]]:
        """The forecast's months and the funnel's, as chosen."""
        f = (self.forecast_from.currentData(), self.forecast_to.currentData())
        g = (self.funnel_from.currentData(), self.funnel_to.currentData())
        return (min(f), max(f)), (min(g), max(g))

    @Slot()
    def refresh(self) -> None:
        """Read every figure again (the learnt model is fitted on the worker if needed)."""
        self._timer.stop()
        self._dirty = False
        (a, b), (c, d) = self.ranges()
        insight = self.services.insight
        source = insight.settings().probabilities
        self.probabilities.blockSignals(True)
        self.probabilities.setCurrentIndex(max(0, self.probabilities.findData(source)))
        self.probabilities.blockSignals(False)
        # On a worker, the model is fitted and the learnt forecast (which reads every open
        # opportunity) computed after the figures are shown; inline, before.
        threaded = hasattr(self.services.context.background, "finished")
        self._generation += 1
        if threaded:
            self.forecast = insight.forecast(a, b, "stage", wait_for_model=False)
            self._waiting = self.forecast.model.pending or source == "learnt"
            if self._waiting:
                self._submit(self._generation, a, b)
        else:
            self.forecast = insight.forecast(a, b)
        self.funnel = insight.funnel(c, d)
        self.forecast_panel.show_forecast(self.forecast)
        self.funnel_panel.show_funnel(self.funnel)
        self.model_panel.show_status(self.forecast.model)
        self.headline.setText(message_text(self.funnel.bottleneck))
        v, currency = self.funnel.velocity, self.funnel.currency
        self.velocity.setText(
            translate(
                "Insight",
                "Pipeline velocity: %1 a day — %2 open opportunities × %3 average won × %4 % won ÷ %5 days to close.",  # noqa: E501
            )
            .replace("%1", format_money(v.per_day_minor, currency))
            .replace("%2", f"{v.open_opportunities:,}")
            .replace("%3", format_money(v.average_won_minor, currency))
            .replace("%4", "—" if v.win_rate is None else f"{v.win_rate * 100:.0f}")
            .replace(
                "%5", "—" if v.average_days is None else QLocale().toString(v.average_days, "f", 1)
            )
        )

    def ready(self) -> bool:
        """Every figure is shown (the learnt model's and the learnt forecast included)."""
        return self.forecast is not None and not self._waiting and not self._dirty

    def _submit(self, generation: int, first: str, last: str) -> None:
        insight = self.services.insight

        def job(_progress: object) -> None:
            insight.model_status()  # fits the model if the closed deals changed
            self._results[generation] = insight.forecast(first, last)

        self.services.context.background.submit(job, MODEL_JOB)

    @Slot(str)
    def _job_finished(self, name: str) -> None:
        if name != MODEL_JOB:
            return
        result = self._results.pop(self._generation, None)
        self._results.clear()
        if result is None:  # a newer refresh is on its way
            return
        self._waiting = False
        self.forecast = result
        self.forecast_panel.show_forecast(result)
        self.model_panel.show_status(result.model)

    def view_activated(self) -> None:
        """Shown again: bring the figures up to date."""
        if self._dirty or self.forecast is None:
            self.refresh()

    @Slot(object)
    def _on_change(self, notice: OpChanges) -> None:
        if not notice.touches(*_WATCHED):
            return
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    @Slot(int)
    def _probabilities_chosen(self, _index: int) -> None:
        from crmdesk.gui.operations.feedback import Failed, attempt

        source = self.probabilities.currentData()
        try:
            # the window this view sits in is the main window, which is the Feedback
            attempt(self.window(), lambda: self.services.insight.set_probabilities(source))  # type: ignore[arg-type]
        except Failed:
            self.refresh()

    @Slot(object, str)
    def open_figure(self, figure: Figure, label: str) -> None:
        """Show the deals behind ``figure``."""
        self.deals_requested.emit(self.services.insight.deal_ids(figure), label)

    def _export(self, how: str) -> None:
        from crmdesk.gui.insight import export

        (a, b), (c, d) = self.ranges()
        export.export_from_view(self, self.services, how, (a, b), (c, d))

    def save_view(self, settings: QSettings) -> None:
        """Nothing to remember yet beyond the settings the services keep."""
