"""The deal dialog's read-mostly tabs: qualification history, score, quotes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, QSettings, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.entities import Deal, Quote
from crmdesk.domain.enums import Gate
from crmdesk.gui.board.card_delegate import TEMPERATURE_COLORS, temperature_name
from crmdesk.gui.board.column_view import stage_name
from crmdesk.gui.dialogs.gate_dialog import gate_name
from crmdesk.gui.formatting import format_money, local_date
from crmdesk.gui.messages import label_text
from crmdesk.gui.operations.quotes import start_quote
from crmdesk.gui.quotes.editor import QuoteEditor, status_name
from crmdesk.gui.widgets import plain_tooltip
from crmdesk.services import Services

MET_COLOR = QColor("#2b8a3e")
NOT_MET_COLOR = QColor("#c92a2a")
HINT_STYLE = "color: #667085;"


def read_only_table(headers: list[str]) -> QTableWidget:
    """A table to look at, row by row."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


def fill(
    table: QTableWidget, rows: Sequence[tuple[str, ...]], stretch: tuple[int, ...] = ()
) -> None:
    """Put these rows of text in the table; the ``stretch`` columns share the spare width
    (their text elided, whole in the tooltip), the others fit their contents."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(plain_tooltip(text))
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    if stretch:
        header.setStretchLastSection(False)
        for c in range(table.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if c in stretch else _FIT
            header.setSectionResizeMode(c, mode)
    else:
        table.resizeColumnsToContents()
    table.setCurrentCell(-1, -1)


_FIT = QHeaderView.ResizeMode.ResizeToContents


def local_date_time(value: datetime) -> str:
    """A moment in local time: the date as elsewhere, then hours and minutes."""
    local = value.astimezone() if value.tzinfo else value
    return f"{local_date(local)} {local.strftime('%H:%M')}"


def hint_label(text: str) -> QLabel:
    """A grey sentence that explains an empty table or what a number means."""
    label = QLabel(text)
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    return label


class HistoryTab(QWidget):
    """The answers given at the gates (retired criteria marked) and the stage history."""

    def __init__(self, services: Services, deal_id: int) -> None:
        super().__init__()
        criteria = {
            c.id: (
                gate_name(gate),
                label_text(c.label) + ("" if c.active else self.tr(" (retired)")),
            )
            for gate in Gate
            for c in services.settings.criteria(gate, active_only=False)
        }
        yes, no = self.tr("met"), self.tr("not met")
        answers = sorted(services.deals.answers(deal_id), key=lambda a: (a.answered_at, a.id))
        answers.reverse()  # newest first
        self.answers_table = read_only_table(
            [
                self.tr("When"),
                self.tr("Gate"),
                self.tr("Criterion"),
                self.tr("Answer"),
                self.tr("Evidence"),
            ]
        )
        fill(
            self.answers_table,
            [
                (
                    local_date_time(a.answered_at),
                    *criteria.get(a.criterion_id, ("", "?")),
                    yes if a.met else no,
                    a.evidence or "",
                )
                for a in answers
            ],
            stretch=(2, 4),
        )
        for row, answer in enumerate(answers):
            cell = self.answers_table.item(row, 3)
            assert cell is not None  # fill() put one in every cell
            cell.setForeground(MET_COLOR if answer.met else NOT_MET_COLOR)
        self.history_table = read_only_table([self.tr("When"), self.tr("Move"), self.tr("Reason")])
        rows = []
        for change in reversed(services.deals.history(deal_id)):
            move = stage_name(change.to_stage)
            if change.from_stage:
                move = f"{stage_name(change.from_stage)} → {move}"
            override = (
                self.tr("Override: %1").replace("%1", change.override_reason)
                if change.override_reason
                else ""
            )
            reason = " · ".join(x for x in (change.note, override) if x)
            rows.append((local_date_time(change.at), move, reason))
        fill(self.history_table, rows, stretch=(2,))
        self.no_answers = hint_label(
            self.tr(
                "No answers yet. They are recorded, with the time, when the deal is moved "
                "across a gate."
            )
        )
        self.no_answers.setVisible(not answers)
        self.answers_table.setVisible(bool(answers))
        layout = QVBoxLayout(self)
        layout.addWidget(_caption(self.tr("Answers given at the gates, newest first")))
        layout.addWidget(self.no_answers)
        layout.addWidget(self.answers_table, 3)
        layout.addSpacing(6)
        layout.addWidget(_caption(self.tr("Stage history, newest first")))
        layout.addWidget(self.history_table, 2)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ScoreTab(QWidget):
    """The score, its temperature, and each rule that counts, before and after decay."""

    def __init__(self, services: Services, deal_id: int) -> None:
        super().__init__()
        self.services, self.deal_id = services, deal_id
        self.score_label = QLabel()
        self.score_label.setObjectName("scoreLabel")
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        self.score_table = read_only_table(
            [
                self.tr("Rule"),
                self.tr("Points now"),
                self.tr("Before decay"),
                self.tr("Signals"),
                self.tr("Latest signal"),
            ]
        )
        self.footnote = hint_label("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.score_label)
        layout.addWidget(self.score_table, 1)
        layout.addWidget(self.footnote)
        from crmdesk.gui.insight.prediction_box import PredictionBox  # issue 21

        layout.addWidget(PredictionBox(services, deal_id))
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Show the score as it is now."""
        explanation = self.services.deals.explain_score(self.deal_id)
        color = TEMPERATURE_COLORS[explanation.temperature].name()
        self.score_label.setText(
            self.tr("<b>Score %1</b> · %2 — the rules that count, after decay:")
            .replace("%1", str(explanation.score))
            .replace(
                "%2",
                f"<b style='color:{color}'>{temperature_name(explanation.temperature)}</b>",
            )
        )
        fill(
            self.score_table,
            [
                (
                    label_text(line.label),
                    f"{line.points:+d}",
                    f"{line.undecayed:+d}",
                    str(line.count or "") if line.latest_at else "",
                    local_date(line.latest_at) if line.latest_at else "",
                )
                for line in explanation.contributions
            ],
            stretch=(0,),
        )
        for row in range(self.score_table.rowCount()):
            for column in (1, 2, 3):
                item = self.score_table.item(row, column)
                assert item is not None  # fill() put one in every cell
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        half_life = self.services.settings.scoring_config().half_life_days
        self.footnote.setText(
            self.tr(
                "Behaviour signals lose half their points every %1 days; fit attributes "
                "(industry, size, the contact's role) do not decay. A lead with no two-way "
                "contact yet is never hotter than warm."
            ).replace("%1", QLocale().toString(round(half_life)))
        )


