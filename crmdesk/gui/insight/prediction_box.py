"""An open opportunity's learnt win probability beside its stage default, factor by factor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from crmdesk.domain.enums import Stage
from crmdesk.gui.insight.words import calibration_summary, factor_name, factor_value
from crmdesk.gui.language import translate
from crmdesk.services import Services

JOB = "insight-prediction"


class PredictionBox(QWidget):
    """Shown in the deal dialog's score tab; fits the model on the worker when it must."""

    def __init__(self, services: Services, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.deal_id = services, deal_id
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(
            [translate("Insight", "Factor"), translate("Insight", "Points")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(230)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        if services.deals.get(deal_id).stage != Stage.OPPORTUNITY:
            self.hide()  # only open opportunities have a chance to learn
            return
        background = services.context.background
        finished = getattr(background, "finished", None)
        if services.insight.model_is_fitted() or finished is None:
            self.refresh()
        else:
            self.title.setText(translate("Insight", "Learning from your closed opportunities…"))
            self.table.hide()
            finished.connect(self._finished)
            background.submit(lambda _p: services.insight.model_status(), JOB)

    @Slot(str)
    def _finished(self, name: str) -> None:
        if name == JOB:
            self.refresh()

    def refresh(self) -> None:
        """Show the learnt chance now (or why there is none)."""
        prediction = self.services.insight.prediction(self.deal_id)
        if prediction is None:
            status = self.services.insight.model_status()
            self.title.setText(calibration_summary(status))
            self.title.setWordWrap(True)
            self.table.hide()
            return
        e = prediction.explanation
        self.title.setText(
            translate("Insight", "Learnt from your history: %1 % (the sub-stage default: %2 %)")
            .replace("%1", str(e.probability))
            .replace("%2", str(prediction.stage_default))
        )
        rows = [(translate("Insight", "A typical past opportunity"), f"{e.base} %")]
        rows += [
            (f"{factor_name(p.factor)}: {factor_value(p.factor, p.value)}", f"{p.points:+d}")
            for p in e.parts
        ]
        self.table.setRowCount(len(rows))
        for row, (what, points) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            item = QTableWidgetItem(points)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, item)
        self.table.resizeColumnsToContents()
        self.table.show()
