"""One of several programs writing the same file at once (run by test_concurrent_writers.py).

``python concurrent_writer.py moves DB SEED COUNT`` moves random deals between Lead and
Prospect COUNT times; ``inserts DB SEED COUNT`` adds organizations and deals and moves them;
``import DB CSV`` imports a file. Each prints one JSON line: what it did and which errors it
met, by class (a refusal in a sentence is fine; anything else is a bug).
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from crmdesk.app import open_workspace
from crmdesk.domain.enums import Stage
from crmdesk.domain.errors import DatabaseBusyError, DomainError
from crmdesk.services.imports.plan import ImportOptions


def _moves(db: Path, seed: int, count: int) -> dict[str, object]:
    workspace = open_workspace(db)
    rng = random.Random(seed)
    ids = [c.id for s in (Stage.LEAD, Stage.PROSPECT) for c in workspace.services.board.column(s)]
    done, errors = 0, []
    for _ in range(count):
        chosen = rng.sample(ids, rng.choice((1, 1, 2)))
        stage = workspace.services.deals.get(chosen[0]).stage  # may be stale by the move
        target = Stage.PROSPECT if stage == Stage.LEAD else Stage.LEAD
        try:
            workspace.services.pipeline.move(
                chosen, target, override_reason="concurrency test", note="back again"
            )
            done += 1
        except DomainError as error:
            errors.append(type(error).__name__)
    workspace.close()
    return {"moves": done, "errors": errors}


def _inserts(db: Path, seed: int, count: int) -> dict[str, object]:
    workspace = open_workspace(db)
    rng = random.Random(seed)
    services = workspace.services
    made, errors = 0, []
    for n in range(count):
        try:
            org = services.organizations.create(f"Cửa hàng song song {seed}-{n}")
            deal = services.deals.create(f"Đơn {seed}-{n}", rng.randrange(1, 10**9), "VND",
                                         organization_id=org.id)  # fmt: skip
            services.pipeline.move([deal.id], Stage.PROSPECT, override_reason="concurrency")
            made += 1
        except DatabaseBusyError as error:  # the import held the file longer than we wait
            errors.append(type(error).__name__)
        time.sleep(0.002)
    workspace.close()
    return {"made": made, "errors": errors}


def _import(db: Path, source: Path) -> dict[str, object]:
    workspace = open_workspace(db)
    columns = {"Company": "org.name", "Name": "contact.full_name", "Title": "deal.title",
               "Value": "deal.value"}  # fmt: skip
    report = workspace.services.transfer.import_file(source, ImportOptions(columns=columns))
    workspace.close()
    return {"deals": report.deals, "organizations": report.organizations,
            "skipped": len(report.skipped)}  # fmt: skip


if __name__ == "__main__":
    kind, db = sys.argv[1], Path(sys.argv[2])
    if kind == "import":
        result = _import(db, Path(sys.argv[3]))
    elif kind == "moves":
        result = _moves(db, int(sys.argv[3]), int(sys.argv[4]))
    else:
        result = _inserts(db, int(sys.argv[3]), int(sys.argv[4]))
    print(json.dumps(result))
