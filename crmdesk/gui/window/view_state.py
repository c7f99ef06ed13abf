"""What the window remembers between sessions: geometry, column sorts and filters."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from crmdesk.domain.enums import OPEN_STAGES, BoardSort, Stage
from crmdesk.gui.board.board import Board
from crmdesk.gui.filter_bar import FilterBar


def restore_geometry(window: QMainWindow, settings: QSettings) -> None:
    """Put the window where it was (a comfortable size the first time)."""
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)


def saved_sorts(settings: QSettings) -> dict[Stage, BoardSort]:
    """Each column's remembered order."""
    sorts = {}
    for stage in OPEN_STAGES:
        value = settings.value(f"board/sort/{stage.value}", BoardSort.MANUAL.value)
        try:
            sorts[stage] = BoardSort(str(value))
        except ValueError:
            sorts[stage] = BoardSort.MANUAL
    return sorts


def save_view(window: QMainWindow, settings: QSettings, board: Board, filters: FilterBar) -> None:
    """Remember the window's geometry and the view's choices."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for stage, sort in board.sorts().items():
        settings.setValue(f"board/sort/{stage.value}", sort.value)
    filters.save(settings)
    settings.sync()
