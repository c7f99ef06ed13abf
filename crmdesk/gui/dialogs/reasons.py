"""The reasons a move asks for: why a deal goes back, and why it was lost."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.entities import LostReason
from crmdesk.gui.messages import label_text
from crmdesk.gui.widgets import plain_label


def submit_with_ctrl_enter(dialog: QDialog) -> None:
    """Ctrl+Enter (either Enter key) presses OK, also from inside a multi-line note, where a
    plain Enter starts a new line."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(dialog.accept)


def _titles_text(titles: Sequence[str], one: str, many: str) -> str:
    return (
        one.replace("%1", titles[0]) if len(titles) == 1 else many.replace("%1", str(len(titles)))
    )


class BackwardDialog(QDialog):
    """Asks why deals move back (disqualified or reopened); OK needs a reason."""

    def __init__(self, titles: Sequence[str], target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move back to %1").replace("%1", target))
        intro = plain_label(
            _titles_text(
                titles,
                self.tr("Why does “%1” go back?"),
                self.tr("Why do these %1 deals go back?"),
            ),
            wrap=True,
        )
        intro.setObjectName("backwardIntro")
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("A short reason, kept in the deal's history"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.textChanged.connect(self._update)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move back"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        submit_with_ctrl_enter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(440, 220)
        self._update()

    def set_reason(self, text: str) -> None:
        """Type a reason."""
        self.reason.setPlainText(text)

    def note(self) -> str | None:
        """The reason given."""
        return self.reason.toPlainText().strip() or None

    @Slot()
    def accept(self) -> None:
        """Close with OK only when there is a reason."""
        if self.note():
            super().accept()

    @Slot()
    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.note()))


class LostDialog(QDialog):
    """Asks why deals were lost: a reason from the list, with a note where the reason needs one."""

    def __init__(
        self, titles: Sequence[str], reasons: Sequence[LostReason], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as lost"))
        self._reasons = list(reasons)
        intro = plain_label(
            _titles_text(
                titles, self.tr("Why was “%1” lost?"), self.tr("Why were these %1 deals lost?")
            ),
            wrap=True,
        )
        intro.setObjectName("lostIntro")
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in self._reasons:
            self.reason.addItem(label_text(reason.label), reason.key)
        self.reason.currentIndexChanged.connect(self._update)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.textChanged.connect(self._update)
        self.hint = QLabel()
        self.hint.setObjectName("lostHint")
        self.hint.setStyleSheet("color: #667085;")
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark &lost"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        submit_with_ctrl_enter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(460, 260)
        self._update()

    def choose(self, key: str, note: str = "") -> None:
        """Pick a reason by key, with a note."""
        self.reason.setCurrentIndex(max(0, self.reason.findData(key)))
        self.note_edit.setPlainText(note)

    def choice(self) -> tuple[str, str | None] | None:
        """The reason key and note, once they are complete."""
        key = self.reason.currentData()
        if key is None:
            return None
        note = self.note_edit.toPlainText().strip() or None
        needs_note = next((r.needs_note for r in self._reasons if r.key == key), False)
        if needs_note and not note:
            return None
        return key, note

    @Slot()
    def accept(self) -> None:
        """Close with OK only when the reason is complete."""
        if self.choice() is not None:
            super().accept()

    @Slot()
    def _update(self) -> None:
        key = self.reason.currentData()
        needs_note = next((r.needs_note for r in self._reasons if r.key == key), False)
        self.hint.setText(self.tr("This reason needs a note.") if needs_note else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.choice() is not None
        )
