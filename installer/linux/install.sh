#!/bin/sh
# Install CRM Desk for the current user: no root, nothing outside your home folder.
#   ./install.sh        (run from the unpacked folder)
# The program goes to ~/.local/share/crmdesk/app (replaced on upgrade), the command to
# ~/.local/bin/crmdesk, the menu entry and icons to ~/.local/share/{applications,icons}.
# Your data stays in ~/.local/share/CRM Desk, which installing and upgrading never touch.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
app="$share/crmdesk/app"
bin="$HOME/.local/bin"

if [ "$here" != "$app" ]; then
    rm -rf "$app.new"
    mkdir -p "$app.new"
    cp -a "$here/." "$app.new/"
    rm -rf "$app"
    mv "$app.new" "$app"
fi
mkdir -p "$bin" "$share/applications"
ln -sf "$app/crmdesk" "$bin/crmdesk"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$app/icons/crmdesk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/crmdesk.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$app/icons/crmdesk.svg" "$share/icons/hicolor/scalable/apps/crmdesk.svg"
sed "s|@EXEC@|$app/crmdesk|g" "$app/crmdesk.desktop.in" > "$share/applications/crmdesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$share/icons/hicolor" || true
echo "CRM Desk is installed: find it in your applications menu, or run $bin/crmdesk"