class QuotesTab(QWidget):
    """The deal's quotes, every revision; open one or start a new one."""

    def __init__(self, services: Services, deal: Deal, settings: QSettings) -> None:
        super().__init__()
        self.services, self.deal, self._settings = services, deal, settings
        self.quotes_table = read_only_table(
            [
                self.tr("Number"),
                self.tr("Revision"),
                self.tr("Status"),
                self.tr("Date"),
                self.tr("Total"),
            ]
        )
        self.quotes_table.itemDoubleClicked.connect(lambda _i: self.open_quote())
        self.empty = hint_label(self.tr("No quote yet for this deal."))
        new = QPushButton(self.tr("&New quote"))
        new.clicked.connect(self.new_quote)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_quote)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.quotes_table, 1)
        layout.addLayout(buttons)
        self._quotes: list[Quote] = []
        self.refresh()

    def refresh(self) -> None:
        """Show the deal's quotes as stored."""
        self._quotes = self.services.quotes.for_deal(self.deal.id)
        fill(
            self.quotes_table,
            [
                (
                    q.number,
                    str(q.revision),
                    status_name(q.status),
                    local_date(q.issued_on),
                    format_money(self.services.quotes.totals(q.id).grand_total, q.currency),
                )
                for q in self._quotes
            ],
            stretch=(4,),
        )
        self.empty.setVisible(not self._quotes)
        self.open_button.setEnabled(bool(self._quotes))

    @Slot()
    def new_quote(self) -> None:
        """Start a quote for this deal (asking first unless it is an opportunity) and open it."""
        quote_id = start_quote(self, self.services, self.deal)
        self.refresh()
        if quote_id is not None:
            self._edit(quote_id)

    @Slot()
    def open_quote(self) -> None:
        """Open the selected quote (or the newest)."""
        if not self._quotes:
            return
        rows = self.quotes_table.selectionModel().selectedRows()
        self._edit(self._quotes[rows[0].row() if rows else 0].id)

    def _edit(self, quote_id: int) -> None:
        QuoteEditor(self.services, quote_id, self._settings, self).exec()
        self.refresh()
