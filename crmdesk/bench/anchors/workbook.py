"""The workbook's anchor: plain openpyxl (write-only, read-only) and ``sqlite3`` over the same
four tables the export writes (organizations, contacts, deals, activities)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TABLES = ("organizations", "contacts", "deals", "activities")


def write_workbook(db: Path, target: Path) -> int:
    """Every row of the four tables (archived ones left out, as the export does) into a
    write-only workbook, one sheet each; the number of rows written."""
    from openpyxl import Workbook

    conn = sqlite3.connect(db)
    book = Workbook(write_only=True)
    rows = 0
    try:
        for table in TABLES:
            sheet = book.create_sheet(table)
            where = "" if table == "activities" else " WHERE archived = 0"
            cursor = conn.execute(f"SELECT * FROM {table}{where}")
            sheet.append([c[0] for c in cursor.description])
            for row in cursor:
                sheet.append(list(row))
                rows += 1
        book.save(target)
    finally:
        conn.close()
    return rows


def read_workbook(source: Path, db: Path) -> int:
    """Every row of every sheet, read-only, into a plain table of text columns per sheet (one
    transaction); the number of rows read."""
    from openpyxl import load_workbook

    book = load_workbook(source, read_only=True, data_only=True)
    conn = sqlite3.connect(db)
    rows = 0
    try:
        for index, sheet in enumerate(book.worksheets):
            values = sheet.iter_rows(values_only=True)
            header = next(values, None)
            if header is None:
                continue
            columns = ", ".join(f"c{i} TEXT" for i in range(len(header)))
            conn.execute(f"CREATE TABLE s{index} ({columns})")
            marks = ", ".join("?" * len(header))
            batch: list[tuple[object, ...]] = []
            for row in values:
                cells = [str(v) if v is not None else None for v in row[: len(header)]]
                batch.append(tuple(cells + [None] * (len(header) - len(cells))))
                if len(batch) >= 2_000:
                    conn.executemany(f"INSERT INTO s{index} VALUES ({marks})", batch)
                    rows += len(batch)
                    batch.clear()
            conn.executemany(f"INSERT INTO s{index} VALUES ({marks})", batch)
            rows += len(batch)
        conn.commit()
    finally:
        conn.close()
        book.close()
    return rows
