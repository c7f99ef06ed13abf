"""The user's time zone, as an IANA zone when the system names one (DST-aware days ahead).

Call it as ``local_zone.local_zone()`` (through the module), so a test can set the zone with
``monkeypatch.setattr(local_zone, "local_zone", …)`` and every user sees it.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_LOCALTIME = Path("/etc/localtime")
_TIMEZONE_FILE = Path("/etc/timezone")


def zone_key(zone: tzinfo) -> str | None:
    """The IANA name of ``zone`` (``Asia/Ho_Chi_Minh``), or None for a bare offset."""
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) and key else None


def local_zone() -> tzinfo:
    """The system's time zone: an IANA zone if it can be named, else today's fixed offset."""
    return _system_zone(os.environ.get("TZ", ""))


@lru_cache(maxsize=8)
def _system_zone(tz_variable: str) -> tzinfo:
    for key in (_from_variable(tz_variable), _from_localtime(), _from_timezone_file()):
        if key:
            try:
                return ZoneInfo(key)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def _from_variable(value: str) -> str | None:
    value = value.lstrip(":")
    if not value:
        return None
    if value.startswith("/"):
        return _key_of_path(value)
    return value


def _from_localtime() -> str | None:
    try:
        return _key_of_path(os.path.realpath(_LOCALTIME)) if _LOCALTIME.is_symlink() else None
    except OSError:
        return None


def _from_timezone_file() -> str | None:
    try:
        return _TIMEZONE_FILE.read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def _key_of_path(path: str) -> str | None:
    marker = "zoneinfo/"
    return path.split(marker, 1)[1] if marker in path else None
