#!/bin/sh
# Remove CRM Desk for the current user. Your data (~/.local/share/CRM Desk) is kept.
set -eu
share=${XDG_DATA_HOME:-$HOME/.local/share}
rm -f "$HOME/.local/bin/crmdesk" "$share/applications/crmdesk.desktop"
rm -f "$share"/icons/hicolor/*/apps/crmdesk.png "$share/icons/hicolor/scalable/apps/crmdesk.svg"
rm -rf "$share/crmdesk/app"
rmdir "$share/crmdesk" 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" || true
echo "CRM Desk is removed. Your data is still in \"$share/CRM Desk\"."
