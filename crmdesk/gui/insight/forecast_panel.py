"""The forecast: won and weighted stacked per month against the target, the slipped and the
undated counted apart, and what could not be converted."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crmdesk.gui.formatting import format_money
from crmdesk.gui.insight.bar_chart import BarChart, Series
from crmdesk.gui.insight.palette import BEST, WEIGHTED, WON
from crmdesk.gui.insight.text import month_label, unconverted_text
from crmdesk.gui.language import translate
from crmdesk.services.insight import Figure, Forecast


class ForecastPanel(QWidget):
    """The forecast chart and what it leaves apart; ``figure_clicked(figure, label)``."""

    figure_clicked = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("insightHeading")
        self.chart = BarChart()
        self.chart.setFixedHeight(270)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.chart.bar_clicked.connect(self._bar)
        self.slipped = QPushButton()
        self.slipped.setObjectName("insightSlipped")
        self.slipped.clicked.connect(lambda: self._open(Figure("slipped"), self.slipped.text()))
        self.undated = QPushButton()
        self.undated.clicked.connect(lambda: self._open(Figure("undated"), self.undated.text()))
        for button in (self.slipped, self.undated):
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.missing = QLabel()
        self.missing.setObjectName("insightWarning")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        apart = QHBoxLayout()
        apart.addWidget(self.legend)
        apart.addSpacing(16)
        apart.addWidget(self.slipped)
        apart.addWidget(self.undated)
        apart.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.chart)
        layout.addLayout(apart)
        layout.addWidget(self.missing)
        self._forecast: Forecast | None = None

    def show_forecast(self, f: Forecast) -> None:
        """Draw ``f``."""
        self._forecast = f
        source = (
            translate("Insight", "learnt probabilities")
            if f.probabilities == "learnt"
            else translate("Insight", "stage probabilities")
        )
        self.title.setText(
            translate("Insight", "Forecast by expected close month (%1)").replace("%1", source)
        )
        c = f.currency
        labels = [month_label(m.month) for m in f.months]
        won = [float(m.won_minor) for m in f.months]
        weighted = [float(m.weighted_minor) for m in f.months]
        rest = [float(max(0, m.best_case_minor - m.weighted_minor)) for m in f.months]
        target = f.months[0].target_minor if f.months else 0
        self.chart.set_data(
            labels,
            [
                Series(translate("Insight", "Won"), won, WON),
                Series(translate("Insight", "Weighted"), weighted, WEIGHTED),
                Series(translate("Insight", "Best case"), rest, BEST),
            ],
            self._hover,
            float(target) if target else None,
            translate("Insight", "Target %1").replace("%1", format_money(target, c, compact=True)),
            lambda v: format_money(round(v), c, compact=True),
        )
        swatch = '<span style="color:{}">■</span>&nbsp;{}'
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                swatch.format(color, html.escape(name))
                for color, name in (
                    (WON, translate("Insight", "Won")),
                    (WEIGHTED, translate("Insight", "Weighted")),
                    (BEST, translate("Insight", "Best case")),
                )
            )
            + (
                '&nbsp;&nbsp;&nbsp;<span style="color:#c0392b">- - -</span>&nbsp;'
                + html.escape(translate("Insight", "Target"))
                if target
                else ""
            )
        )
        s, u = f.slipped, f.undated
        self.slipped.setText(
            translate("Insight", "Slipped (close date passed): %1 · %2")
            .replace("%1", str(s.count))
            .replace("%2", format_money(s.value_minor, c))
        )
        self.undated.setText(
            translate("Insight", "No close date: %1 · %2")
            .replace("%1", str(u.count))
            .replace("%2", format_money(u.value_minor, c))
        )
        self.slipped.setEnabled(s.count > 0)
        self.undated.setEnabled(u.count > 0)
        self.missing.setVisible(bool(f.missing_rates))
        if f.missing_rates:
            self.missing.setText(
                translate(
                    "Insight",
                    "Not added: no exchange rate for %1 (Settings → Currencies). Amounts in it are shown apart.",  # noqa: E501
                ).replace("%1", ", ".join(f.missing_rates))
            )

    def _hover(self, index: int, _series: int) -> str:
        assert self._forecast is not None
        m, c = self._forecast.months[index], self._forecast.currency
        lines = [
            month_label(m.month),
            translate("Insight", "Won: %1 (%2 deals)")
            .replace("%1", format_money(m.won_minor, c))
            .replace("%2", str(m.won_deals)),
            translate("Insight", "Weighted: %1").replace("%1", format_money(m.weighted_minor, c)),
            translate("Insight", "Commit: %1 (%2 deals)")
            .replace("%1", format_money(m.commit_minor, c))
            .replace("%2", str(m.committed)),
            translate("Insight", "Best case: %1 (%2 deals)")
            .replace("%1", format_money(m.best_case_minor, c))
            .replace("%2", str(m.opportunities)),
        ]
        if m.target_minor:
            lines.append(
                translate("Insight", "Target: %1").replace("%1", format_money(m.target_minor, c))
            )
        lines += [unconverted_text(k, v) for k, v in m.unconverted.items()]
        lines.append(translate("Insight", "Click to see the deals"))
        return "\n".join(lines)

    @Slot(int, int)
    def _bar(self, index: int, series: int) -> None:
        assert self._forecast is not None
        month = self._forecast.months[index].month
        if series == 0:
            figure, what = Figure("won", month=month), translate("Insight", "Won in %1")
        else:
            figure, what = Figure("forecast", month=month), translate("Insight", "Due in %1")
        self._open(figure, what.replace("%1", month_label(month)))

    def _open(self, figure: Figure, label: str) -> None:
        self.figure_clicked.emit(figure, label)
