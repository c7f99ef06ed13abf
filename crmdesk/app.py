"""Wiring: engine, migrations, session factory and services for one database."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from crmdesk.db.engine import make_engine, make_session_factory
from crmdesk.db.guard import check_database_file
from crmdesk.db.migrate import known_revisions, upgrade
from crmdesk.db.models import SettingRow
from crmdesk.db.seed import seed_defaults
from crmdesk.db.server import is_url
from crmdesk.db.uow import write_session
from crmdesk.domain.errors import DomainError
from crmdesk.services import Services
from crmdesk.services.context import utc_now


@dataclass
class Workspace:
    """An open database and the services over it."""

    engine: Engine
    services: Services

    def close(self) -> None:
        """Release every connection to the file."""
        self.engine.dispose()


def _unseeded(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(SettingRow)) == 0


def open_workspace(
    target: str | os.PathLike[str],
    clock: Callable[[], datetime] = utc_now,
    advise: Callable[[DomainError], None] | None = None,
) -> Workspace:
    """Open (or create) a database, a file's path or a server's URL: a file that is not
    CRM Desk's is refused with a sentence and left untouched; an older one is backed up (on a
    server: ``advise`` hears what to back up) and migrated; a new one is seeded.

    Raises :class:`~crmdesk.domain.errors.StorageError` (refused, busy, damaged, unreachable…)."""
    if not is_url(target):
        check_database_file(Path(target), known_revisions())
    engine = make_engine(target)
    try:
        upgrade(engine, advise)
        factory = make_session_factory(engine)
        with factory() as reading:
            unseeded = _unseeded(reading)
        if unseeded:  # a file an older version created and left without defaults
            with write_session(factory) as session:
                if _unseeded(session):
                    seed_defaults(session)
                    session.commit()
    except BaseException:
        engine.dispose()
        raise
    return Workspace(engine, Services(factory, clock))
