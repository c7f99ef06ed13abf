"""The one path from the window to the services: one module per noun, as Anki's aqt/operations.

Each operation runs one service call, turns a domain error into a sentence for the user,
reports what happened in the status bar, and leaves refreshing to the change notice the
services announce (see ``crmdesk.gui.notices``). Work slower than a frame runs on the
window's worker (``background.ThreadPoolBackground``).
"""
