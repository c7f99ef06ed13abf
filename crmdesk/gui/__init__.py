"""The Qt window. Talks only to ``crmdesk.services``."""

from crmdesk.gui.none_guard import keep_none_alive

keep_none_alive()  # before any Qt call: see crmdesk.gui.none_guard
