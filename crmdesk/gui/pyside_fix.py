"""A workaround for a reference-counting bug of PySide6 6.12 on CPython 3.11.

Every call from Python into Qt that returns nothing (``label.setText(…)``,
``processEvents()``…) gives back one reference to ``None`` too many. CPython 3.12 made ``None``
immortal, so the bug is harmless there; on 3.11 ``None``'s count falls by one per call until
``None`` itself is freed and the interpreter aborts ("Fatal Python error: none_dealloc" — after
a long session, or while quitting). Giving ``None`` a reference count no session can use up
does on 3.11 what 3.12 does by design. ``tests/gui/test_pyside_fix.py`` measures the leak.
"""

from __future__ import annotations

import ctypes
import sys

# A count no session reaches: 2**48 calls at a million a second is nine years.
SPARE_REFERENCES = 1 << 48


def keep_none_alive() -> bool:
    """Make ``None`` (and ``True`` and ``False``, which some calls treat the same way) as good
    as immortal where the interpreter does not; True if it did."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if sys.getrefcount(None) > SPARE_REFERENCES:
        return False  # done already
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: an object's first field
        count.value += SPARE_REFERENCES
    return True
