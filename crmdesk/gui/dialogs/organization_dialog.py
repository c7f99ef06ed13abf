"""An organization whole: name, tax code, industry, size, region, address, website, phone, email
and notes, edited in one undoable step; its people, deals, quotes and timeline beside."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from crmdesk.domain.entities import Organization
from crmdesk.domain.text import nfc_or_none
from crmdesk.gui.dialogs.party_dialog import PartyDialog, notes_edit
from crmdesk.gui.dialogs.party_tabs import add_related_tabs
from crmdesk.services import Services

FIELDS = (
    "name",
    "tax_code",
    "industry",
    "size",
    "region",
    "address",
    "website",
    "phone",
    "email",
    "notes",
)


def _size(text: str) -> int | str | None:
    """A typed size: a number, nothing, or the text itself (which the service refuses)."""
    text = text.strip().replace(".", "").replace(",", "").replace("\u00a0", "")
    if not text:
        return None
    return int(text) if text.isdigit() else text


class OrganizationDialog(PartyDialog):
    """Create an organization (``org_id`` None) or edit one; Save writes every change in one
    transaction (one undo step), Cancel or Esc writes nothing."""

    def __init__(
        self,
        services: Services,
        org_id: int | None,
        parent: QWidget | None = None,
        open_deal: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        details = services.people.organization_details(org_id) if org_id is not None else None
        self.organization: Organization | None = details.organization if details else None
        self.setWindowTitle(
            self.tr("New organization")
            if self.organization is None
            else self.tr("Organization — %1").replace("%1", self.organization.name)
        )
        choices = services.people.choices()
        self.edits: dict[str, Any] = {}
        for key, label in (
            ("name", self.tr("&Name:")),
            ("tax_code", self.tr("&Tax code:")),
            ("industry", self.tr("&Industry:")),
            ("size", self.tr("Si&ze (people):")),
            ("region", self.tr("&Region:")),
            ("address", self.tr("&Address:")),
            ("website", self.tr("&Website:")),
            ("phone", self.tr("&Phone:")),
            ("email", self.tr("&Email:")),
            ("notes", self.tr("N&otes:")),
        ):
            widget: Any
            if key in ("industry", "region"):
                widget = QComboBox()
                widget.setEditable(True)
                known = choices.industries if key == "industry" else choices.regions
                widget.addItems(["", *known])
            elif key in ("address", "notes"):
                widget = notes_edit(2 if key == "address" else 4)
            else:
                widget = QLineEdit()
            self.edits[key] = widget
            self.add_field(key, label, widget)
        self.edits["size"].setMaximumWidth(140)
        self._show()
        if details is not None:
            self.tables = add_related_tabs(self.tabs, details, open_deal)
        self.edits["name"].setFocus()

    def _show(self) -> None:
        o = self.organization
        if o is None:
            return
        for key in FIELDS:
            value = getattr(o, key)
            text = "" if value is None else str(value)
            widget = self.edits[key]
            if isinstance(widget, QComboBox):
                widget.setEditText(text)
            elif isinstance(widget, QLineEdit):
                widget.setText(text)
            else:
                widget.setPlainText(text)

    def _text(self, key: str) -> str:
        widget = self.edits[key]
        if isinstance(widget, QComboBox):
            return str(widget.currentText())
        if isinstance(widget, QLineEdit):
            return str(widget.text())
        return str(widget.toPlainText())

    def collect(self) -> dict[str, Any]:
        """The form's values as the organization service takes them."""
        values: dict[str, Any] = {
            k: _size(self._text(k)) if k == "size" else nfc_or_none(self._text(k)) for k in FIELDS
        }
        values["name"] = values["name"] or ""
        return values

    def write(self, values: dict[str, Any]) -> int | None:
        """Create the organization, or change what differs from the one shown."""
        orgs = self.services.organizations
        if self.organization is None:
            return orgs.create(values.pop("name"), **values).id
        o = self.organization
        changed = {k: v for k, v in values.items() if getattr(o, k) != v}
        if not changed:
            return o.id
        return orgs.update(o.id, **changed).id
