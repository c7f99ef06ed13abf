"""What the window's actions do: open dialogs and run operations on the selected deals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDialog, QWidget

from crmdesk.domain.enums import Stage
from crmdesk.gui.board.board import Board
from crmdesk.gui.filter_bar import FilterBar
from crmdesk.gui.formatting import plural
from crmdesk.gui.operations import deals, history
from crmdesk.gui.operations.feedback import Feedback
from crmdesk.gui.operations.quotes import start_quote
from crmdesk.services import Services
from crmdesk.services.context import Clock
from crmdesk.services.imports.engine import ImportReport

if TYPE_CHECKING:  # imported when first used: the wizard is not needed at start-up
    from crmdesk.gui.transfer.import_wizard import ImportWizard

translate = QCoreApplication.translate


class WindowCommands:
    """The bodies of the window's actions; every change goes through an operation."""

    def __init__(
        self,
        window: QWidget,
        services: Services,
        board: Board,
        feedback: Feedback,
        settings: QSettings,
        clock: Clock | None = None,
        filters: FilterBar | None = None,
    ) -> None:
        self._filters = filters
        self._window = window
        self._services = services
        self._board = board
        self._feedback = feedback
        self._settings = settings
        self._clock = clock

    # -- deals ---------------------------------------------------------------------------------

    def new_lead(self) -> None:
        """Open the deal dialog for a new lead."""
        self.open_deal(None)

    def open_deal(self, deal_id: int | None) -> None:
        """Show the deal dialog (a new lead when ``deal_id`` is None); the board follows the
        change notices of what it saves."""
        from crmdesk.gui.dialogs.deal_editor import DealDialog

        DealDialog(self._services, deal_id, self._window, self._clock, self._settings).exec()

    def open_current(self) -> None:
        """Open the focused card."""
        focused = self._board.focused_list()
        deal_id = focused.current_id() if focused else None
        if deal_id is not None:
            self.open_deal(deal_id)

    def step(self, direction: int) -> None:
        """Move the selected cards one stage right (+1) or left (-1)."""
        self._board.moves.step(self._board.selected_ids(), direction)

    def move_to(self, stage: Stage) -> None:
        """Move the selected cards to an outcome (or any stage)."""
        ids = self._board.selected_ids()
        if ids:
            self._board.moves.request(ids, stage)

    def archive(self) -> None:
        """Archive the selected cards (undoable)."""
        deals.archive_deals(self._services, self._feedback, self._board.selected_ids())

    def undo(self) -> None:
        """Undo the last change."""
        history.undo(self._services, self._feedback)

    def redo(self) -> None:
        """Redo the last undone change."""
        history.redo(self._services, self._feedback)

    # -- import and export ----------------------------------------------------------------------

    def import_wizard(self) -> ImportWizard:
        """The import wizard over this window's data."""
        from crmdesk.gui.transfer.import_wizard import ImportWizard

        return ImportWizard(self._services, self._settings, self._window)

    def import_file(self) -> QDialog:
        """File → Import…: opens the wizard (window-modal); the board shows what came in."""
        wizard = self.import_wizard()
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _result: self._imported(getattr(wizard, "report", None)))
        wizard.show_deals_requested.connect(self._show_imported)
        wizard.open()
        return wizard

    def _show_imported(self, ids: list[int]) -> None:
        if self._filters is not None:
            what = plural(
                len(ids),
                translate("MainWindow", "%1 imported deal"),
                translate("MainWindow", "%1 imported deals"),
            )
            self._filters.show_only(ids, what)

    def _imported(self, report: ImportReport | None) -> None:
        if report is None:
            return
        self._feedback.show_status(
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

        target = target or ask_export_path(self._window, self._settings)
        if target is None:
            return
        rows, message = write_export(self._services, *target)
        if rows is None:
            self._feedback.show_error(message)
        else:
            self._feedback.show_status(message, 10000)

    # -- settings and quotes --------------------------------------------------------------------

    def settings_dialog(self, which: str) -> QDialog:
        """The settings dialog called ``which`` (company, qualification, scoring or pipeline)."""
        from crmdesk.gui.dialogs.company_settings import CompanySettings
        from crmdesk.gui.dialogs.pipeline_settings import PipelineSettings
        from crmdesk.gui.dialogs.qualification_settings import QualificationSettings
        from crmdesk.gui.dialogs.scoring_settings import ScoringSettings

        kinds: dict[str, Callable[[Services, QWidget], QDialog]] = {
            "qualification": QualificationSettings,
            "scoring": ScoringSettings,
            "pipeline": PipelineSettings,
            "company": CompanySettings,
        }
        return kinds[which](self._services, self._window)

    def open_settings(self, which: str) -> None:
        """Show a settings dialog; its changes are already saved (and undoable) when it closes."""
        self.settings_dialog(which).exec()

    def new_quote(self) -> None:
        """Start a quote for the selected deal (asking first unless it is an opportunity)."""
        ids = self._board.selected_ids()
        if ids:
            quote_id = start_quote(self._window, self._services, self._services.deals.get(ids[0]))
            if quote_id is not None:
                self.open_quote(quote_id)

    def open_quote(self, quote_id: int) -> None:
        """Show the quote editor."""
        from crmdesk.gui.quotes.editor import QuoteEditor

        QuoteEditor(self._services, quote_id, self._settings, self._window).exec()

    def latest_quote(self, what: str) -> None:
        """Export or print the selected deal's newest quote."""
        from crmdesk.gui.quotes.printing import export_pdf, print_quote

        ids = self._board.selected_ids()
        quotes = self._services.quotes.for_deal(ids[0]) if ids else []
        if not quotes:
            self._feedback.show_status(translate("MainWindow", "This deal has no quote yet."), 6000)
            return
        newest = max(quotes, key=lambda q: q.id)
        if what == "export":
            path = export_pdf(self._window, self._services, newest.id, self._settings)
            if path is not None:
                self._feedback.show_status(
                    translate("MainWindow", "Saved %1").replace("%1", str(path))
                )
        else:
            print_quote(self._window, self._services, newest.id, self._settings)

    def open_catalog(self) -> None:
        """Show the product catalog."""
        from crmdesk.gui.quotes.catalog import CatalogWindow

        CatalogWindow(self._services, self._window).exec()
