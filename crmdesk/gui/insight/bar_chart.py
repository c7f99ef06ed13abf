"""A bar chart (pyqtgraph): stacked series, an optional target line, values on hover, and a
click that names the bar and the series under the mouse.

pyqtgraph (with numpy) is imported here, and this module only when the Insight view is first
built, so start-up never pays for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QCursor, QFont
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

import crmdesk.domain.win_model  # noqa: F401  (one BLAS thread, set before numpy loads)

if TYPE_CHECKING:
    from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


@dataclass(frozen=True, slots=True)
class Series:
    """One coloured part of every bar."""

    name: str
    values: Sequence[float]
    color: str


class BarChart(QWidget):
    """Bars (vertical or horizontal) made of stacked series; ``bar_clicked(index, series)``."""

    bar_clicked = Signal(int, int)

    def __init__(self, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=horizontal, y=not horizontal, alpha=0.15)
        self.plot.getPlotItem().legend = None
        self.plot.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._series: list[Series] = []
        self._labels: list[str] = []
        self._hover: Callable[[int, int], str] | None = None
        self._bars: list[pg.BarGraphItem] = []
        self.plot.scene().sigMouseMoved.connect(self._moved)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.setMouseTracking(True)

    def set_data(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        hover: Callable[[int, int], str] | None = None,
        target: float | None = None,
        target_label: str = "",
        axis_text: Callable[[float], str] | None = None,
        maximum: float | None = None,
    ) -> None:
        """Draw ``series`` stacked over the bars ``labels``; ``hover(index, series)`` is the
        tooltip; ``target`` draws a dashed line across; ``maximum`` fixes the value axis."""
        self.plot.clear()
        self._labels, self._series, self._hover, self._bars = list(labels), list(series), hover, []
        positions = list(range(len(labels)))
        base = [0.0] * len(labels)
        for s in series:
            top = [b + v for b, v in zip(base, s.values, strict=True)]
            brush = pg.mkBrush(QColor(s.color))
            pen = pg.mkPen(QColor(s.color).darker(120), width=1)
            if self.horizontal:
                item = pg.BarGraphItem(x0=base, y=positions, width=list(s.values), height=0.6,
                                       brush=brush, pen=pen)  # fmt: skip
            else:
                item = pg.BarGraphItem(x=positions, y0=base, height=list(s.values), width=0.6,
                                       brush=brush, pen=pen)  # fmt: skip
            self.plot.addItem(item)
            self._bars.append(item)
            base = top
        if target:
            line = pg.InfiniteLine(
                pos=target,
                angle=0 if not self.horizontal else 90,
                pen=pg.mkPen("#c0392b", width=2, style=Qt.PenStyle.DashLine),
                label=target_label,
                labelOpts={"position": 0.99, "color": "#c0392b", "anchors": [(1, 1), (1, 1)]},
            )
            self.plot.addItem(line)
        ticks = [list(zip(positions, self._labels, strict=True))]
        category_axis = self.plot.getAxis("left" if self.horizontal else "bottom")
        category_axis.setTicks(ticks)
        value_axis = self.plot.getAxis("bottom" if self.horizontal else "left")
        if axis_text is not None:
            high = maximum or max([*base, target or 0.0, 1.0])
            steps = [high * k / 4 for k in range(5)]
            value_axis.setTicks([[(v, axis_text(v)) for v in steps]])
        else:
            value_axis.setTicks(None)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        for axis in (category_axis, value_axis):
            axis.setStyle(tickFont=font)
        high = (maximum or max([*base, target or 0.0, 1.0])) * 1.08
        if self.horizontal:
            self.plot.setXRange(0, high, padding=0)
            self.plot.setYRange(-0.6, len(labels) - 0.4, padding=0)
            self.plot.getViewBox().invertY(True)
        else:
            self.plot.setYRange(0, high, padding=0)
            self.plot.setXRange(-0.6, len(labels) - 0.4, padding=0)

    def hit(self, point: QPointF) -> tuple[int, int] | None:
        """The bar and series at a point of the view (data coordinates), if any."""
        if not self._labels:
            return None
        along, value = (point.y(), point.x()) if self.horizontal else (point.x(), point.y())
        index = round(along)
        if not 0 <= index < len(self._labels) or abs(along - index) > 0.3 or value < 0:
            return None
        base = 0.0
        for number, s in enumerate(self._series):
            top = base + s.values[index]
            if base <= value <= top and s.values[index] > 0:
                return index, number
            base = top
        return None

    def _view_point(self, scene_pos: QPointF) -> QPointF:
        return self.plot.getViewBox().mapSceneToView(scene_pos)

    @Slot(QPointF)
    def _moved(self, scene_pos: QPointF) -> None:
        found = self.hit(self._view_point(scene_pos))
        if found is None or self._hover is None:
            QToolTip.hideText()
            self.plot.setCursor(Qt.CursorShape.ArrowCursor)
            return
        self.plot.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), self._hover(*found), self.plot)

    @Slot(object)
    def _clicked(self, event: MouseClickEvent) -> None:
        scene_pos = event.scenePos()
        found = self.hit(self._view_point(scene_pos))
        if found is not None:
            self.bar_clicked.emit(*found)

    def click_bar(self, index: int, series: int = 0) -> None:
        """Act as a click on a bar (tests and the keyboard)."""
        self.bar_clicked.emit(index, series)
