"""How good the learnt win probability is: a sentence and predicted against actual by tenth."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crmdesk.gui.insight.bar_chart import BarChart, Series
from crmdesk.gui.insight.palette import WEIGHTED, WON
from crmdesk.gui.insight.words import calibration_summary
from crmdesk.gui.language import translate
from crmdesk.services.insight import ModelStatus


class ModelPanel(QWidget):
    """The learnt probability's calibration on the deals it had not seen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(translate("Insight", "Win probability learnt from your history"))
        self.title.setObjectName("insightHeading")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("calibrationSummary")
        self.chart = BarChart()
        self.chart.setFixedHeight(170)
        self.legend = QLabel(
            translate(
                "Insight",
                "Bars: the chance it gave, on average, in each tenth; green marks: the share that was won.",  # noqa: E501
            )
        )
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.legend)
        self._status: ModelStatus | None = None

    def show_status(self, status: ModelStatus) -> None:
        """Say how ready and how good the model is."""
        self._status = status
        self.summary.setText(calibration_summary(status))
        c = status.calibration
        self.chart.setVisible(c is not None)
        self.legend.setVisible(c is not None)
        if c is None:
            return
        labels = [f"{b.low}–{b.high} %" for b in c.bins]
        self.chart.set_data(
            labels,
            [
                Series(
                    translate("Insight", "Predicted"), [b.predicted * 100 for b in c.bins], WEIGHTED
                ),
            ],
            self._hover,
            axis_text=lambda v: f"{v:.0f} %",
            maximum=100.0,
        )
        # The share actually won, beside each bar, as a second chart series would hide it.
        for i, b in enumerate(c.bins):
            self.chart.plot.plot([i - 0.3, i + 0.3], [b.won * 100] * 2,
                                 pen={"color": WON, "width": 4})  # fmt: skip

    def _hover(self, index: int, _s: int) -> str:
        assert self._status is not None and self._status.calibration is not None
        b = self._status.calibration.bins[index]
        return (
            translate("Insight", "%1 deals predicted %2–%3 %: on average %4 %, and %5 % were won")
            .replace("%1", str(b.deals))
            .replace("%2", str(b.low))
            .replace("%3", str(b.high))
            .replace("%4", f"{b.predicted * 100:.0f}")
            .replace("%5", f"{b.won * 100:.0f}")
        )
