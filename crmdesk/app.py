"""Wiring: engine, migrations, session factory and services for one database."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select

from crmdesk.db.engine import make_engine, make_session_factory
from crmdesk.db.migrate import upgrade
from crmdesk.db.models import SettingRow
from crmdesk.db.seed import seed_defaults
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


def open_workspace(
    target: str | os.PathLike[str], clock: Callable[[], datetime] = utc_now
) -> Workspace:
    """Open (or create) a database: backup and migrate if needed, seed defaults into a new file."""
    engine = make_engine(target)
    upgrade(engine)
    factory = make_session_factory(engine)
    with factory() as session:
        if session.scalar(select(func.count()).select_from(SettingRow)) == 0:
            seed_defaults(session)
            session.commit()
    return Workspace(engine, Services(factory, clock))
