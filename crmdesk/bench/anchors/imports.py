"""The import's anchor: plain ``csv`` and ``sqlite3.executemany`` taking the same exported CSV of
deals into an empty file of the same schema, with the same normalizing (NFC, folded names and
search keys, email and phone checks, amounts in minor units, ISO dates) and de-duplicating
(organizations by folded name, contacts by case-folded email), in batches of 2,000 rows and one
transaction, the scores set at the end by the services' own score UPDATE (``anchors.scores``).

Run in a fresh interpreter (``python -c`` … :func:`main` ``CSV TARGET RESCORE.json``); it prints
one JSON line: rows, deals, rows per second and memory growth, like the window's import child.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
import time
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from crmdesk.bench.anchors.scores import RescoreStatement
from crmdesk.bench.timing import growth_mb, rss_mb

BATCH = 2_000
SAMPLE_EVERY = 500  # rows between two memory samples (as the services' import reports progress)
EXPONENTS = {"VND": 0, "JPY": 0, "USD": 2, "EUR": 2, "GBP": 2}
STAGES = ("lead", "prospect", "opportunity", "won", "lost")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^[+(\d][\d\s().\-/]*$")
_FOLDS = str.maketrans({"đ": "d", "Đ": "d", "–": "-", "—": "-", "\u00a0": " "})

ORG_SQL = (
    "INSERT INTO organizations (id, name, name_folded, industry, size, region, address, tax_code,"
    " phone, email, website, archived, created_at) VALUES (?,?,?,?,?,NULL,?,?,?,?,?,0,?)"
)
CONTACT_SQL = (
    "INSERT INTO contacts (id, full_name, name_folded, organization_id, job_title, email, phone,"
    " decision_role, archived, created_at) VALUES (?,?,?,?,?,?,?,'unknown',0,?)"
)
DEAL_SQL = (
    "INSERT INTO deals (id, title, organization_id, contact_id, stage, sub_stage, source,"
    " interest, value_minor, currency, probability_override, expected_close, owner, position,"
    " stage_entered_at, lost_reason, lost_note, archived, score, two_way, last_touched_at,"
    " next_action_at, search_key, created_at, updated_at)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?,?,?,?,?,?,0,0,0,?,NULL,?,?,?)"
)
HISTORY_SQL = (
    "INSERT INTO stage_history (deal_id, from_stage, to_stage, at, note, override_reason)"
    " VALUES (?, NULL, ?, ?, ?, NULL)"
)


def connect(path: Path) -> sqlite3.Connection:
    """The file opened as the program opens it (as ``bare_board.connect``, which must import
    nothing of CRM Desk, and this module no Qt)."""
    conn = sqlite3.connect(path, timeout=5)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def nfc(text: str) -> str | None:
    """NFC, trimmed; None when empty."""
    return unicodedata.normalize("NFC", text).strip() or None


def fold(text: str | None) -> str:
    """No accents, ``đ`` as ``d``, no case, single spaces."""
    if not text:
        return ""
    plain = unicodedata.normalize("NFD", text).translate(_FOLDS)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def checked(text: str | None, pattern: re.Pattern[str]) -> str | None:
    """The text when it looks right, else None (the row comes in without it)."""
    return text if text and pattern.match(text) else None


def minor_units(text: str, currency: str) -> int:
    """``1250000`` or ``1250.50`` as minor units of ``currency``."""
    if not text:
        return 0
    return int(Decimal(text.replace(",", "")) * 10 ** EXPONENTS.get(currency, 2))


def import_csv(
    conn: sqlite3.Connection, source: Path, statement: RescoreStatement, sample: Callable[[], None]
) -> dict[str, int]:
    """Import ``source`` into ``conn``'s file in one transaction; how many rows and deals."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    note = f"Imported from {source.name}"
    next_id = {
        t: int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {t}").fetchone()[0])
        for t in ("organizations", "contacts", "deals")
    }
    positions = {s: float(conn.execute(
        "SELECT coalesce(max(position), 0) FROM deals WHERE stage = ?", (s,)).fetchone()[0])
        for s in STAGES}  # fmt: skip
    first_deal = next_id["deals"]
    orgs: dict[str, int] = {}
    emails: dict[str, int] = {}
    batch: dict[str, list[tuple[Any, ...]]] = {k: [] for k in ("org", "contact", "deal", "hist")}
    rows = 0

    def flush() -> None:
        for key, sql in (("org", ORG_SQL), ("contact", CONTACT_SQL), ("deal", DEAL_SQL),
                         ("hist", HISTORY_SQL)):  # fmt: skip
            conn.executemany(sql, batch[key])
            batch[key].clear()

    with source.open(newline="", encoding="utf-8-sig") as file:
        reader = csv.reader(file)
        column = {name: i for i, name in enumerate(next(reader))}
        for cells in reader:
            rows += 1
            if rows % SAMPLE_EVERY == 0:
                sample()

            def cell(name: str, cells: list[str] = cells) -> str | None:
                text = cells[column[name]]
                if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@"):
                    text = text[1:]  # the export's formula guard
                return nfc(text)

            org, person, title = cell("Organization"), cell("Contact"), cell("Deal")
            org_email, org_phone = (
                checked(cell("Organization email"), _EMAIL),
                checked(cell("Organization phone"), _PHONE),
            )
            email, phone = (
                checked(cell("Contact email"), _EMAIL),
                checked(cell("Contact phone"), _PHONE),
            )
            currency = cell("Currency") or "VND"
            org_id = orgs.get(fold(org)) if org else None
            if org and org_id is None:
                org_id = orgs[fold(org)] = next_id["organizations"]
                next_id["organizations"] += 1
                size = (cell("Company size") or "").replace(".", "").replace(",", "")
                batch["org"].append((org_id, org, fold(org), cell("Industry"),
                    int(size) if size.isdigit() else None, cell("Address"), cell("Tax code"),
                    org_phone, org_email, cell("Website"), now))  # fmt: skip
            contact_id = emails.get(email.casefold()) if email else None
            if person and contact_id is None:
                contact_id = next_id["contacts"]
                next_id["contacts"] += 1
                if email:
                    emails[email.casefold()] = contact_id
                batch["contact"].append((contact_id, person, fold(person), org_id,
                    cell("Job title"), email, phone, now))  # fmt: skip
            stage = (cell("Stage") or "lead").casefold()
            stage = stage if stage in STAGES else "lead"
            closing = cell("Expected close")
            positions[stage] += 1.0
            deal_id = next_id["deals"]
            next_id["deals"] += 1
            key = " | ".join(f for f in map(fold, (title, org, org_email, org_phone, person,
                                                   email, phone)) if f)  # fmt: skip
            batch["deal"].append((deal_id, title or " – ".join(x for x in (org, person) if x),
                org_id, contact_id, stage, "needs_identified" if stage == "opportunity" else None,
                cell("Source") or "Import", cell("Interest"),
                minor_units(cell("Value") or "", currency), currency,
                date.fromisoformat(closing).isoformat() if closing else None, cell("Owner"),
                positions[stage], now, "other" if stage == "lost" else None,
                note if stage == "lost" else None, now, key, now, now))  # fmt: skip
            batch["hist"].append((deal_id, stage, now, note))
            if len(batch["deal"]) >= BATCH:
                flush()
    flush()
    statement.run(conn)
    conn.commit()
    return {"rows": rows, "deals": next_id["deals"] - first_deal}


def main(argv: list[str] | None = None) -> None:
    """In the child: import ``CSV`` into ``TARGET`` and print the figures as one JSON line."""
    source, target, rescore = (Path(a) for a in (argv or sys.argv)[1:4])
    statement = RescoreStatement.load(rescore)
    conn = connect(target)
    samples: list[float] = []
    start = time.perf_counter()
    counts = import_csv(conn, source, statement, lambda: samples.append(rss_mb()))
    seconds = time.perf_counter() - start
    conn.close()
    figures = {**counts, "rows_per_s": counts["rows"] / seconds, "growth_mb": growth_mb(samples)}
    print(json.dumps(figures))
