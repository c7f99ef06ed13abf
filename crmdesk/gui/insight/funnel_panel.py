"""The funnel: how far the period's deals went, how long each stage held them, why the lost
ones were lost, and win rates by source, owner, industry and size."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import OPEN_STAGES
from crmdesk.gui.insight import words
from crmdesk.gui.insight.bar_chart import BarChart, Series
from crmdesk.gui.insight.palette import FUNNEL, LOST, STAY
from crmdesk.gui.language import translate
from crmdesk.gui.messages import label_text
from crmdesk.services.insight import Figure, Funnel


class _Period(TypedDict):
    """The funnel's period, as a Figure takes it."""

    first: str
    last: str


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("insightHeading")
    return label


class FunnelPanel(QWidget):
    """Three charts and a table; ``figure_clicked(figure, label)`` when one is clicked."""

    figure_clicked = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.funnel = BarChart(horizontal=True)
        self.stays = BarChart()
        self.losses = BarChart(horizontal=True)
        for chart in (self.funnel, self.stays, self.losses):
            chart.setFixedHeight(220)
        self.funnel.bar_clicked.connect(self._funnel_clicked)
        self.stays.bar_clicked.connect(self._stay_clicked)
        self.losses.bar_clicked.connect(self._loss_clicked)
        self.rates = QTableWidget(0, 6)
        self.rates.setObjectName("winRates")
        self.rates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rates.verticalHeader().hide()
        self.rates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rates.horizontalHeader().setStretchLastSection(False)
        self.rates.setMinimumHeight(200)
        self.rates.cellActivated.connect(self._rate_clicked)
        self.rates.cellDoubleClicked.connect(self._rate_clicked)
        self.rates.setToolTip(translate("Insight", "Double-click a row to see its deals"))
        self.funnel_title = _heading("")
        self.stays_title = _heading(translate("Insight", "Median days in each stage"))
        self.losses_title = _heading(translate("Insight", "Why deals were lost"))
        self.rates_title = _heading(
            translate("Insight", "Win rate by source, owner, industry and size")
        )
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (title, chart) in enumerate(
            (
                (self.funnel_title, self.funnel),
                (self.stays_title, self.stays),
                (self.losses_title, self.losses),
            )
        ):
            grid.addWidget(title, 0, column)
            grid.addWidget(chart, 1, column)
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.rates_title)
        layout.addWidget(self.rates)
        self._funnel: Funnel | None = None
        self._reasons: list[str] = []
        self._rate_rows: list[tuple[str, str]] = []

    def show_funnel(self, f: Funnel) -> None:
        """Draw ``f``."""
        self._funnel = f
        self.funnel_title.setText(translate("Insight", "How far the deals went"))
        self.funnel.set_data(
            [words.stage_name(s.stage) for s in f.stages],
            [Series(translate("Insight", "Deals"), [float(s.entered) for s in f.stages], FUNNEL)],
            self._funnel_hover,
        )
        working = [s for s in f.stages if s.stage in OPEN_STAGES]
        self.stays.set_data(
            [words.stage_name(s.stage) for s in working],
            [
                Series(
                    translate("Insight", "Median days"),
                    [float(s.median_days or 0) for s in working],
                    STAY,
                )
            ],
            self._stay_hover,
        )
        by_reason = f.lost_by_reason()
        self._reasons = sorted(by_reason, key=lambda k: -by_reason[k])[:8]
        labels = {r.reason: r.label for r in f.lost}
        self.losses.set_data(
            [label_text(labels.get(k, k)) or "—" for k in self._reasons],
            [
                Series(
                    translate("Insight", "Lost"), [float(by_reason[k]) for k in self._reasons], LOST
                )
            ],
            self._loss_hover,
        )
        self._fill_rates(f)

    def _fill_rates(self, f: Funnel) -> None:
        heads = [
            translate("Insight", "By"),
            translate("Insight", "Value"),
            translate("Insight", "Won"),
            translate("Insight", "Lost"),
            translate("Insight", "Open"),
            translate("Insight", "Win rate"),
        ]
        self.rates.setUpdatesEnabled(False)
        self.rates.setHorizontalHeaderLabels(heads)
        shown = [r for r in f.win_rates if r.won + r.lost > 0]
        self.rates.setRowCount(len(shown))
        self._rate_rows = [(r.dimension, r.value) for r in shown]
        for row, r in enumerate(shown):
            rate = "—" if r.win_rate is None else f"{r.win_rate * 100:.0f} %"
            cells = [words.dimension_name(r.dimension), words.dimension_value(r.dimension, r.value),
                     str(r.won), str(r.lost), str(r.open), rate]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.rates.setItem(row, column, item)
        self.rates.resizeColumnsToContents()
        self.rates.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rates.setUpdatesEnabled(True)

    def _period(self) -> _Period:
        assert self._funnel is not None
        return {"first": self._funnel.first, "last": self._funnel.last}

    def _funnel_hover(self, index: int, _s: int) -> str:
        assert self._funnel is not None
        s = self._funnel.stages[index]
        text = translate("Insight", "%1: %2 deals reached it").replace(
            "%1", words.stage_name(s.stage)).replace("%2", f"{s.entered:,}")  # fmt: skip
        if s.conversion is not None:
            text += "\n" + translate("Insight", "%1 % of the stage before").replace(
                "%1", f"{s.conversion * 100:.0f}")  # fmt: skip
        return text + "\n" + translate("Insight", "Click to see the deals")

    def _stay_hover(self, index: int, _s: int) -> str:
        assert self._funnel is not None
        s = [x for x in self._funnel.stages if x.stage in OPEN_STAGES][index]
        return (
            translate("Insight", "%1: median %2 days, mean %3 days (%4 stays)")
            .replace("%1", words.stage_name(s.stage))
            .replace("%2", f"{s.median_days or 0:g}")
            .replace("%3", f"{s.mean_days or 0:g}")
            .replace("%4", str(s.stays))
            + "\n"
            + translate("Insight", "Click to see the deals")
        )

    def _loss_hover(self, index: int, _s: int) -> str:
        assert self._funnel is not None
        reason = self._reasons[index]
        lines = []
        for row in self._funnel.lost:
            if row.reason == reason:
                lines.append(f"{words.stage_name(row.stage)}: {row.count}")
        return "\n".join([*lines, translate("Insight", "Click to see the deals")])

    @Slot(int, int)
    def _funnel_clicked(self, index: int, _s: int) -> None:
        assert self._funnel is not None
        stage = self._funnel.stages[index].stage
        label = translate("Insight", "Reached %1").replace("%1", words.stage_name(stage))
        self.figure_clicked.emit(Figure("reached", stage=stage, **self._period()), label)

    @Slot(int, int)
    def _stay_clicked(self, index: int, _s: int) -> None:
        stage = list(OPEN_STAGES)[index]
        label = translate("Insight", "Stayed in %1").replace("%1", words.stage_name(stage))
        self.figure_clicked.emit(Figure("stay", stage=stage, **self._period()), label)

    @Slot(int, int)
    def _loss_clicked(self, index: int, _s: int) -> None:
        reason = self._reasons[index]
        label = translate("Insight", "Lost: %1").replace("%1", self.losses_label(index))
        self.figure_clicked.emit(Figure("lost", reason=reason, **self._period()), label)

    def losses_label(self, index: int) -> str:
        """The name of a lost-reason bar."""
        assert self._funnel is not None
        labels = {r.reason: r.label for r in self._funnel.lost}
        return label_text(labels.get(self._reasons[index], "")) or "—"

    @Slot(int, int)
    def _rate_clicked(self, row: int, _column: int) -> None:
        dimension, value = self._rate_rows[row]
        label = f"{words.dimension_name(dimension)}: {words.dimension_value(dimension, value)}"
        self.figure_clicked.emit(Figure("rate", dimension=dimension, value=value, **self._period()),
                                 label)  # fmt: skip
