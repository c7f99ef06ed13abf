"""The Contacts list's anchor: the services' own statements, as the SQLite driver received them,
replayed with plain ``sqlite3`` into a bare ``QTableView`` over a ``QStandardItemModel``.

The statements are captured from the driver while the real Contacts view builds and searches
(see :mod:`crmdesk.bench.contacts`), so the anchor follows the implementation: whatever SQL
the list reads with (a page, a capped count, the filters' choices), the anchor runs the same
text with the same parameters, without our layers — the ratio measures the services, the
paged model and the view, not another query.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

Statement = tuple[str, tuple[Any, ...]]


def is_read(sql: str) -> bool:
    """A statement the anchor replays (a SELECT, not the session's BEGIN or a pragma)."""
    head = sql.lstrip().upper()
    return head.startswith(("SELECT", "WITH"))


class BareList(QWidget):
    """A label and a table: the rows of the widest statement replayed, the count of the last
    one-value statement in the label."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.label = QLabel()
        self.model = QStandardItemModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)

    def replay(self, statements: Sequence[Statement]) -> None:
        """Run ``statements`` and show what they read."""
        page: list[tuple[Any, ...]] = []
        count = 0
        for sql, params in statements:
            rows = self.conn.execute(sql, params).fetchall()
            if rows and len(rows[0]) == 1 and len(rows) == 1:
                count = int(rows[0][0] or 0) if isinstance(rows[0][0], int) else count
            elif rows and len(rows[0]) > 1 and len(rows[0]) >= len(page[0] if page else ()):
                page = rows
        self.model.clear()
        for row in page:
            self.model.appendRow([QStandardItem("" if v is None else str(v)) for v in row])
        self.label.setText(f"{count} rows")

    def close_file(self) -> None:
        """Close the connection."""
        self.conn.close()
