"""The contact and organization dialogs as a user drives them: typing, the email and phone rows,
Save, Esc; checked in the database, and undone in one step."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from crmdesk.domain.entities import Labelled
from crmdesk.domain.enums import DecisionRole, Stage
from crmdesk.gui.dialogs.contact_dialog import ContactDialog
from crmdesk.gui.dialogs.merge_dialog import MergeDialog
from crmdesk.gui.dialogs.organization_dialog import OrganizationDialog
from crmdesk.gui.lists.list_view import ListView
from crmdesk.gui.main_window import MainWindow
from crmdesk.gui.operations import people
from crmdesk.services import Services
from tests.conftest import dump


def _save(qtbot: QtBot, dialog: QDialog) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _type(qtbot: QtBot, edit: Any, text: str) -> None:
    """Type ``text`` (Qt's test keyboard has ASCII keys only: other letters are inserted, as an
    input method would)."""
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    elif isinstance(edit, QLineEdit):
        edit.insert(text)
    else:
        edit.insertPlainText(text)


def _retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    _type(qtbot, edit, text)


@pytest.fixture
def lan(services: Services) -> Any:
    org = services.organizations.create("Công ty Hoa Sen", industry="Retail")
    contact = services.contacts.create(
        "Trần Thị Lan",
        organization_id=org.id,
        emails=[("work", "lan@hoasen.vn"), ("personal", "lan@gmail.com")],
        phones=[("mobile", "0903 111 222"), ("work", "028 3822 1234")],
        address="12 Lê Lợi, Quận 1",
        notes="Met at the fair",
    )
    services.deals.create("POS – Hoa Sen", 5_000_000, "VND", contact_id=contact.id)
    return contact


def _open_contact(qtbot: QtBot, services: Services, contact_id: int | None) -> ContactDialog:
    dialog = ContactDialog(services, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_editing_every_field_of_a_contact_is_saved_and_undone_in_one_step(
    qtbot: QtBot, services: Services, lan: Any, workspace: Any
) -> None:
    before = dump(workspace.engine)
    dialog = _open_contact(qtbot, services, lan.id)
    assert [dialog.emails.rows[n].value.text() for n in range(2)] == [
        "lan@hoasen.vn",
        "lan@gmail.com",
    ]
    assert dialog.tables["deals"].item(0, 0).text() == "POS – Hoa Sen"
    _retype(qtbot, dialog.name, "Trần Thị Lan Anh")
    _retype(qtbot, dialog.job_title, "Chủ cửa hàng")
    dialog.role.setCurrentIndex(dialog.role.findData(DecisionRole.DECISION_MAKER.value))
    qtbot.mouseClick(dialog.emails.rows[1].up, Qt.MouseButton.LeftButton)  # personal first
    qtbot.mouseClick(dialog.phones.rows[1].remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.phones.rows[-1].value, "+84 28 1111 2222")
    dialog.phones.rows[-1].label.setCurrentIndex(dialog.phones.rows[-1].label.findData("home"))
    dialog.notes.moveCursor(dialog.notes.textCursor().MoveOperation.End)
    _type(qtbot, dialog.notes, " — wants a second shop")
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = services.contacts.get(lan.id)
    assert saved.full_name == "Trần Thị Lan Anh"
    assert saved.job_title == "Chủ cửa hàng"
    assert saved.decision_role == DecisionRole.DECISION_MAKER
    assert saved.emails == (
        Labelled("personal", "lan@gmail.com"),
        Labelled("work", "lan@hoasen.vn"),
    )
    assert saved.phones == (
        Labelled("mobile", "0903 111 222"),
        Labelled("home", "+84 28 1111 2222"),
    )
    assert saved.email == "lan@gmail.com"  # the first is the one the lists show
    assert saved.address == "12 Lê Lợi, Quận 1"  # untouched, kept
    assert saved.notes == "Met at the fair — wants a second shop"
    services.history.undo()
    assert dump(workspace.engine) == before


def test_a_wrong_email_is_said_beside_the_emails_and_nothing_is_written(
    qtbot: QtBot, services: Services, lan: Any, workspace: Any
) -> None:
    before = dump(workspace.engine)
    dialog = _open_contact(qtbot, services, lan.id)
    _retype(qtbot, dialog.job_title, "Owner")
    _retype(qtbot, dialog.emails.rows[0].value, "lan at hoasen")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("emails") == "“lan at hoasen” is not an email address."
    assert dialog.error_text("full_name") == ""
    assert dump(workspace.engine) == before
    _retype(qtbot, dialog.emails.rows[0].value, "lan@hoasen.com.vn")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.contacts.get(lan.id).email == "lan@hoasen.com.vn"


def test_an_empty_name_is_refused_beside_the_name(
    qtbot: QtBot, services: Services, lan: Any
) -> None:
    dialog = _open_contact(qtbot, services, lan.id)
    _retype(qtbot, dialog.name, "   ")
    _save(qtbot, dialog)
    assert dialog.error_text("full_name") == "A contact's name cannot be empty."
    assert services.contacts.get(lan.id).full_name == "Trần Thị Lan"


def test_escape_cancels_and_writes_nothing(
    qtbot: QtBot, services: Services, lan: Any, workspace: Any
) -> None:
    before = dump(workspace.engine)
    dialog = _open_contact(qtbot, services, lan.id)
    _retype(qtbot, dialog.name, "Somebody else")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dump(workspace.engine) == before


def test_a_new_contact_at_a_new_organization_is_one_undo_step(
    qtbot: QtBot, services: Services, workspace: Any
) -> None:
    before = dump(workspace.engine)
    dialog = _open_contact(qtbot, services, None)
    _type(qtbot, dialog.name, "Lê Văn Minh")
    _type(qtbot, dialog.organization_box.lineEdit(), "Minh Phat Co.")
    assert "Minh Phat Co." in dialog.organization.hint.text()
    qtbot.keyClicks(dialog.emails.rows[0].value, "minh@minhphat.vn")
    qtbot.keyClicks(dialog.phones.rows[0].value, "0912 345 678")
    _save(qtbot, dialog)
    contact = services.contacts.get(dialog.saved_id or 0)
    assert contact.email == "minh@minhphat.vn" and contact.phone == "0912 345 678"
    assert services.organizations.get(contact.organization_id or 0).name == "Minh Phat Co."
    services.history.undo()
    assert dump(workspace.engine) == before


def test_an_organization_is_edited_with_errors_beside_its_fields(
    qtbot: QtBot, services: Services, lan: Any, workspace: Any
) -> None:
    org_id = lan.organization_id
    dialog = OrganizationDialog(services, org_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tables["people"].item(0, 0).text() == "Trần Thị Lan"
    assert dialog.tables["deals"].rowCount() == 0  # the deal names the contact only
    before = dump(workspace.engine)
    _retype(qtbot, dialog.edits["tax_code"], "0301234567")
    _retype(qtbot, dialog.edits["size"], "twelve")
    _retype(qtbot, dialog.edits["email"], "info@")
    _save(qtbot, dialog)
    assert dump(workspace.engine) == before
    shown = [dialog.error_text(f) for f in ("size", "email")]
    assert sum(bool(s) for s in shown) == 1  # one sentence at a time, beside its field
    assert shown[0] == "The company size must be a whole number above zero."
    _retype(qtbot, dialog.edits["size"], "12")
    _save(qtbot, dialog)
    assert dialog.error_text("email") == "“info@” is not an email address."
    assert dialog.error_text("size") == ""
    _retype(qtbot, dialog.edits["email"], "info@hoasen.vn")
    dialog.edits["region"].setEditText("Hồ Chí Minh")
    _save(qtbot, dialog)
    org = services.organizations.get(org_id)
    assert (org.tax_code, org.size, org.email, org.region) == (
        "0301234567",
        12,
        "info@hoasen.vn",
        "Hồ Chí Minh",
    )
    assert org.industry == "Retail" and org.name == "Công ty Hoa Sen"
    services.history.undo()
    assert dump(workspace.engine) == before


def test_enter_or_a_double_click_on_a_row_opens_that_contact_or_organization(
    window: MainWindow, services: Services, lan: Any, qtbot: QtBot, monkeypatch: Any
) -> None:
    opened: list[tuple[str, int | None]] = []
    monkeypatch.setattr(
        people,
        "open_party",
        lambda _w, _s, kind, party_id, _o=None: opened.append((kind, party_id)),
    )
    view = window.views.show_view("contacts")
    assert isinstance(view, ListView)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    orgs = window.views.show_view("organizations")
    assert isinstance(orgs, ListView)
    qtbot.waitUntil(lambda: orgs.table.visualRect(orgs.model.index(0, 0)).height() > 0)
    rect = orgs.table.visualRect(orgs.model.index(0, 0))
    qtbot.mouseClick(orgs.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(orgs.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [("contacts", lan.id), ("organizations", lan.organization_id)]


def test_a_deal_row_of_the_contact_dialog_opens_the_deal(
    qtbot: QtBot, services: Services, lan: Any
) -> None:
    opened: list[int] = []
    dialog = ContactDialog(services, lan.id, None, opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    deal = services.deal_list.page()[0]
    assert deal.stage == Stage.LEAD
    dialog.tables["deals"].cellDoubleClicked.emit(0, 0)
    assert opened == [deal.id]


def test_find_duplicates_shows_both_keeps_the_chosen_value_and_merges_in_one_step(
    qtbot: QtBot, services: Services, lan: Any, workspace: Any
) -> None:
    twin = services.contacts.create(
        "Lan Tran", job_title="Manager", emails=[("work", "LAN@hoasen.vn")]
    )
    services.deals.create("Second shop", 1_000_000, "VND", contact_id=twin.id)
    before = dump(workspace.engine)
    dialog = MergeDialog(services, "contacts")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [(p.first_id, p.second_id, p.reason) for p in dialog.pairs] == [
        (lan.id, twin.id, "email")
    ]
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    title = rows["Job title"]
    assert dialog.table.item(title, 3).text() == "Manager"  # an empty field is filled
    name = rows["Name"]
    assert (dialog.table.item(name, 1).text(), dialog.table.item(name, 2).text()) == (
        "Trần Thị Lan",
        "Lan Tran",
    )
    rect = dialog.table.visualRect(dialog.table.model().index(name, 2))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.table.item(name, 3).text() == "Lan Tran"
    assert dialog.table.item(name, 2).checkState() == Qt.CheckState.Checked
    assert "1 deal" in dialog.summary.text()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    kept = services.contacts.get(lan.id)
    assert (kept.full_name, kept.job_title) == ("Lan Tran", "Manager")
    assert services.contacts.get(twin.id).archived
    assert {d.title for d in services.people.contact_details(lan.id).deals} == {
        "POS – Hoa Sen",
        "Second shop",
    }
    assert dialog.pairs == []  # the pair is gone once merged
    services.history.undo()
    assert dump(workspace.engine) == before


def test_archiving_contacts_from_the_list_is_undoable_one_by_one(
    window: MainWindow, services: Services, lan: Any, workspace: Any
) -> None:
    other = services.contacts.create("Lê Minh")
    before = dump(workspace.engine)
    people.set_archived(services, window, "contacts", [lan.id, other.id], True)
    assert services.contacts.get(lan.id).archived and services.contacts.get(other.id).archived
    assert "Archived 2 records." in window.statusBar().currentMessage()
    view = window.views.show_view("contacts")
    assert isinstance(view, ListView)
    assert view.model.rowCount() == 0
    services.history.undo()
    services.history.undo()
    assert dump(workspace.engine) == before
    assert view.model.rowCount() == 2
