#!/bin/sh
# Remove CRM Desk for the current user. Your data (~/.local/share/CRM Desk) is kept.
set -eu
share=${XDG_DATA_HOME:-$HOME/.local/share}
# The command only if it is our link (a pip --user "crmdesk" is someone else's).
link="$HOME/.local/bin/crmdesk"
if [ -L "$link" ] && [ "$(readlink "$link")" = "$share/crmdesk/app/crmdesk" ]; then
    rm -f "$link"
fi
rm -f "$share/applications/crmdesk.desktop"
rm -f "$share"/icons/hicolor/*/apps/crmdesk.png "$share/icons/hicolor/scalable/apps/crmdesk.svg"
rm -rf "$share/crmdesk/app"
rmdir "$share/crmdesk" 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$share/icons/hicolor" || true
echo "CRM Desk is removed. Your data is still in \"$share/CRM Desk\"."
