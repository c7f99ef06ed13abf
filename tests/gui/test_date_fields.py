"""Dates are typed as they read, in each language's one format, with real keys and clicks.

The deal dialog's expected close and the activity tab's follow-up are driven with QTest key and
mouse events (the way Qt's own date editing went wrong for a person typing), then checked in
the database; a date in the past is saved, with a warning beside the field.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, Qt, QTime
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QDialogButtonBox
from pytestqt.qtbot import QtBot

import crmdesk.gui.board.card_delegate as cards
from crmdesk.domain.enums import ActivityKind
from crmdesk.gui.board.card_delegate import CardDelegate
from crmdesk.gui.date_typing import typed_dates
from crmdesk.gui.dialogs.deal_editor import DealDialog
from crmdesk.gui.formatting import date_format, local_date
from crmdesk.gui.language import current_language, install_language
from crmdesk.services import Services
from tests.gui.conftest import scratch_settings
from tests.integration.helpers import make_lead


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The interface language of the test (``en`` unless parametrized), restored after it."""
    before, locale = current_language(), QLocale()
    chosen = getattr(request, "param", "en")
    install_language(chosen)
    yield chosen
    install_language(before)
    QLocale.setDefault(locale)


def click_section(qtbot: QtBot, edit: QDateTimeEdit, section: int) -> None:
    """Click inside a section of the field, after its last digit, as a mouse user would."""
    line = edit.lineEdit()
    text = line.text()
    starts = [0] + [i + 1 for i, ch in enumerate(text) if not ch.isdigit()]
    end = next((i for i in range(starts[section], len(text)) if not text[i].isdigit()), len(text))
    x = line.cursorRect().left() + line.fontMetrics().horizontalAdvance(text[:end]) - 1
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(max(x, 1), line.height() // 2))


def open_deal(qtbot: QtBot, services: Services, clock, deal_id: int | None = None) -> DealDialog:  # type: ignore[no-untyped-def]
    dialog = DealDialog(services, deal_id, None, clock, scratch_settings())
    qtbot.addWidget(dialog)
    dialog.resize(760, 560)
    dialog.show()
    return dialog


def close_field(dialog: DealDialog) -> QDateEdit:
    edit = dialog.field("closeDate", QDateEdit)
    assert isinstance(edit, QDateEdit)
    return edit


def save(qtbot: QtBot, dialog: DealDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("vi", "01/01/2020", date(2020, 1, 1)),  # Qt made 01/12/00001/2020 of it
        ("vi", "1/1/2020", date(2020, 1, 1)),
        ("vi", "01012020", date(2020, 1, 1)),
        ("vi", "31/12/2027", date(2027, 12, 31)),  # 31 typed while the field says November
        ("vi", "29/2/2028", date(2028, 2, 29)),
        ("vi", "3.4.2027", date(2027, 4, 3)),
        ("en", "04/06/2027", date(2027, 4, 6)),  # month first in English
        ("en", "2/29/2028", date(2028, 2, 29)),
        ("en", "12-31-2027", date(2027, 12, 31)),
    ],
    indirect=["language"],
)
def test_a_typed_expected_close_is_saved_as_typed(
    qtbot: QtBot, services: Services, clock, language: str, typed: str, expected: date
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = open_deal(qtbot, services, clock, deal.id)
    qtbot.mouseClick(dialog.field("closeCheck", QCheckBox), Qt.MouseButton.LeftButton)
    edit = close_field(dialog)
    assert edit.displayFormat() == {"vi": "dd/MM/yyyy", "en": "MM/dd/yyyy"}[language]
    assert edit.calendarPopup()
    click_section(qtbot, edit, 0)
    qtbot.keyClicks(edit, typed)
    assert edit.date().toPython() == expected
    save(qtbot, dialog)
    assert dialog.result() == DealDialog.DialogCode.Accepted
    assert services.deals.get(deal.id).expected_close == expected


def test_digits_typed_where_a_click_left_the_cursor_replace_the_day(
    qtbot: QtBot, services: Services, clock, language: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_deal(qtbot, services, clock)
    qtbot.mouseClick(dialog.field("closeCheck", QCheckBox), Qt.MouseButton.LeftButton)
    edit = close_field(dialog)
    edit.setDate(QDate(2027, 3, 3))
    click_section(qtbot, edit, 1)  # English: the day is the second section
    qtbot.keyClicks(edit, "15")
    assert edit.date() == QDate(2027, 3, 15)
    click_section(qtbot, edit, 2)
    qtbot.keyClicks(edit, "2029")
    assert edit.date() == QDate(2029, 3, 15)


def test_a_past_expected_close_is_saved_with_a_warning_beside_it(
    qtbot: QtBot, services: Services, clock
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = open_deal(qtbot, services, clock, deal.id)
    assert dialog.close_warning_text() == ""
    qtbot.mouseClick(dialog.field("closeCheck", QCheckBox), Qt.MouseButton.LeftButton)
    assert dialog.close_warning_text() == ""  # a month ahead by default
    edit = close_field(dialog)
    click_section(qtbot, edit, 0)
    qtbot.keyClicks(edit, "01/01/2020")
    assert dialog.close_warning_text() == "This date is in the past; it is saved as it is."
    save(qtbot, dialog)
    assert dialog.result() == DealDialog.DialogCode.Accepted
    assert services.deals.get(deal.id).expected_close == date(2020, 1, 1)
    qtbot.keyClick(edit, Qt.Key.Key_Down)  # unticked, or moved ahead, the warning goes
    qtbot.mouseClick(dialog.field("closeCheck", QCheckBox), Qt.MouseButton.LeftButton)
    assert dialog.close_warning_text() == ""


@pytest.mark.parametrize("language", ["vi", "en"], indirect=True)
def test_a_follow_up_typed_in_the_due_field_is_scheduled_then(
    qtbot: QtBot, services: Services, clock, language: str
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = open_deal(qtbot, services, clock, deal.id)
    tab = dialog.activities
    dialog.tabs.setCurrentWidget(tab)
    tab.choose("schedule", ActivityKind.CALL, "Call back about the quote")
    assert tab.due.displayFormat() == date_format() + " HH:mm"
    typed = {"vi": "15/12/2026 14:30", "en": "12/15/2026 14:30"}[language]
    click_section(qtbot, tab.due, 0)
    qtbot.keyClicks(tab.due, typed)
    assert not tab.due_warning.isVisible()
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    (planned,) = [a for a in services.activities.for_deal(deal.id) if a.due_at is not None]
    local = datetime(2026, 12, 15, 14, 30).astimezone()
    assert planned.due_at == local.astimezone(UTC)
    assert tab.table.item(0, 2).text() == local_date(local)


def test_typing_fifteen_into_the_due_day_sets_the_fifteenth(
    qtbot: QtBot, services: Services, clock
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = open_deal(qtbot, services, clock, deal.id)
    tab = dialog.activities
    dialog.tabs.setCurrentWidget(tab)
    tab.choose("schedule", ActivityKind.TASK)
    tab.due.setDateTime(QDateTime(QDate(2026, 11, 3), QTime(9, 0)))
    day = 1 if date_format().startswith("MM") else 0
    click_section(qtbot, tab.due, day)
    qtbot.keyClicks(tab.due, "15")
    assert tab.due.dateTime() == QDateTime(QDate(2026, 11, 15), QTime(9, 0))


def test_a_follow_up_in_the_past_is_scheduled_with_a_warning(
    qtbot: QtBot, services: Services, clock
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    dialog = open_deal(qtbot, services, clock, deal.id)
    tab = dialog.activities
    dialog.tabs.setCurrentWidget(tab)
    tab.choose("schedule", ActivityKind.CALL, "Should have called")
    assert not tab.due_warning.isVisible()  # tomorrow 09:00 by default
    click_section(qtbot, tab.due, 2)
    qtbot.keyClicks(tab.due, "2025")
    assert tab.due_warning.isVisible()
    assert tab.due_warning.text() == "This time is past: the follow-up will show as overdue."
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    planned = [a for a in services.activities.for_deal(deal.id) if a.due_at is not None]
    assert [a.subject for a in planned] == ["Should have called"]
    assert planned[0].due_at < clock()
    assert not tab.error.isVisible()


@pytest.mark.parametrize("language", ["vi", "en"], indirect=True)
def test_fields_cards_and_tables_write_a_date_the_same_way(
    qtbot: QtBot, services: Services, clock, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    deal = make_lead(services)
    due = datetime(2027, 4, 6, 9, 0).astimezone().astimezone(UTC)
    services.activities.schedule(deal.id, ActivityKind.CALL, "Call", due)
    shown = {"vi": "06/04/2027", "en": "04/06/2027"}[language]
    assert local_date(due) == shown
    edit = typed_dates(QDateEdit())
    qtbot.addWidget(edit)
    edit.setDate(QDate(2027, 4, 6))
    assert edit.text() == shown
    dialog = open_deal(qtbot, services, clock, deal.id)
    assert dialog.activities.table.item(0, 2).text() == shown
    card = services.board.column("lead")[0]
    painted: list[str] = []
    monkeypatch.setattr(cards, "_elided", lambda _p, _r, text, _f, _a=None: painted.append(text))
    image = QImage(400, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    CardDelegate(clock=clock)._next_action(painter, image.rect(), card, painter.font())
    painter.end()
    assert painted == [f"→ Call · {shown}"]
