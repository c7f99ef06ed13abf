"""The window's menu bar and toolbar, built from its actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from crmdesk.domain.enums import OPEN_STAGES
from crmdesk.gui.board.board import Board
from crmdesk.gui.board.column_view import sort_names, stage_name
from crmdesk.gui.window.actions import WindowActions

translate = QCoreApplication.translate


def build_menus(window: QMainWindow, a: WindowActions, board: Board) -> None:
    """File, Edit, View, Deal, Settings and Help."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([a.new, a.sample, a.own])
    file_menu.addSeparator()
    file_menu.addActions([a.new_file, a.open_file])
    a.recent_menu = file_menu.addMenu(translate("Files", "Open &recent"))
    file_menu.addActions([a.backup, a.show_folder])
    file_menu.addSeparator()
    file_menu.addActions([a.import_, a.export])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addAction(a.find)
    view = bar.addMenu(translate("MainWindow", "&View"))
    view.addActions([a.refresh, a.clear])
    view.addSeparator()
    for stage in OPEN_STAGES:
        sort_menu = view.addMenu(
            translate("MainWindow", "Order %1 by").replace("%1", stage_name(stage))
        )
        for sort, name in sort_names().items():
            action = sort_menu.addAction(name)
            action.triggered.connect(lambda _c=False, s=stage, k=sort: board.set_sort(s, k))
    deal = bar.addMenu(translate("MainWindow", "&Deal"))
    deal.addActions([a.new, a.open])
    deal.addSeparator()
    deal.addActions([a.right, a.left, a.won, a.lost])
    deal.addSeparator()
    deal.addAction(a.archive)
    deal.addSeparator()
    deal.addActions([a.new_quote, a.export_quote, a.print_quote])
    deal.addSeparator()
    deal.addActions([a.enrol, a.stop_nurture])
    settings = bar.addMenu(translate("MainWindow", "&Settings"))
    settings.addActions([a.company, a.catalog])
    settings.addSeparator()
    settings.addActions([a.qualification, a.scoring, a.pipeline, a.nurture_plans, a.currencies])
    settings.addSeparator()
    languages = settings.addMenu(translate("MainWindow", "&Language"))
    languages.addActions(list(a.languages.values()))
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([a.guide, a.keys, a.about])


def build_toolbar(window: QMainWindow, a: WindowActions, filters: QWidget) -> QAction:
    """New lead, then the search box and the filters; returns the filters' action (the board
    and the Deals list show it, other views have their own search)."""
    bar = QToolBar(translate("MainWindow", "Main toolbar"))
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.addAction(a.new)
    bar.addSeparator()
    shown = bar.addWidget(filters)
    window.addToolBar(bar)
    return shown


def card_menu(parent: QWidget, a: WindowActions) -> QMenu:
    """The menu of a card: what the Deal menu does, at hand."""
    menu = QMenu(parent)
    for action in a.card_actions():
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    return menu
