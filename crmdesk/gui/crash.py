"""The window's last resort: an unexpected error is logged and said in one sentence."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from crmdesk.logs import log_exception

translate = QCoreApplication.translate


def crash_sentence(log: Path | None) -> str:
    """What the user is told about an error CRM Desk did not expect."""
    if log is None:
        return translate(
            "Startup",
            "Something went wrong that CRM Desk did not expect, and the details could not be saved. Your data is safe: every change already made is kept.",  # noqa: E501
        )
    return translate(
        "Startup",
        "Something went wrong that CRM Desk did not expect. Your data is safe: every change already made is kept. The details are in %1.",  # noqa: E501
    ).replace("%1", str(log))


def report_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook`` of the window: log the traceback, show one sentence (from the window's
    thread; another thread's error is only logged)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    error.__traceback__ = tb
    log = log_exception(error, "window")
    if QApplication.instance() is None or threading.current_thread() is not threading.main_thread():
        return
    QMessageBox.critical(None, translate("Startup", "CRM Desk"), crash_sentence(log))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        args.exc_value.__traceback__ = args.exc_traceback
        log_exception(args.exc_value, f"thread {args.thread.name if args.thread else ''}")


def install_crash_handler() -> None:
    """From now on, an exception nobody caught (in a slot, an event, a thread) is logged and,
    in the window's thread, shown as one sentence instead of a traceback on the terminal."""
    sys.excepthook = report_unexpected
    threading.excepthook = _thread_hook
