"""The main window: menus, toolbar with search and filters, the board and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
)

from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import OPEN_STAGES, BoardSort, Stage, Temperature
from crmdesk.domain.errors import DomainError
from crmdesk.gui.board.board import Board
from crmdesk.gui.board.card_delegate import temperature_name
from crmdesk.gui.board.column_view import CardList, sort_names, stage_name
from crmdesk.gui.board.moves import DialogPrompts, MovePrompts
from crmdesk.gui.formatting import plural
from crmdesk.gui.language import LANGUAGE_KEY, LANGUAGES, current_language, install_language
from crmdesk.gui.messages import error_text, message_text
from crmdesk.gui.welcome import Welcome
from crmdesk.gui.widgets import ChoiceCombo
from crmdesk.services import OpChanges, Services
from crmdesk.services.imports.engine import ImportReport

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 120


class MainWindow(QMainWindow):
    """CRM Desk's one window."""

    replaced = Signal(object)  # the window rebuilt in another language

    def __init__(
        self,
        services: Services,
        title: str,
        settings: QSettings,
        prompts: MovePrompts | None = None,
        clock: object = None,
        open_sample: Callable[[], None] | None = None,
        warm_search: bool = True,
    ) -> None:
        super().__init__()
        self._init_args = (services, title, settings, prompts, clock, open_sample, warm_search)
        self.services = services
        self.settings = settings
        self._open_sample = open_sample
        self._clock = clock
        self.setWindowTitle(self.tr("%1 — CRM Desk").replace("%1", title))
        self.board = Board(services, prompts or DialogPrompts(self), clock, warm_search)
        self.board.openRequested.connect(self.open_deal)
        for stage in OPEN_STAGES:
            cards = self.board.card_list(stage)
            cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            cards.customContextMenuRequested.connect(
                lambda point, c=cards: self._card_menu(c, point)
            )
        self.board.moves.failed.connect(self.show_error)
        self.board.refreshed.connect(self._show_status)
        self.welcome = Welcome(self)
        self.welcome.newLead.connect(self.new_lead)
        self.welcome.sampleData.connect(self._sample)
        self.welcome.importFile.connect(self.import_file)
        self.welcome.set_sample_available(open_sample is not None)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)
        services.context.subscribe(self._on_change)
        self._restore()
        self.board.load(self._saved_sorts(), self.current_filter())
        self._update_undo()
        self._show_status()

    # -- building ------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&New lead…"), self.new_lead, std.New)
        self.act_new.setShortcut(QKeySequence("Ctrl+N"))
        self.act_sample = self._action(self.tr("Open &sample data"), self._sample)
        self.act_sample.setEnabled(self._open_sample is not None)
        self.act_import = self._action(self.tr("&Import…"), self.import_file, "Ctrl+I")
        self.act_export = self._action(self.tr("&Export…"), self.export_data, "Ctrl+E")
        self.act_quit = self._action(self.tr("&Quit"), self.close, std.Quit)
        self.act_undo = self._action(self.tr("&Undo"), self.undo, std.Undo)
        self.act_redo = self._action(self.tr("&Redo"), self.redo, "Ctrl+Shift+Z")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_find = self._action(self.tr("&Find…"), self.focus_search, std.Find)
        self.act_find.setShortcut(QKeySequence("Ctrl+F"))
        self.act_refresh = self._action(self.tr("&Refresh"), self.board.refresh, std.Refresh)
        self.act_clear = self._action(self.tr("&Clear search and filters"), self.clear_filters)
        self.act_open = self._action(self.tr("&Open deal"), self.open_current)
        self.act_right = self._action(
            self.tr("Move to &next stage"), lambda: self.step(1), "Ctrl+Right"
        )
        self.act_left = self._action(
            self.tr("Move to &previous stage"), lambda: self.step(-1), "Ctrl+Left"
        )
        self.act_won = self._action(self.tr("Mark &won…"), lambda: self.move_to(Stage.WON))
        self.act_lost = self._action(self.tr("Mark &lost…"), lambda: self.move_to(Stage.LOST))
        self.act_archive = self._action(self.tr("&Archive"), self.archive, std.Delete)
        self.act_new_quote = self._action(self.tr("New &quote…"), self.new_quote, "Ctrl+Shift+Q")
        self.act_export_quote = self._action(
            self.tr("E&xport latest quote as PDF…"), lambda: self.latest_quote("export")
        )
        self.act_print_quote = self._action(
            self.tr("P&rint latest quote…"), lambda: self.latest_quote("print")
        )
        self.act_catalog = self._action(self.tr("Product &catalog…"), self.open_catalog)
        self.act_company = self._action(
            self.tr("&Company profile…"), lambda: self.open_settings("company")
        )
        self.act_qualification = self._action(
            self.tr("&Qualification criteria…"), lambda: self.open_settings("qualification")
        )
        self.act_scoring = self._action(self.tr("&Scoring…"), lambda: self.open_settings("scoring"))
        self.act_pipeline = self._action(
            self.tr("&Pipeline…"), lambda: self.open_settings("pipeline")
        )
        self.language_group = QActionGroup(self)
        self.act_languages: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = self._action(name, lambda c=code: self.switch_language(c))
            action.setCheckable(True)
            action.setChecked(code == current_language())
            self.language_group.addAction(action)
            self.act_languages[code] = action
        self.act_keys = self._action(self.tr("&Keyboard shortcuts"), self.show_keys)
        self.act_about = self._action(self.tr("&About CRM Desk"), self.show_about)
        for action in (self.act_right, self.act_left, self.act_archive):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.act_new, self.act_sample):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addActions([self.act_import, self.act_export])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addAction(self.act_find)
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.act_refresh, self.act_clear])
        view.addSeparator()
        for stage in OPEN_STAGES:
            sort_menu = view.addMenu(self.tr("Order %1 by").replace("%1", stage_name(stage)))
            for sort, name in sort_names().items():
                action = sort_menu.addAction(name)
                action.triggered.connect(
                    lambda _c=False, s=stage, k=sort: self.board.set_sort(s, k)
                )
        deal = bar.addMenu(self.tr("&Deal"))
        deal.addActions([self.act_new, self.act_open])
        deal.addSeparator()
        deal.addActions([self.act_right, self.act_left, self.act_won, self.act_lost])
        deal.addSeparator()
        deal.addAction(self.act_archive)
        deal.addSeparator()
        deal.addActions([self.act_new_quote, self.act_export_quote, self.act_print_quote])
        settings = bar.addMenu(self.tr("&Settings"))
        settings.addActions([self.act_company, self.act_catalog])
        settings.addSeparator()
        settings.addActions([self.act_qualification, self.act_scoring, self.act_pipeline])
        settings.addSeparator()
        languages = settings.addMenu(self.tr("&Language"))
        languages.addActions(list(self.act_languages.values()))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_keys, self.act_about])

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addAction(self.act_new)
        bar.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search deals, people, companies, email, phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        bar.addWidget(self.search)
        bar.addSeparator()
        self.temperature = QComboBox()
        self.temperature.setAccessibleName(self.tr("Temperature"))
        self.temperature.addItem(self.tr("Any temperature"), None)
        for t in (Temperature.HOT, Temperature.WARM, Temperature.COLD):
            self.temperature.addItem(temperature_name(t).capitalize(), t.value)
        self.source = ChoiceCombo(
            self.tr("Any source"), lambda: self.services.board.choices().sources
        )
        self.source.setAccessibleName(self.tr("Source"))
        self.owner = ChoiceCombo(self.tr("Any owner"), lambda: self.services.board.choices().owners)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.stale = QCheckBox(self.tr("Stale"))
        self.overdue = QCheckBox(self.tr("Overdue"))
        for combo in (self.temperature, self.source, self.owner):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            bar.addWidget(combo)
        for box in (self.stale, self.overdue):
            box.toggled.connect(lambda _c: self.apply_filters())
            bar.addWidget(box)
        self.addToolBar(bar)

    # -- filters and search --------------------------------------------------------------------

    def current_filter(self) -> BoardFilter:
        """The filter the toolbar describes."""
        temperature = self.temperature.currentData()
        return BoardFilter(
            search=self.search.text(),
            temperature=Temperature(temperature) if temperature else None,
            source=self.source.currentData(),
            owner=self.owner.currentData(),
            stale_only=self.stale.isChecked(),
            overdue_only=self.overdue.isChecked(),
        )

    def apply_filters(self) -> None:
        """Show the board under the toolbar's filter now."""
        self._search_timer.stop()
        self.board.set_filter(self.current_filter())
        self._show_welcome()

    def clear_filters(self) -> None:
        """Show everything again."""
        for combo in (self.temperature, self.source, self.owner):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.stale, self.overdue):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- deals ---------------------------------------------------------------------------------

    def new_lead(self) -> None:
        """Open the deal dialog for a new lead."""
        self.open_deal(None)

    def card_menu(self) -> QMenu:
        """The menu of a card: what the Deal menu does, at hand."""
        menu = QMenu(self)
        menu.addAction(self.act_open)
        menu.addSeparator()
        menu.addActions([self.act_right, self.act_left, self.act_won, self.act_lost])
        menu.addSeparator()
        menu.addActions([self.act_new_quote, self.act_export_quote, self.act_print_quote])
        menu.addSeparator()
        menu.addAction(self.act_archive)
        return menu

    def _card_menu(self, cards: CardList, point: QPoint) -> None:
        index = cards.indexAt(point)
        if not index.isValid():
            return
        if not cards.selectionModel().isSelected(index):
            cards.setCurrentIndex(index)
        cards.setFocus(Qt.FocusReason.PopupFocusReason)
        self.card_menu().exec(cards.viewport().mapToGlobal(point))

    def open_current(self) -> None:
        """Open the focused card."""
        focused = self.board.focused_list()
        deal_id = focused.current_id() if focused else None
        if deal_id is not None:
            self.open_deal(deal_id)

    def open_deal(self, deal_id: int | None) -> None:
        """Show the deal dialog (a new lead when ``deal_id`` is None)."""
        from crmdesk.gui.dialogs.deal_editor import DealDialog

        dialog = DealDialog(self.services, deal_id, self, self._clock, self.settings)
        dialog.exec()
        saved = getattr(dialog, "saved_deal_id", None)
        if saved is not None:
            self.board.refresh(select=[saved])

    # -- import and export ----------------------------------------------------------------------

    def import_wizard(self) -> QDialog:
        """The import wizard over this window's data."""
        from crmdesk.gui.transfer.import_wizard import ImportWizard

        return ImportWizard(self.services, self.settings, self)

    def import_file(self) -> QDialog:
        """File → Import…: opens the wizard (window-modal); the board shows what came in."""
        wizard = self.import_wizard()
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _result: self._imported(getattr(wizard, "report", None)))
        wizard.open()
        return wizard

    def _imported(self, report: ImportReport | None) -> None:
        if report is None:
            return
        self.board.refresh()
        self._show_status()
        self.statusBar().showMessage(
            plural(
                report.deals,
                translate("MainWindow", "Imported %1 deal from %2."),
                translate("MainWindow", "Imported %1 deals from %2."),
            ).replace("%2", report.file),
            10000,
        )

    def export_data(self, target: tuple[Path, str | None] | None = None) -> None:
        """File → Export…: ask where and what (unless ``target`` says), then write it."""
        from crmdesk.gui.transfer.export import ask_export_path, write_export

        target = target or ask_export_path(self, self.settings)
        if target is None:
            return
        rows, message = write_export(self.services, *target)
        if rows is None:
            self.show_error(message)
        else:
            self.statusBar().showMessage(message, 10000)

    def settings_dialog(self, which: str) -> QDialog:
        """The settings dialog called ``which`` (qualification, scoring or pipeline)."""
        from crmdesk.gui.dialogs.company_settings import CompanySettings
        from crmdesk.gui.dialogs.pipeline_settings import PipelineSettings
        from crmdesk.gui.dialogs.qualification_settings import QualificationSettings
        from crmdesk.gui.dialogs.scoring_settings import ScoringSettings

        kinds = {
            "qualification": QualificationSettings,
            "scoring": ScoringSettings,
            "pipeline": PipelineSettings,
            "company": CompanySettings,
        }
        return kinds[which](self.services, self)

    def open_settings(self, which: str) -> None:
        """Show a settings dialog; its changes are already saved (and undoable) when it closes."""
        self.settings_dialog(which).exec()

    # -- quotes -------------------------------------------------------------------------------

    def new_quote(self) -> None:
        """Start a quote for the selected deal (asking first unless it is an opportunity)."""
        ids = self._target_ids()
        if not ids:
            return
        deal = self.services.deals.get(ids[0])
        if deal.stage != Stage.OPPORTUNITY:
            answer = QMessageBox.question(
                self,
                self.tr("New quote"),
                self.tr("“%1” is not an opportunity yet. Make a quote anyway?").replace(
                    "%1", deal.title
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        language = current_language()  # the quote's own language can be changed in it
        try:
            quote = self.services.quotes.create(deal.id, language=language)
        except DomainError as error:
            self.show_error(error_text(error))
            return
        self.open_quote(quote.id)

    def open_quote(self, quote_id: int) -> None:
        """Show the quote editor."""
        from crmdesk.gui.quotes.editor import QuoteEditor

        QuoteEditor(self.services, quote_id, self.settings, self).exec()

    def latest_quote(self, what: str) -> None:
        """Export or print the selected deal's newest quote."""
        from crmdesk.gui.quotes.printing import export_pdf, print_quote

        ids = self._target_ids()
        quotes = self.services.quotes.for_deal(ids[0]) if ids else []
        if not quotes:
            self.statusBar().showMessage(self.tr("This deal has no quote yet."), 6000)
            return
        newest = max(quotes, key=lambda q: q.id)
        if what == "export":
            path = export_pdf(self, self.services, newest.id, self.settings)
            if path is not None:
                self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)
        else:
            print_quote(self, self.services, newest.id)

    def open_catalog(self) -> None:
        """Show the product catalog."""
        from crmdesk.gui.quotes.catalog import CatalogWindow

        CatalogWindow(self.services, self).exec()

    def _target_ids(self) -> list[int]:
        return self.board.selected_ids()

    def step(self, direction: int) -> None:
        """Move the selected cards one stage right (+1) or left (-1)."""
        ids = self._target_ids()
        if ids and self.board.moves.step(ids, direction):
            self._refocus(ids)

    def move_to(self, stage: Stage) -> None:
        """Move the selected cards to an outcome (or any stage)."""
        ids = self._target_ids()
        if ids:
            self.board.moves.request(ids, stage)

    def _refocus(self, ids: list[int]) -> None:
        stages = self.services.board.stages_of(ids)
        if not stages:
            return
        stage = stages[ids[0]]
        if stage in self.board.columns:
            cards = self.board.card_list(stage)
            cards.setFocus(Qt.FocusReason.OtherFocusReason)
            cards.select_ids(ids)

    def archive(self) -> None:
        """Archive the selected cards (undoable)."""
        ids = self._target_ids()
        if not ids:
            return
        try:
            self.services.deals.archive(ids)
        except DomainError as error:
            self.show_error(error_text(error))
            return
        self.statusBar().showMessage(
            plural(
                len(ids),
                translate("MainWindow", "Archived %1 deal. Ctrl+Z brings it back."),
                translate("MainWindow", "Archived %1 deals. Ctrl+Z brings them back."),
            ),
            8000,
        )

    # -- undo ----------------------------------------------------------------------------------

    def undo(self) -> None:
        """Undo the last change."""
        self._history_step(self.services.history.undo, self.tr("Undid: %1"))

    def redo(self) -> None:
        """Redo the last undone change."""
        self._history_step(self.services.history.redo, self.tr("Redid: %1"))

    def _history_step(self, step: Callable[[], str], message: str) -> None:
        try:
            label = step()
        except DomainError as error:
            self.show_error(error_text(error))
            return
        self.statusBar().showMessage(message.replace("%1", message_text(label)), 8000)

    def _update_undo(self) -> None:
        history = self.services.history
        undo, redo = history.undo_label, history.redo_label
        undo = message_text(undo) if undo else undo
        redo = message_text(redo) if redo else redo
        self.act_undo.setEnabled(undo is not None)
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.act_redo.setEnabled(redo is not None)
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))

    def _on_change(self, notice: OpChanges) -> None:
        self._update_undo()
        if notice.kind == "do":
            self.statusBar().showMessage(
                self.tr("%1 — Ctrl+Z to undo").replace("%1", message_text(notice.label)), 8000
            )

    # -- status, messages, welcome -------------------------------------------------------------

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

    def show_error(self, message: str) -> None:
        """Tell the user, in a sentence, why something did not happen."""
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("CRM Desk"), message)

    def show_keys(self) -> None:
        """List the keyboard shortcuts."""
        rows = [
            (self.tr("Arrows"), self.tr("Move between cards and columns")),
            ("Enter", self.tr("Open the deal")),
            ("Ctrl+Right / Ctrl+Left", self.tr("Move the card one stage (same gates)")),
            ("Delete", self.tr("Archive the card")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("Undo / redo")),
            ("Ctrl+F", self.tr("Search")),
            ("Ctrl+N", self.tr("New lead")),
        ]
        text = (
            "<table cellspacing=6>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), text)

    def show_about(self) -> None:
        """Name, version and what the program is."""
        from crmdesk import __version__

        QMessageBox.about(
            self,
            self.tr("About CRM Desk"),
            self.tr(
                "<b>CRM Desk %1</b><p>Your leads, prospects and opportunities in one local "
                "file, for small businesses.</p>"
            ).replace("%1", __version__),
        )

    def _sample(self) -> None:
        if self._open_sample is not None:
            self._open_sample()

    # -- persistence ---------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.stale.setChecked(self.settings.value("board/stale", False, type=bool))
        self.overdue.setChecked(self.settings.value("board/overdue", False, type=bool))
        temperature = self.settings.value("board/temperature", None)
        self.temperature.setCurrentIndex(max(0, self.temperature.findData(temperature)))

    def _saved_sorts(self) -> dict[Stage, BoardSort]:
        sorts = {}
        for stage in OPEN_STAGES:
            value = self.settings.value(f"board/sort/{stage.value}", BoardSort.MANUAL.value)
            try:
                sorts[stage] = BoardSort(value)
            except ValueError:
                sorts[stage] = BoardSort.MANUAL
        return sorts

    def save_view(self) -> None:
        """Remember the window's geometry and the view's choices."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for stage, sort in self.board.sorts().items():
            self.settings.setValue(f"board/sort/{stage.value}", sort.value)
        self.settings.setValue("board/stale", self.stale.isChecked())
        self.settings.setValue("board/overdue", self.overdue.isChecked())
        self.settings.setValue("board/temperature", self.temperature.currentData())
        self.settings.sync()

    def keep_filters_of(self, other: MainWindow) -> None:
        """Show the board as ``other`` shows it: the same search and filters."""
        self.search.setText(other.search.text())
        for mine, theirs in ((self.source, other.source), (self.owner, other.owner)):
            mine.refill()
            mine.setCurrentIndex(max(0, mine.findData(theirs.currentData())))
        self._search_timer.stop()
        self.apply_filters()

    def switch_language(self, language: str) -> MainWindow:
        """Speak ``language`` from now on: the window is rebuilt in it, in the same place and
        with the same view (everything else is already committed; undo history is kept)."""
        if language == current_language():
            return self
        self.settings.setValue(LANGUAGE_KEY, language)
        self.save_view()
        install_language(language)
        replacement = MainWindow(*self._init_args)
        replacement.keep_filters_of(self)
        replacement.setGeometry(self.geometry())
        replacement.show()
        self.replaced.emit(replacement)
        self.close()
        return replacement

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the view; everything else is already committed."""
        self.save_view()
        self.services.context.unsubscribe(self._on_change)
        super().closeEvent(event)
