"""The toolbar's search box and filters, as one widget that says which deals to show."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from crmdesk.domain.board import BoardFilter
from crmdesk.domain.enums import Temperature
from crmdesk.gui.board.card_delegate import temperature_name
from crmdesk.gui.widgets import ChoiceCombo, ElidedCombo
from crmdesk.services import Services

SEARCH_DELAY_MS = 120


class FilterBar(QWidget):
    """Search, temperature, source, owner, stale and overdue: ``filter_changed`` after each
    change (typing waits for a pause)."""

    filter_changed = Signal(object)  # BoardFilter

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search deals, people, companies, email, phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply)
        self.temperature = ElidedCombo(11)
        self.temperature.setAccessibleName(self.tr("Temperature"))
        self.temperature.addItem(self.tr("Any temperature"), None)
        for t in (Temperature.HOT, Temperature.WARM, Temperature.COLD):
            self.temperature.addItem(temperature_name(t).capitalize(), t.value)
        self.source = ChoiceCombo(self.tr("Any source"), lambda: services.board.choices().sources)
        self.source.setAccessibleName(self.tr("Source"))
        self.owner = ChoiceCombo(self.tr("Any owner"), lambda: services.board.choices().owners)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.stale = QCheckBox(self.tr("Stale"))
        self.overdue = QCheckBox(self.tr("Overdue"))
        self._only: frozenset[int] | None = None
        self.only = QToolButton()  # "Imported deals ✕": the board shows just those deals
        self.only.setObjectName("onlyDeals")
        self.only.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.only.setToolTip(self.tr("Show every deal again"))
        self.only.clicked.connect(lambda: self.show_only(None))
        self.only.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.only)
        layout.addWidget(self.search, 1)
        for combo in (self.temperature, self.source, self.owner):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
            layout.addWidget(combo)
        for box in (self.stale, self.overdue):
            box.toggled.connect(lambda _c: self.apply())
            layout.addWidget(box)

    def current(self) -> BoardFilter:
        """The filter the bar describes."""
        temperature = self.temperature.currentData()
        return BoardFilter(
            search=self.search.text(),
            temperature=Temperature(temperature) if temperature else None,
            source=self.source.currentData(),
            owner=self.owner.currentData(),
            stale_only=self.stale.isChecked(),
            overdue_only=self.overdue.isChecked(),
            deal_ids=self._only,
        )

    def show_only(self, ids: list[int] | None, what: str = "") -> None:
        """Show just the deals ``ids`` (named ``what`` on the button that ends it), or all."""
        self._only = None if ids is None else frozenset(ids)
        self.only.setText(f"{what} ✕")
        self.only.setVisible(ids is not None)
        self.apply()

    @Slot()
    def apply(self) -> None:
        """Announce the filter now (no waiting for a pause in typing)."""
        self._timer.stop()
        self.filter_changed.emit(self.current())

    @Slot()
    def clear(self) -> None:
        """Show everything again."""
        widgets = (self.temperature, self.source, self.owner, self.stale, self.overdue)
        for widget in (*widgets, self.search):
            widget.blockSignals(True)
        for combo in (self.temperature, self.source, self.owner):
            combo.setCurrentIndex(0)
        for box in (self.stale, self.overdue):
            box.setChecked(False)
        self.search.clear()
        for widget in (*widgets, self.search):
            widget.blockSignals(False)
        self._only = None
        self.only.hide()
        self.apply()

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def copy_from(self, other: FilterBar) -> None:
        """Take ``other``'s search and filters (a window rebuilt in another language)."""
        self.search.setText(other.search.text())
        for mine, theirs in ((self.source, other.source), (self.owner, other.owner)):
            mine.refill()
            mine.setCurrentIndex(max(0, mine.findData(theirs.currentData())))
        self.temperature.setCurrentIndex(other.temperature.currentIndex())
        self.stale.setChecked(other.stale.isChecked())
        self.overdue.setChecked(other.overdue.isChecked())
        self._timer.stop()

    def restore(self, settings: QSettings) -> None:
        """The filters remembered from last time (not the search)."""
        for widget in (self.stale, self.overdue, self.temperature):
            widget.blockSignals(True)
        self.stale.setChecked(bool(settings.value("board/stale", False, type=bool)))
        self.overdue.setChecked(bool(settings.value("board/overdue", False, type=bool)))
        temperature = settings.value("board/temperature", None)
        self.temperature.setCurrentIndex(max(0, self.temperature.findData(temperature)))
        for widget in (self.stale, self.overdue, self.temperature):
            widget.blockSignals(False)

    def save(self, settings: QSettings) -> None:
        """Remember the filters."""
        settings.setValue("board/stale", self.stale.isChecked())
        settings.setValue("board/overdue", self.overdue.isChecked())
        settings.setValue("board/temperature", self.temperature.currentData())
