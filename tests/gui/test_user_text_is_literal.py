"""What the user typed is shown as typed: a title like ``<font size=40>`` stays small text and
``<img src=…>`` loads no picture, in labels, tooltips and message boxes alike.

Each label's height for a given width tells: laid out as rich text, the font tag makes the line
three times as tall and the image (a real 400 × 400 PNG) four hundred pixels.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import ActivityKind, Stage
from crmdesk.gui.dialogs.deal_editor import DealDialog
from crmdesk.gui.dialogs.gate_dialog import GateDialog
from crmdesk.gui.dialogs.reasons import BackwardDialog, LostDialog
from crmdesk.gui.message_boxes import plain_box
from crmdesk.gui.transfer.import_wizard import ImportWizard
from crmdesk.gui.widgets import plain_label, plain_tooltip
from crmdesk.services import Services
from tests.gui.conftest import scratch_settings

BIG = "<font size=40>BIG</font>"


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "x.png"
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(path))
    return path


@pytest.fixture
def markup(picture: Path) -> list[str]:
    return [BIG, f'<img src="{picture}"/>']


def assert_literal(label: QLabel, text: str) -> None:
    """The label shows ``text`` as characters, one line high."""
    assert text in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    one_line = label.fontMetrics().height()
    height = label.heightForWidth(4000) if label.wordWrap() else label.sizeHint().height()
    assert height <= 2 * one_line


def labels_showing(widget: QWidget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def test_the_tests_measure_rich_text_as_taller(picture: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """The height check above can fail: the same texts as rich text are tall."""
    for text in (BIG, f'<img src="{picture}"/>'):
        label = QLabel(f"Moving “{text}”")
        label.setWordWrap(True)
        assert label.heightForWidth(4000) > 2 * label.fontMetrics().height()
        label.setWordWrap(False)
        assert label.sizeHint().height() > 2 * label.fontMetrics().height()


def test_the_deal_dialog_shows_markup_in_names_and_errors_as_typed(
    qtbot: QtBot, services: Services, markup: list[str]
) -> None:
    for text in markup:
        deal = services.deals.create(f"{text} POS", 1_000, "VND")
        dialog = DealDialog(services, deal.id, None, None, scratch_settings())
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == f"Deal — {text} POS"
        dialog.field("organizationBox", object).lineEdit().setText(text)
        (hint,) = labels_showing(dialog, "will be created")
        assert_literal(hint, text)
        dialog.field("valueEdit", object).setText(text)
        dialog.accept()
        error = dialog.field("valueError", QLabel)
        assert_literal(error, text)


def test_gate_and_reason_dialogs_quote_the_title_literally(
    qtbot: QtBot, services: Services, markup: list[str]
) -> None:
    for text in markup:
        deal = services.deals.create(text, 1_000, "VND")
        views = services.pipeline.gates_for(deal.id, Stage.PROSPECT)
        dialogs = [
            GateDialog([deal.title], views),
            BackwardDialog([deal.title], "Lead"),
            LostDialog([deal.title], services.settings.lost_reasons()),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            (intro,) = labels_showing(dialog, text)
            assert_literal(intro, text)


def test_a_note_with_markup_is_a_literal_tooltip(
    qtbot: QtBot, services: Services, markup: list[str]
) -> None:
    deal = services.deals.create("Hoa Sen", 1_000, "VND")
    for text in markup:
        services.activities.log(deal.id, ActivityKind.NOTE, "Ghi chú", note=text)
    dialog = DealDialog(services, deal.id, None, None, scratch_settings())
    qtbot.addWidget(dialog)
    tips = {dialog.activities.table.item(r, 1).toolTip() for r in range(2)}
    assert tips == {plain_tooltip(t) for t in markup}
    assert all(html.escape(t) in plain_tooltip(t) and t not in plain_tooltip(t) for t in markup)


def test_the_import_wizard_shows_the_files_text_literally(
    qtbot: QtBot, services: Services, tmp_path: Path, picture: Path
) -> None:
    image = f'<img src="{picture}"/>'
    source = tmp_path / "khach.csv"
    source.write_text(f"Họ tên,Giai đoạn\n{image},{BIG}\n", encoding="utf-8")
    wizard = ImportWizard(services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    cell = wizard.mapping_page.table.item(1, 0)
    assert cell.text() == image and cell.toolTip() == plain_tooltip(image)
    wizard.next()
    (becomes,) = labels_showing(wizard.options_page, BIG)
    assert_literal(becomes, BIG)
    missing = tmp_path / f"{BIG}.csv"
    wizard.back()
    wizard.back()
    wizard.file_page.path_edit.setText(str(missing))
    wizard.next()
    assert_literal(wizard.file_page.problem, BIG)


def test_message_boxes_and_shared_labels_are_plain(qapp, markup: list[str]) -> None:  # type: ignore[no-untyped-def]
    for text in markup:
        box = plain_box(None, QMessageBox.Icon.Question, "CRM Desk", f"Delete “{text}”?")
        assert box.textFormat() == Qt.TextFormat.PlainText and text in box.text()
        assert_literal(plain_label(f"“{text}”", wrap=True), text)
