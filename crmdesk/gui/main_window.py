"""The main window: it assembles the board, the filter bar, the menus and the status bar.

What each action does lives in ``gui.window.commands`` and ``gui.operations``; the window only
wires them and refreshes from the change notices (``gui.notices``).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import OPEN_STAGES, Stage
from crmdesk.gui.banner import Banner
from crmdesk.gui.board.board import Board
from crmdesk.gui.board.column_view import CardList, stage_name
from crmdesk.gui.board.moves import DialogPrompts, MovePrompts
from crmdesk.gui.desktop import Desktop
from crmdesk.gui.filter_bar import FilterBar
from crmdesk.gui.help import show_about, show_guide, show_keys
from crmdesk.gui.language import LANGUAGE_KEY, current_language, install_language
from crmdesk.gui.lists.register import add_list_views
from crmdesk.gui.message_boxes import warn
from crmdesk.gui.messages import message_text
from crmdesk.gui.notices import NoticeRelay
from crmdesk.gui.operations.background import ThreadPoolBackground
from crmdesk.gui.operations.job_status import JobStatus
from crmdesk.gui.today.today_part import TodayPart
from crmdesk.gui.views.view_stack import ViewStack
from crmdesk.gui.welcome import Welcome
from crmdesk.gui.window.actions import WindowActions
from crmdesk.gui.window.commands import WindowCommands
from crmdesk.gui.window.file_commands import FileCommands
from crmdesk.gui.window.menus import build_menus, build_toolbar, card_menu
from crmdesk.gui.window.view_state import restore_geometry, save_view, saved_sorts
from crmdesk.services import Kind, OpChanges, Services
from crmdesk.services.background import Inline
from crmdesk.services.context import Clock

FILTERED_VIEWS = ("board", "deals")  # the views the toolbar's search and filters apply to


class MainWindow(QMainWindow):
    """CRM Desk's one window."""

    replaced = Signal(object)  # the window rebuilt in another language

    def __init__(
        self,
        services: Services,
        title: str,
        settings: QSettings,
        prompts: MovePrompts | None = None,
        clock: Clock | None = None,
        background: bool = True,
        desktop: Desktop | None = None,
    ) -> None:
        super().__init__()
        self._init_args = (services, title, settings, prompts, clock, background, desktop)
        self.services = services
        self.settings = settings
        self._title = title
        self.desktop = desktop
        sample = desktop is not None and desktop.showing_sample()
        self.setWindowTitle(
            (
                self.tr("%1 — sample data — CRM Desk") if sample else self.tr("%1 — CRM Desk")
            ).replace("%1", title)
        )
        self.notices = NoticeRelay(services, self)
        self.background: ThreadPoolBackground | None = None
        if background:  # slow derived work (re-scoring, the search index) on a worker thread
            self.background = ThreadPoolBackground(self)
            services.context.background = self.background
            JobStatus(self.background, self.statusBar())
        self.board = Board(services, prompts or DialogPrompts(self), self.notices, self, clock)
        self.filters = FilterBar(services, self)
        self.commands = WindowCommands(
            self, services, self.board, self, settings, clock, self.filters
        )
        self.board.open_requested.connect(self.commands.open_deal)
        self.board.refreshed.connect(self._show_status)
        self.welcome = Welcome(self)
        self.welcome.new_lead_requested.connect(self.commands.new_lead)
        self.welcome.sample_data_requested.connect(self._sample)
        self.welcome.import_requested.connect(self.commands.import_file)
        can_sample = desktop is not None and desktop.sample is not None and not sample
        self.welcome.set_sample_available(can_sample)
        self.stack = QStackedWidget()  # the board, or the welcome of an empty file
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.welcome)
        self.views = ViewStack(settings, self)
        self.views.add("board", lambda: self.tr("Board"), lambda: self.stack)
        add_list_views(self)
        self.banner = Banner(self)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.views, 1)
        self.setCentralWidget(central)
        self.files = (
            FileCommands(self, services, desktop, self, settings) if desktop is not None else None
        )
        if sample and desktop is not None:
            self.banner.show_note(
                self.tr("You are looking at the sample data: nothing here is yours."),
                self.tr("Back to my file"),
                desktop.back_to_own,
            )
        self.filters.filter_changed.connect(self._filter)
        self.actions_ = WindowActions(self)
        self._connect_actions()
        build_menus(self, self.actions_, self.board)
        recent = self.actions_.recent_menu
        if recent is not None and self.files is not None:
            files = self.files
            recent.aboutToShow.connect(lambda: files.fill_recent(recent))
        elif recent is not None:
            recent.setEnabled(False)
        self._filters_shown = build_toolbar(self, self.actions_, self.filters)
        self.views.view_shown.connect(self._view_shown)
        self.today = TodayPart(self, self, services, self.commands.open_deal, clock)
        self.views.add("insight", lambda: self.tr("Insight"), self._make_insight)
        for stage in OPEN_STAGES:
            cards = self.board.card_list(stage)
            cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            cards.customContextMenuRequested.connect(lambda p, c=cards: self._card_menu(c, p))
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)
        self.notices.changed.connect(self._on_change)
        restore_geometry(self, settings)
        self.filters.restore(settings)
        self.board.load(saved_sorts(settings), self.filters.current())
        self._update_undo()
        self._show_status()
        if self.background is not None:
            self.background.submit(lambda _progress: services.board.warm_search(), "search")
            services.scoring.decay_in_background()  # scores decay to today, once a day

    def _connect_actions(self) -> None:
        a, c, connect = self.actions_, self.commands, WindowActions.connect
        connect(a.new, c.new_lead)
        connect(a.sample, self._sample)
        files, desktop = self.files, self.desktop
        sample = desktop is not None and desktop.showing_sample()
        a.sample.setEnabled(desktop is not None and desktop.sample is not None and not sample)
        a.own.setVisible(sample)
        for action in (a.new_file, a.open_file, a.backup, a.show_folder):
            action.setEnabled(files is not None)
        if files is not None and desktop is not None:
            connect(a.own, desktop.back_to_own)
            connect(a.new_file, files.new_database)
            connect(a.open_file, files.open_database)
            connect(a.backup, files.back_up_now)
            connect(a.show_folder, files.show_in_folder)
        connect(a.import_, c.import_file)
        connect(a.export, c.export_data)
        connect(a.quit, self.close)
        connect(a.undo, c.undo)
        connect(a.redo, c.redo)
        connect(a.find, self.filters.focus_search)
        connect(a.refresh, self.board.refresh)
        connect(a.clear, self.filters.clear)
        connect(a.open, c.open_current)
        connect(a.right, lambda: c.step(1))
        connect(a.left, lambda: c.step(-1))
        connect(a.won, lambda: c.move_to(Stage.WON))
        connect(a.lost, lambda: c.move_to(Stage.LOST))
        connect(a.archive, c.archive)
        connect(a.new_quote, c.new_quote)
        connect(a.export_quote, lambda: c.latest_quote("export"))
        connect(a.print_quote, lambda: c.latest_quote("print"))
        connect(a.catalog, c.open_catalog)
        connect(a.currencies, self.open_currencies)
        for name in ("company", "qualification", "scoring", "pipeline"):
            connect(getattr(a, name), partial(c.open_settings, name))
        for code, action in a.languages.items():
            connect(action, partial(self.switch_language, code))
        connect(a.guide, lambda: show_guide(self))
        connect(a.keys, lambda: show_keys(self))
        where = self.services.storage.file()
        connect(a.about, lambda: show_about(self, str(where) if where else self._title))

    # -- what the window shows -----------------------------------------------------------------

    def _make_insight(self) -> QWidget:
        from crmdesk.gui.insight.view import InsightView  # pyqtgraph loads when first shown

        view = InsightView(self.services, self.notices, self)
        view.deals_requested.connect(self.show_deals)
        view.currencies_requested.connect(self.open_currencies)
        return view

    @Slot(list, str)
    def show_deals(self, ids: list[int], label: str) -> None:
        """The deals behind a figure of a report: the one place that decides where they show
        (the board filtered to them)."""
        self.views.show_view("board")
        self.filters.show_only(ids, label)

    @Slot()
    def open_currencies(self) -> None:
        """Settings → Currencies."""
        from crmdesk.gui.insight.currencies_dialog import open_currencies

        open_currencies(self, self.services)

    @Slot(str)
    def _view_shown(self, key: str) -> None:
        self._filters_shown.setVisible(key in FILTERED_VIEWS)

    @Slot(object)
    def _filter(self, board_filter: BoardFilter) -> None:
        self.board.set_filter(board_filter)
        self._show_welcome()

    def _card_menu(self, cards: CardList, point: QPoint) -> None:
        index = cards.indexAt(point)
        if not index.isValid():
            return
        if not cards.selectionModel().isSelected(index):
            cards.setCurrentIndex(index)
        cards.setFocus(Qt.FocusReason.PopupFocusReason)
        stage = self.services.board.stages_of(cards.selected_ids()[:1])
        self.actions_.enable_for(next(iter(stage.values()), None))
        card_menu(self, self.actions_).exec(cards.viewport().mapToGlobal(point))
        self.actions_.enable_all()  # the keys and the Deal menu act on whatever is selected

    def _update_undo(self) -> None:
        history = self.services.history
        undo, redo = history.undo_label, history.redo_label
        undo = message_text(undo) if undo else undo
        redo = message_text(redo) if redo else redo
        a = self.actions_
        a.undo.setEnabled(undo is not None)
        a.undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        a.redo.setEnabled(redo is not None)
        a.redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))

    @Slot(object)
    def _on_change(self, notice: OpChanges) -> None:
        self._update_undo()
        if notice.kind == Kind.DO:
            self.show_status(
                self.tr("%1 — Ctrl+Z to undo").replace("%1", message_text(notice.label))
            )

    @Slot()
    def _show_status(self) -> None:
        counts = [
            f"{stage_name(s)} {self.board.totals(s).count:,}".replace(",", "\u202f")
            for s in OPEN_STAGES
        ]
        self.status_counts.setText("  ·  ".join(counts))
        self._show_welcome()

    def _show_welcome(self) -> None:
        empty = all(self.board.totals(s).count == 0 for s in Stage)
        pristine = self.board.board_filter == BoardFilter()
        self.stack.setCurrentWidget(self.welcome if empty and pristine else self.board)

    # -- feedback (gui.operations.feedback.Feedback) -------------------------------------------

    def show_status(self, message: str, msecs: int = 8000) -> None:
        """A passing note in the status bar."""
        self.statusBar().showMessage(message, msecs)

    def show_error(self, message: str) -> None:
        """Tell the user, in a sentence, why something did not happen."""
        self.statusBar().showMessage(message, 10000)
        warn(self, self.tr("CRM Desk"), message)  # plain text: it may quote the user's words

    # -- the rest ------------------------------------------------------------------------------

    @Slot()
    def _sample(self) -> None:
        if self.desktop is not None:
            self.desktop.open_sample()

    def switch_language(self, language: str) -> MainWindow:
        """Speak ``language`` from now on: the window is rebuilt in it, in the same place and
        with the same view (everything else is already committed; undo history is kept)."""
        if language == current_language():
            return self
        self.settings.setValue(LANGUAGE_KEY, language)
        save_view(self, self.settings, self.board, self.filters)
        install_language(language)
        replacement = MainWindow(*self._init_args)
        replacement.filters.copy_from(self.filters)
        replacement.filters.apply()
        replacement.setGeometry(self.geometry())
        replacement.show()
        if self.desktop is not None:
            self.desktop.replace_window(replacement)
        self.replaced.emit(replacement)
        self.close()
        self.deleteLater()  # not kept alive to the end by the lambdas connected to its parts
        return replacement

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the view; stop the worker before the database goes; the rest is committed."""
        save_view(self, self.settings, self.board, self.filters)
        self.views.save_views()
        if self.background is not None:
            self.background.stop()
            if self.services.context.background is self.background:
                self.services.context.background = Inline()
        self.notices.stop()
        super().closeEvent(event)
