"""A new lead's contact email and phone: two fields (and their error labels) below the contact
of the deal form."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from crmdesk.gui.language import translate


def add_contact_channels(form: QWidget, error_style: str) -> None:
    """Insert ``contactEmailEdit`` and ``contactPhoneEdit`` (with ``contact…Error`` labels)
    right after the contact's hint in the deal form."""
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    hint = form.findChild(QLabel, "contactHint")
    assert hint is not None
    position: tuple[int, QFormLayout.ItemRole] = layout.getWidgetPosition(hint)  # type: ignore[assignment]  # the stub says object
    row = position[0] + 1
    fields = (
        (
            "Email",
            translate("DealDialog", "Contact's &email:"),
            translate("DealDialog", "name@example.com"),
        ),
        (
            "Phone",
            translate("DealDialog", "Contact's p&hone:"),
            translate("DealDialog", "e.g. 0903 111 222"),
        ),
    )
    for n, (key, label, placeholder) in enumerate(fields):
        edit = QLineEdit()
        edit.setObjectName(f"contact{key}Edit")
        edit.setPlaceholderText(placeholder)
        caption = QLabel(label)
        caption.setObjectName(f"contact{key}Label")
        caption.setBuddy(edit)
        error = QLabel()
        error.setObjectName(f"contact{key}Error")
        error.setStyleSheet(error_style)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setVisible(False)
        layout.insertRow(row + 2 * n, caption, edit)
        layout.insertRow(row + 2 * n + 1, "", error)
    order = [form.findChild(QWidget, n) for n in ("contactBox", "contactEmailEdit",
                                                   "contactPhoneEdit", "valueEdit")]  # fmt: skip
    for first, second in pairwise(order):
        if first is not None and second is not None:
            QWidget.setTabOrder(first, second)
