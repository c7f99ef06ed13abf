"""A contact whole: name, organization, job title, decision role, labelled emails and phones,
address and notes, edited in one undoable step; their deals, quotes and timeline beside."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from crmdesk.domain.entities import Contact
from crmdesk.domain.enums import DecisionRole
from crmdesk.domain.people import EMAIL_LABELS, PHONE_LABELS
from crmdesk.domain.text import nfc_or_none
from crmdesk.gui.dialogs.channel_editor import ChannelEditor
from crmdesk.gui.dialogs.party_dialog import PartyDialog, notes_edit
from crmdesk.gui.dialogs.party_picker import PartyPicker
from crmdesk.gui.dialogs.party_tabs import add_related_tabs
from crmdesk.gui.lists.views import role_name
from crmdesk.services import Services

_TEXTS = ("full_name", "job_title", "address", "notes")


class ContactDialog(PartyDialog):
    """Create a contact (``contact_id`` None) or edit one; Save writes every change in one
    transaction (one undo step), Cancel or Esc writes nothing."""

    def __init__(
        self,
        services: Services,
        contact_id: int | None,
        parent: QWidget | None = None,
        open_deal: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        details = services.people.contact_details(contact_id) if contact_id is not None else None
        self.contact: Contact | None = details.contact if details else None
        self.setWindowTitle(
            self.tr("New contact")
            if self.contact is None
            else self.tr("Contact — %1").replace("%1", self.contact.full_name)
        )
        self.name = QLineEdit()
        self.add_field("full_name", self.tr("&Name:"), self.name)
        box, hint = QComboBox(), QLabel()
        box.setEditable(True)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        hint.setWordWrap(True)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(box)
        column.addWidget(hint)
        self.organization = PartyPicker(
            box,
            hint,
            lambda text: [(o.id, o.name) for o in services.organizations.find(text, 20)],
            self.tr("New organization “%1” will be created when you save."),
        )
        self.organization_box = box
        self.add_field(
            "organization",
            self.tr("&Organization:"),
            holder,
            ("organization_id", "new_organization"),
        )
        self.job_title = QLineEdit()
        self.add_field("job_title", self.tr("&Job title:"), self.job_title)
        self.role = QComboBox()
        for r in DecisionRole:
            self.role.addItem(role_name(r), r.value)
        self.add_field("decision_role", self.tr("Decision &role:"), self.role)
        self.emails = ChannelEditor(
            EMAIL_LABELS, self.tr("Add an email"), self.tr("name@example.com"), self
        )
        self.add_field("emails", self.tr("&Emails:"), self.emails, ("email",))
        self.phones = ChannelEditor(
            PHONE_LABELS, self.tr("Add a phone"), self.tr("e.g. 0903 111 222"), self
        )
        self.add_field("phones", self.tr("&Phones:"), self.phones, ("phone",))
        self.address = notes_edit(2)
        self.add_field("address", self.tr("&Address:"), self.address)
        self.notes = notes_edit(4)
        self.add_field("notes", self.tr("N&otes:"), self.notes)
        self._show()
        if details is not None:
            self.tables = add_related_tabs(self.tabs, details, open_deal)
        self.name.setFocus()

    def _show(self) -> None:
        c = self.contact
        if c is None:
            self.emails.set_values([])
            self.phones.set_values([])
            return
        self.name.setText(c.full_name)
        org = self.services.organizations.get(c.organization_id) if c.organization_id else None
        self.organization.set_party(c.organization_id, org.name if org else None)
        self.job_title.setText(c.job_title or "")
        self.role.setCurrentIndex(max(0, self.role.findData(DecisionRole(c.decision_role).value)))
        self.emails.set_values(list(c.emails))
        self.phones.set_values(list(c.phones))
        self.address.setPlainText(c.address or "")
        self.notes.setPlainText(c.notes or "")

    def collect(self) -> dict[str, Any]:
        """The form's values as the contact service takes them."""
        return {
            "full_name": nfc_or_none(self.name.text()) or "",
            "organization_id": self.organization.chosen_id(),
            "new_organization": self.organization.new_name(),
            "job_title": nfc_or_none(self.job_title.text()),
            "decision_role": DecisionRole(self.role.currentData()),
            "emails": self.emails.values(),
            "phones": self.phones.values(),
            "address": nfc_or_none(self.address.toPlainText()),
            "notes": nfc_or_none(self.notes.toPlainText()),
        }

    def write(self, values: dict[str, Any]) -> int | None:
        """Create the contact, or change what differs from the contact shown."""
        contacts = self.services.contacts
        if self.contact is None:
            return contacts.create(values.pop("full_name"), **values).id
        c = self.contact
        current = {
            "full_name": c.full_name,
            "organization_id": c.organization_id,
            "new_organization": None,
            "job_title": c.job_title,
            "decision_role": DecisionRole(c.decision_role),
            "emails": list(c.emails),
            "phones": list(c.phones),
            "address": c.address,
            "notes": c.notes,
        }
        changed = {k: v for k, v in values.items() if current[k] != v}
        if changed.get("new_organization"):
            changed.pop("organization_id", None)
        if not changed:
            return c.id
        return contacts.update(c.id, **changed).id
