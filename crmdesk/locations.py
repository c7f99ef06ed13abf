"""Where CRM Desk keeps its files: the platform's app-data folder, unless told otherwise."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

APP_NAME = "CRM Desk"
ORG_NAME = ""  # no vendor folder: the data folder is just "CRM Desk"
DB_ENV = "CRMDESK_DB"
USER_DB_NAME = "crmdesk.sqlite"
SAMPLE_DB_NAME = "sample.sqlite"


def data_dir() -> Path:
    """The platform's app-data folder (QStandardPaths), e.g. ``~/.local/share/CRM Desk``:
    created if needed, and readable by its owner only (0700)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from crmdesk.files import private_folder

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(location or Path.home() / ".crmdesk")
    try:
        return private_folder(folder)
    except OSError:
        return folder  # opening a file there will say why it cannot be used


def default_database() -> Path | str:
    """The user's own database: ``$CRMDESK_DB`` if set (a file's path, or a server's URL such
    as ``postgresql://crm@server/crmdesk``, kept as it is), else in the data folder."""
    env = os.environ.get(DB_ENV)
    if env and "://" in env:
        return env
    return Path(env).expanduser() if env else data_dir() / USER_DB_NAME


def sample_database() -> Path:
    """The separate demo database, so sample deals never mix with real ones."""
    return data_dir() / SAMPLE_DB_NAME


def program_folder() -> Path:
    """The package's own folder, holding ``resources/`` and ``i18n/``, wherever it is installed:
    a checkout, a wheel (``pip install``, ``pipx``) or a frozen bundle."""
    from crmdesk.resources import real_path

    return real_path(files(__package__ or "crmdesk"))
