"""Pick an existing organization or contact as you type, or name a new one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel

from crmdesk.domain.text import fold, nfc

Finder = Callable[[str], Sequence[tuple[int, str]]]  # text -> (id, name) matches


class PartyPicker:
    """Drives an editable combo box: completion from the database, and what the user meant.

    The chosen party is the one whose name the box holds exactly (case and accents aside);
    any other name is a new party, which the hint label says will be created on save.
    """

    def __init__(self, box: QComboBox, hint: QLabel, find: Finder, new_text: str) -> None:
        self.box, self.hint, self._find, self._new_text = box, hint, find, new_text
        self._known: dict[str, int] = {}  # folded name -> id
        self._names = QStringListModel()
        completer = QCompleter(self._names, box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        box.setCompleter(completer)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = box.lineEdit()
        assert editor is not None, "the picker's combo box is editable"
        editor.textEdited.connect(self._typed)
        box.currentTextChanged.connect(lambda _t: self._show_hint())
        hint.setStyleSheet("color: #667085;")
        self._typed("")

    def _typed(self, text: str) -> None:
        matches = self._find(text)
        for party_id, name in matches:
            # Two parties may share a name: the one the deal already links to (set_party), or
            # the first found, keeps it, so saving never silently re-links to a namesake.
            self._known.setdefault(fold(name), party_id)
        names = [name for _, name in matches]
        self._names.setStringList(names)
        self._show_hint()

    def set_party(self, party_id: int | None, name: str | None) -> None:
        """Show an existing party (or none)."""
        if party_id is not None and name:
            self._known[fold(name)] = party_id
        self.box.setEditText(name or "")
        self._show_hint()

    def text(self) -> str:
        """The name in the box, normalized."""
        return nfc(self.box.currentText())

    def chosen_id(self) -> int | None:
        """The existing party the box names, if any."""
        text = self.text()
        if not text:
            return None
        if fold(text) not in self._known:  # it may exist without having been offered yet
            for party_id, name in self._find(text):
                self._known.setdefault(fold(name), party_id)
        return self._known.get(fold(text))

    def new_name(self) -> str | None:
        """A name that matches no existing party: to be created."""
        text = self.text()
        return text if text and self.chosen_id() is None else None

    def _show_hint(self) -> None:
        text = self.text()
        new = bool(text) and fold(text) not in self._known
        self.hint.setText(self._new_text.replace("%1", text) if new else "")
        self.hint.setVisible(new)
