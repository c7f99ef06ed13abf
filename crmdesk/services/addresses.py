"""How the window names a database: a file's path, or a server's database without its password
(the window may not reach :mod:`crmdesk.db` itself)."""

from __future__ import annotations

from crmdesk.db.server import display_name, is_url, without_password

__all__ = ["display_name", "is_url", "without_password"]
