"""Contacts and organizations from the window: open, create, archive, restore, merge."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtWidgets import QWidget

from crmdesk.gui.formatting import plural
from crmdesk.gui.language import translate
from crmdesk.gui.operations.feedback import Failed, Feedback, attempt
from crmdesk.services import Services

CONTACTS, ORGANIZATIONS = "contacts", "organizations"


def open_party(
    parent: QWidget,
    services: Services,
    kind: str,
    party_id: int | None,
    open_deal: Callable[[int], None] | None = None,
) -> int | None:
    """Show the contact's or organization's dialog (a new one when ``party_id`` is None); the
    id saved, or None when cancelled. The lists follow the change notice of what it saves."""
    from crmdesk.gui.dialogs.contact_dialog import ContactDialog
    from crmdesk.gui.dialogs.organization_dialog import OrganizationDialog

    kinds = {CONTACTS: ContactDialog, ORGANIZATIONS: OrganizationDialog}
    dialog = kinds[kind](services, party_id, parent, open_deal)
    dialog.exec()
    return dialog.saved_id if dialog.result() == dialog.DialogCode.Accepted else None


def set_archived(
    services: Services, feedback: Feedback, kind: str, ids: Sequence[int], archived: bool
) -> None:
    """Archive (or restore) the contacts or organizations ``ids``, each an undoable step."""
    service = services.contacts if kind == CONTACTS else services.organizations
    call = service.archive if archived else service.restore
    try:
        for party_id in ids:
            attempt(feedback, partial(call, party_id))
    except Failed:
        return
    texts = (
        (translate("Lists", "Archived %1 record."), translate("Lists", "Archived %1 records."))
        if archived
        else (translate("Lists", "Restored %1 record."), translate("Lists", "Restored %1 records."))
    )
    feedback.show_status(plural(len(ids), *texts))


def find_duplicates(parent: QWidget, services: Services, kind: str) -> None:
    """Show the Find duplicates dialog; each merge in it is its own undoable step."""
    from crmdesk.gui.dialogs.merge_dialog import MergeDialog

    MergeDialog(services, kind, parent).exec()
