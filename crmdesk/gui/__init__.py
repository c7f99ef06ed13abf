"""The Qt window. Talks only to ``crmdesk.services``."""

from crmdesk.gui.pyside_fix import keep_none_alive

keep_none_alive()  # before any Qt call (see crmdesk.gui.pyside_fix)
