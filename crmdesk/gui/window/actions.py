"""The window's actions: what the menus, the toolbar, the card menu and the keys trigger."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from crmdesk.domain.enums import Stage
from crmdesk.gui.language import LANGUAGES, current_language

translate = QCoreApplication.translate
Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class WindowActions:
    """Every QAction of the main window, each connected to what it does."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self.recent_menu: QMenu | None = None  # File → Open recent, filled when it opens
        std = QKeySequence.StandardKey
        self.new = self._make(translate("MainWindow", "&New lead…"), "Ctrl+N")
        self.sample = self._make(translate("MainWindow", "Open &sample data"))
        self.own = self._make(translate("Files", "Back to &my file"))
        self.new_file = self._make(translate("Files", "New &database…"))
        self.open_file = self._make(translate("Files", "&Open…"), QKeySequence.StandardKey.Open)
        self.backup = self._make(translate("Files", "&Back up now…"))
        self.show_folder = self._make(translate("Files", "Show in &folder"))
        self.import_ = self._make(translate("MainWindow", "&Import…"), "Ctrl+I")
        self.export = self._make(translate("MainWindow", "&Export…"), "Ctrl+E")
        self.quit = self._make(translate("MainWindow", "&Quit"), std.Quit)
        self.undo = self._make(translate("MainWindow", "&Undo"), std.Undo)
        self.redo = self._make(translate("MainWindow", "&Redo"), "Ctrl+Shift+Z")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find = self._make(translate("MainWindow", "&Find…"), "Ctrl+F")
        self.refresh = self._make(translate("MainWindow", "&Refresh"), std.Refresh)
        self.clear = self._make(translate("MainWindow", "&Clear search and filters"))
        self.open = self._make(translate("MainWindow", "&Open deal"))
        self.right = self._make(translate("MainWindow", "Move to &next stage"), "Ctrl+Right")
        self.left = self._make(translate("MainWindow", "Move to &previous stage"), "Ctrl+Left")
        self.won = self._make(translate("MainWindow", "Mark &won…"))
        self.lost = self._make(translate("MainWindow", "Mark &lost…"))
        self.archive = self._make(translate("MainWindow", "&Archive"), std.Delete)
        self.new_quote = self._make(translate("MainWindow", "New &quote…"), "Ctrl+Shift+Q")
        self.export_quote = self._make(translate("MainWindow", "E&xport latest quote as PDF…"))
        self.print_quote = self._make(translate("MainWindow", "P&rint latest quote…"))
        self.catalog = self._make(translate("MainWindow", "Product &catalog…"))
        self.company = self._make(translate("MainWindow", "&Company profile…"))
        self.qualification = self._make(translate("MainWindow", "&Qualification criteria…"))
        self.scoring = self._make(translate("MainWindow", "&Scoring…"))
        self.pipeline = self._make(translate("MainWindow", "&Pipeline…"))
        self.nurture_plans = self._make(translate("MainWindow", "&Nurturing plans…"))
        self.enrol = self._make(translate("MainWindow", "E&nrol in a nurturing plan…"))
        self.stop_nurture = self._make(translate("MainWindow", "S&top nurturing"))
        self.currencies = self._make(translate("MainWindow", "C&urrencies…"))
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = self._make(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            self.language_group.addAction(action)
            self.languages[code] = action
        self.guide = self._make(
            translate("Help", "&User guide"), QKeySequence.StandardKey.HelpContents
        )
        self.keys = self._make(translate("MainWindow", "&Keyboard shortcuts"))
        self.about = self._make(translate("MainWindow", "&About CRM Desk"))
        for action in (self.right, self.left, self.archive):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _make(self, text: str, shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self._window.addAction(action)
        return action

    @staticmethod
    def connect(action: QAction, slot: Callable[[], object]) -> None:
        """Run ``slot`` when ``action`` is triggered."""
        action.triggered.connect(lambda _checked=False: slot())

    def card_actions(self) -> list[QAction | None]:
        """The card menu's actions (``None`` for a separator)."""
        return [
            self.open,
            None,
            self.right,
            self.left,
            self.won,
            self.lost,
            None,
            self.new_quote,
            self.export_quote,
            self.print_quote,
            None,
            self.enrol,
            self.stop_nurture,
            None,
            self.archive,
        ]

    def enable_all(self) -> None:
        """Enable every deal action again (each does nothing where it does not apply)."""
        for action in (self.open, self.right, self.left, self.won, self.lost, self.archive,
                       self.new_quote, self.export_quote, self.print_quote):  # fmt: skip
            action.setEnabled(True)

    def enable_for(self, stage: Stage | None) -> None:
        """Enable what makes sense for a card in ``stage`` (None: no card selected)."""
        selected = stage is not None
        for action in (self.open, self.won, self.lost, self.archive, self.new_quote,
                       self.export_quote, self.print_quote):  # fmt: skip
            action.setEnabled(selected)
        working = (Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY)
        self.right.setEnabled(stage in working[:-1])
        self.left.setEnabled(stage in working[1:])
        self.won.setEnabled(stage in working)
        self.lost.setEnabled(stage in working)
