"""What the contact and organization dialogs share: a form whose every field has its error
sentence right below it, tabs for what is linked, Save (Ctrl+Enter) and Cancel (Esc)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import DomainError, ValidationError
from crmdesk.gui.messages import error_text

ERROR_STYLE = "color: #c92a2a;"
WRONG_STYLE = "border: 1px solid #c92a2a;"


def notes_edit(lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text (Tab moves on, as in the other fields)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class PartyDialog(QDialog):
    """A form of fields, each with an error label below it (``<key>Error``); nothing is
    written until :meth:`write` succeeds, and it writes in one service call, one transaction
    and one undo step. Subclasses fill the form and define :meth:`collect` and :meth:`write`."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self.saved_id: int | None = None
        self.form_page = QWidget()
        self.form = QFormLayout()
        page_layout = QVBoxLayout(self.form_page)
        page_layout.addLayout(self.form)
        page_layout.addStretch(1)  # spare height below the fields, not between them
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_page)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("De&tails"))
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.resize(700, 560)

    def add_field(self, key: str, label: str, widget: QWidget, also: Iterable[str] = ()) -> QWidget:
        """A row ``label: widget`` and its (hidden) error label; errors about ``key`` or any
        of ``also`` are shown there."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setObjectName(f"{key}Edit")
        self.form.addRow(caption, widget)
        error = QLabel()
        error.setObjectName(f"{key}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        error.setMinimumWidth(320)
        error.setVisible(False)
        self.form.addRow("", error)
        for name in (key, *also):
            self.errors[name] = error
            self.editors[name] = widget
        return widget

    # -- saving ---------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        """The form's values (raise ValidationError for what the form can tell alone)."""
        raise NotImplementedError

    def write(self, values: dict[str, Any]) -> int | None:
        """Write ``values`` in one service call; the id saved (None: nothing to write)."""
        raise NotImplementedError

    def save(self) -> bool:
        """Validate and write; on any error show it beside its field and write nothing."""
        self.clear_errors()
        try:
            saved = self.write(self.collect())
        except ValidationError as error:
            self.show_error(error.field, error_text(error))
            return False
        except DomainError as error:
            self.show_error(None, error_text(error))
            return False
        self.saved_id = saved
        return True

    @Slot()
    def accept(self) -> None:
        """Save, and close only if it worked."""
        if self.save():
            super().accept()

    # -- errors ---------------------------------------------------------------------------------

    def show_error(self, field: str | None, message: str) -> None:
        """Put ``message`` below the field it is about (or under the form) and go there."""
        label = self.errors.get(field or "")
        if label is None:
            self.form_error.setText(message)
            self.form_error.setVisible(True)
            return
        label.setText(message)
        label.setVisible(True)
        self.tabs.setCurrentIndex(0)
        editor = self.editors[field or ""]
        mark = getattr(editor, "mark", None)
        if callable(mark):
            mark(True)
        elif isinstance(editor, QLineEdit | QPlainTextEdit):
            editor.setStyleSheet(WRONG_STYLE)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str | None = None) -> str:
        """The sentence shown below ``field`` (under the form when None); "" when none."""
        label = self.errors.get(field or "", self.form_error)
        return label.text() if label.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        """Hide every error sentence and unmark the fields."""
        for field, label in self.errors.items():
            label.setVisible(False)
            editor = self.editors[field]
            mark = getattr(editor, "mark", None)
            if callable(mark):
                mark(False)
            elif isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setStyleSheet("")
        self.form_error.setVisible(False)
