"""The board: Lead, Prospect and Opportunity columns, the Won and Lost zones, kept current."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from crmdesk.domain.board import BoardFilter
from crmdesk.domain.entities import ColumnTotals
from crmdesk.domain.enums import OPEN_STAGES, BoardSort, Stage
from crmdesk.gui.board.card_delegate import temperature_name
from crmdesk.gui.board.column_model import ColumnModel
from crmdesk.gui.board.column_view import CardList, Column, DropZone
from crmdesk.gui.board.moves import MovePrompts
from crmdesk.gui.formatting import format_totals, local_date
from crmdesk.gui.messages import label_text
from crmdesk.gui.notices import NoticeRelay
from crmdesk.gui.operations.feedback import Feedback
from crmdesk.gui.operations.pipeline import MoveController
from crmdesk.services import Change, OpChanges, Services
from crmdesk.services.context import Clock

# What the board shows depends on these; anything else (the catalog, say) leaves it alone.
_SHOWN = tuple(set(Change) - {Change.CATALOG})
# These can change any card or total: the whole board is read again.
_EVERY_CARD = (
    Change.PEOPLE,
    Change.SETTINGS,
    Change.CRITERIA,
    Change.SCORING,
    Change.PIPELINE,
    Change.SCORES,
)


def _same_results(a: BoardFilter, b: BoardFilter) -> bool:
    """Whether two filters show the same cards (e.g. they differ only by a trailing space)."""
    return replace(a, search="") == replace(b, search="") and a.search_terms() == b.search_terms()


class Board(QWidget):
    """Three columns over paged models and two outcome zones, refreshed on every change."""

    open_requested = Signal(int)
    refreshed = Signal()

    def __init__(
        self,
        services: Services,
        prompts: MovePrompts,
        notices: NoticeRelay,
        feedback: Feedback,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.moves = MoveController(services, prompts, feedback)
        self._filter = BoardFilter()
        self.models = {stage: ColumnModel(services, stage) for stage in OPEN_STAGES}
        self.columns = {stage: Column(model, clock) for stage, model in self.models.items()}
        self.zones = {stage: DropZone(stage) for stage in (Stage.WON, Stage.LOST)}
        self._totals: dict[Stage, ColumnTotals] = {}

        row = QHBoxLayout()
        row.setSpacing(10)
        for stage, column in self.columns.items():
            row.addWidget(column, 1)
            cards = column.cards
            cards.drop_requested.connect(self.moves.request)
            cards.open_requested.connect(self.open_requested)
            cards.tooltip_requested.connect(lambda deal_id, c=cards: self._tooltip(c, deal_id))
            cards.neighbour_requested.connect(lambda step, s=stage: self.focus_column(s, step))
            column.header.sort_chosen.connect(lambda sort, s=stage: self.set_sort(s, sort))
        zones = QHBoxLayout()
        zones.setSpacing(10)
        for zone in self.zones.values():
            zone.drop_requested.connect(self.moves.request)
            zones.addWidget(zone, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        layout.addLayout(row, 1)
        layout.addLayout(zones)
        notices.changed.connect(self._on_change)

    # -- what the board shows ------------------------------------------------------------------

    @property
    def board_filter(self) -> BoardFilter:
        """The toolbar's filter."""
        return self._filter

    def totals(self, stage: Stage) -> ColumnTotals:
        """The last totals shown for a stage."""
        return self._totals[stage]

    def load(
        self, sorts: dict[Stage, BoardSort] | None = None, board_filter: BoardFilter | None = None
    ) -> None:
        """Show the first page of every column and all totals."""
        self._filter = board_filter or self._filter
        self._totals = self.services.board.totals(self._filter)
        for stage, model in self.models.items():
            sort = (sorts or {}).get(stage, model.board_sort)
            self.columns[stage].header.set_sort(sort)
            model.set_view(self._filter, sort, self._totals[stage])
        self._show_zones()
        self.refreshed.emit()

    def set_filter(self, board_filter: BoardFilter) -> None:
        """Filter all columns (counts and totals follow)."""
        if _same_results(board_filter, self._filter):
            self._filter = board_filter
            return
        self._filter = board_filter
        self._totals = self.services.board.totals(self._filter)
        for stage, model in self.models.items():
            model.set_view(self._filter, model.board_sort, self._totals[stage])
        self._show_zones()
        self.refreshed.emit()

    def set_sort(self, stage: Stage | str, sort: BoardSort | str) -> None:
        """Order one column."""
        stage, sort = Stage(stage), BoardSort(sort)
        model = self.models[stage]
        self.columns[stage].header.set_sort(sort)
        model.set_view(self._filter, sort, self._totals[stage])
        self.refreshed.emit()

    def sorts(self) -> dict[Stage, BoardSort]:
        """Each column's order."""
        return {stage: model.board_sort for stage, model in self.models.items()}

    def refresh(self, stages: Iterable[Stage] | None = None, select: Iterable[int] = ()) -> None:
        """Re-read totals and the cards of ``stages`` (all when None), keeping what was loaded."""
        wanted = set(Stage) if stages is None else {Stage(s) for s in stages}
        self._totals.update(self.services.board.totals(self._filter, wanted))
        chosen = list(select)
        for stage in OPEN_STAGES:
            if stage in wanted:
                cards = self.columns[stage].cards
                keep = chosen or cards.selected_ids()
                self.models[stage].reload(self._totals[stage])
                cards.select_ids(keep)
        self._show_zones()
        self.refreshed.emit()

    def _show_zones(self) -> None:
        for stage, zone in self.zones.items():
            totals = self._totals[stage]
            zone.show_summary(totals.count, format_totals(totals.value_by_currency))

    @Slot(object)
    def _on_change(self, notice: OpChanges) -> None:
        if not notice.touches(*_SHOWN):
            return
        if notice.touches(*_EVERY_CARD):
            self.refresh()
            return
        stages = set(notice.stages) | {
            c.stage for m in self.models.values() for c in m.cards() if c.id in notice.deal_ids
        }
        moved = [i for i in notice.deal_ids if i in notice.deal_stages]
        focused = self.focused_list()
        follow = focused is not None and bool(set(focused.selected_ids()) & set(moved))
        self.refresh(stages or None, select=moved)
        if follow:  # the keyboard focus goes with the cards it moved
            self._focus_cards(moved, notice.deal_stages)

    def _focus_cards(self, ids: list[int], stages: Mapping[int, Stage]) -> None:
        stage = stages.get(ids[0]) if ids else None
        if stage in self.columns:
            cards = self.columns[stage].cards
            cards.setFocus(Qt.FocusReason.OtherFocusReason)
            cards.select_ids(ids)

    # -- focus and keyboard --------------------------------------------------------------------

    def card_list(self, stage: Stage) -> CardList:
        """The card list of a column."""
        return self.columns[Stage(stage)].cards

    def focused_list(self) -> CardList | None:
        """The card list that has the focus."""
        for column in self.columns.values():
            if column.cards.hasFocus():
                return column.cards
        return None

    def selected_ids(self) -> list[int]:
        """The selected cards of the focused column (or of the first column with a selection)."""
        focused = self.focused_list()
        if focused is not None and focused.selected_ids():
            return focused.selected_ids()
        for column in self.columns.values():
            if column.cards.selected_ids():
                return column.cards.selected_ids()
        return []

    def focus_column(self, stage: Stage, step: int) -> None:
        """Move the keyboard focus to the neighbouring column, at the same height."""
        order = list(OPEN_STAGES)
        index = order.index(Stage(stage)) + step
        if not 0 <= index < len(order):
            return
        source = self.columns[Stage(stage)].cards
        target = self.columns[order[index]].cards
        row = max(0, source.currentIndex().row())
        model = target.column_model()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if model.rowCount():
            target.setCurrentIndex(model.index(min(row, model.rowCount() - 1)))

    # -- tooltips ------------------------------------------------------------------------------

    def _tooltip(self, cards: CardList, deal_id: int) -> None:
        cards.show_tooltip(self.explanation_html(deal_id))

    def explanation_html(self, deal_id: int) -> str:
        """The score of a deal and the rules behind it, as a small table."""
        explanation = self.services.deals.explain_score(deal_id)
        rows = []
        for line in explanation.contributions:
            when = local_date(line.latest_at) if line.latest_at else ""
            count = f" ×{line.count}" if line.count > 1 else ""
            full = (
                QCoreApplication.translate("Board", "of %1").replace("%1", f"{line.undecayed:+d}")
                if line.undecayed not in (0, line.points)
                else ""
            )
            label = html.escape(label_text(line.label))
            rows.append(
                f"<tr><td style='white-space:nowrap'>{label}{count}</td>"
                f"<td align='right'><b>{line.points:+d}</b></td>"
                f"<td style='color:#667085; white-space:nowrap'>{html.escape(full)}</td>"
                f"<td style='color:#667085; white-space:nowrap'>{html.escape(when)}</td></tr>"
            )
        if not rows:
            none = QCoreApplication.translate("Board", "No signals or fit yet.")
            rows.append(f"<tr><td colspan=4>{html.escape(none)}</td></tr>")
        heading = (
            QCoreApplication.translate("Board", "Score %1 · %2")
            .replace("%1", str(explanation.score))
            .replace("%2", temperature_name(explanation.temperature))
        )
        return f"<b>{html.escape(heading)}</b><table cellspacing=5>{''.join(rows)}</table>"
