"""A guard against a bug of the Qt binding: PySide6 6.12.0, under Python 3.11, drops a reference
to ``None`` on every call of a Qt method that returns nothing (``setText``, ``drawText``…), so
after a few thousand calls ``None`` is freed and the program aborts ("deallocating None").

Python 3.12 made ``None`` immortal (PEP 683); here it is made so by hand, once, when the GUI
package is imported: its reference count is raised far beyond what any session could drop.
PySide6-Pdf exists only in 6.12 on our package index, so the binding cannot be pinned below it.
"""

from __future__ import annotations

import ctypes
import sys

IMMORTAL = 2**50  # references; at a million dropped a second, 35 years


def keep_none_alive() -> None:
    """Make ``None`` immortal on CPython before 3.12 (a no-op elsewhere, and when done)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the object's first field
    if count.value < IMMORTAL:
        count.value += IMMORTAL
