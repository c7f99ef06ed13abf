"""CRM Desk's own icon, for the window, the tray and the dialogs."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from crmdesk.resources import resource_path


def app_icon() -> QIcon:
    """CRM Desk's icon, sharp at every size (drawn from its SVG, with PNG fallbacks)."""
    folder = resource_path("icon")
    icon = QIcon()
    for name in ("crmdesk.svg", "crmdesk-48.png", "crmdesk-256.png"):
        if (folder / name).exists():
            icon.addFile(str(folder / name))
    return icon
