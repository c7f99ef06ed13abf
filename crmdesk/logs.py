"""The log of what went wrong unexpectedly: a traceback belongs in a file, never on screen.

``crmdesk.log`` in the data folder (owner-only, like every file there), rotated at 1 MB with
three older logs kept. The command line and the window write an unexpected error's traceback
here and tell the user one sentence naming the file.
"""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from crmdesk.files import PRIVATE_FILE, private_folder

LOG_NAME = "crmdesk.log"
MAX_BYTES = 1_000_000
KEPT = 3
_logger = logging.getLogger("crmdesk.unexpected")
_handlers: dict[Path, logging.Handler] = {}


class _PrivateRotatingHandler(RotatingFileHandler):
    """A rotating log whose files are readable by their owner only from their first byte."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8")


def log_folder() -> Path:
    """Where the log is kept: the data folder."""
    from crmdesk.locations import data_dir

    return data_dir()


def log_exception(error: BaseException, where: str = "") -> Path | None:
    """Write ``error`` with its traceback to the log; returns the log's path (``None`` when even
    the log cannot be written)."""
    try:
        path = private_folder(log_folder()) / LOG_NAME
        handler = _handlers.get(path)
        if handler is None:
            handler = _PrivateRotatingHandler(
                path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            _logger.addHandler(handler)
            _logger.setLevel(logging.ERROR)
            _logger.propagate = False
            _handlers[path] = handler
        _logger.error(
            "Unexpected error%s", f" ({where})" if where else "", exc_info=_exc_info(error)
        )
        handler.flush()
        return path
    except Exception:  # the log must never be the next failure
        return None


def _exc_info(
    error: BaseException,
) -> tuple[type[BaseException], BaseException, TracebackType | None]:
    return type(error), error, error.__traceback__
