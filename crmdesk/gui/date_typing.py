"""Date fields that take a typed date: ``01/01/2020``, ``1/1/2020``, ``01012020`` or ``15``.

Qt's own QDateEdit gets three things wrong for a person typing: a separator typed after a
section that filled itself (``01`` then ``/``) skips the next section; a digit typed where a click
left the cursor inside a section is refused; and a day the month cannot hold *yet* (``31`` while
the field still says November) is cut to the month's last day and stays cut once ``12`` is typed.
:class:`DateTyping` fixes the three around Qt's own editing, which does the rest (arrows, the
calendar pop-up, Backspace).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

from crmdesk.gui.formatting import date_format, date_time_format

SEPARATORS = frozenset("/.-: ,")
_Section = QDateTimeEdit.Section


def typed_dates(edit: QDateTimeEdit, *, with_time: bool = False) -> QDateTimeEdit:
    """Give ``edit`` the interface language's date format, a calendar pop-up and typing that
    works; returns ``edit``."""
    edit.setDisplayFormat(date_time_format() if with_time else date_format())
    edit.setCalendarPopup(True)
    if edit.findChild(DateTyping) is None:
        DateTyping(edit)
    return edit


def picked_date(edit: QDateTimeEdit) -> date:
    """The date ``edit`` shows, as a Python ``date``."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def picked_datetime(edit: QDateTimeEdit) -> datetime:
    """The date and time ``edit`` shows, as a naive local Python ``datetime``."""
    moment = edit.dateTime().toPython()  # typed ``object`` by PySide6
    assert isinstance(moment, datetime)
    return moment


class DateTyping(QObject):
    """Watches a date field's keys: each section takes digits from its start, a separator moves
    on (unless the section already did), and the day typed survives the month typed after it."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._forwarding = False
        self._section = -1  # the section the digits typed so far went into
        self._digits = ""
        self._advanced = False  # the last digit filled its section and Qt moved on
        self._day: int | None = None  # the day as typed, before Qt cut it to the month
        edit.installEventFilter(self)

    def _reset(self) -> None:
        self._section, self._digits, self._advanced, self._day = -1, "", False, None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Handle digits and separators; leave every other event to Qt."""
        if self._forwarding:
            return False
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._reset()
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if len(text) == 1 and text.isascii() and text.isdigit():
            self._digit(event)
            return True
        advanced, self._advanced = self._advanced, False
        if len(text) == 1 and text in SEPARATORS:
            self._separator(advanced)
            return True
        self._section = -1  # any other key (arrows, Backspace) starts the section afresh
        return False

    def _digit(self, event: QKeyEvent) -> None:
        edit = self._edit
        index = edit.currentSectionIndex()
        if index != self._section:
            # The first digit in a section replaces it, wherever a click left the cursor.
            self._section, self._digits = index, ""
            edit.setSelectedSection(edit.sectionAt(index))
        self._digits += event.text()
        if edit.sectionAt(index) == _Section.DaySection:
            self._day = int(self._digits) or None
        self._forwarding = True
        try:
            QCoreApplication.sendEvent(edit, event)  # Qt's own editing
        finally:
            self._forwarding = False
        self._advanced = edit.currentSectionIndex() != index
        self._restore_day()

    def _separator(self, advanced: bool) -> None:
        edit = self._edit
        index = edit.currentSectionIndex()
        self._section = -1
        if advanced or index >= edit.sectionCount() - 1:
            return  # the section filled itself and moved on already
        edit.setCurrentSectionIndex(index + 1)
        edit.setSelectedSection(edit.sectionAt(index + 1))

    def _restore_day(self) -> None:
        """Put back the day typed once the month and year typed after it can hold it."""
        edit, day = self._edit, self._day
        shown = edit.date()
        if not day or day == shown.day() or not QDate.isValid(shown.year(), shown.month(), day):
            return
        if edit.text() != edit.dateTime().toString(edit.displayFormat()):
            return  # a section is half typed (a year of two digits)
        index = edit.currentSectionIndex()
        edit.setDate(QDate(shown.year(), shown.month(), day))
        edit.setCurrentSectionIndex(index)
        edit.setSelectedSection(edit.sectionAt(index))
