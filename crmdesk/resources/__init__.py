"""The files CRM Desk ships besides its code: fonts (with their licence), icons, Designer forms.

They live inside the package and are read with ``importlib.resources``, so every installation
has them: the checkout, a wheel (``pip install``, ``pipx``) and the frozen bundle alike.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

_copies = ExitStack()  # files extracted for APIs that need a path, removed when the program ends
atexit.register(_copies.close)


def resource(*parts: str) -> Traversable:
    """A shipped file or folder, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return files(__name__).joinpath(*parts)


@cache
def resource_path(*parts: str) -> Path:
    """A shipped file or folder as a real path, for APIs that need one (ReportLab, QIcon)."""
    return real_path(resource(*parts))


def real_path(item: Traversable) -> Path:
    """``item`` on the file system: itself when installed as files, else a copy kept until exit."""
    if isinstance(item, Path):
        return item
    return _copies.enter_context(as_file(item))
