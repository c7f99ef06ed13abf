#!/bin/sh
# Install CRM Desk for the current user: no root, nothing outside your home folder.
#   ./install.sh        (run from the unpacked folder)
# The program goes to ~/.local/share/crmdesk/app (replaced on upgrade), the command to
# ~/.local/bin/crmdesk, the menu entry and icons to ~/.local/share/{applications,icons}.
# Your data stays in ~/.local/share/CRM Desk, which installing and upgrading never touch.
set -eu
# CDPATH cleared: with CDPATH set, `cd` prints the folder it finds, which would end up in $here.
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
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
if [ -e "$bin/crmdesk" ] && [ ! -L "$bin/crmdesk" ]; then
    echo "Note: $bin/crmdesk exists and is not CRM Desk's link (pip --user?); left as is." >&2
else
    ln -sf "$app/crmdesk" "$bin/crmdesk"
fi
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$app/icons/crmdesk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/crmdesk.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$app/icons/crmdesk.svg" "$share/icons/hicolor/scalable/apps/crmdesk.svg"
# The Desktop Entry spec: inside the quoted Exec argument, " ` $ \ each take a backslash and % is
# written %%; then, as in any string value (TryExec too), every backslash is doubled. Last, the
# characters sed's replacement treats specially (\ & and the | delimiter) are escaped for sed.
for_sed() { printf '%s\n' "$1" | sed 's/[\\&|]/\\&/g'; }
exec_arg=$(printf '%s\n' "$app/crmdesk" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
try_exec=$(printf '%s\n' "$app/crmdesk" | sed 's/\\/\\\\/g')
sed -e "s|@EXEC@|$(for_sed "$exec_arg")|g" -e "s|@TRYEXEC@|$(for_sed "$try_exec")|g" \
    "$app/crmdesk.desktop.in" > "$share/applications/crmdesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$share/icons/hicolor" || true
echo "CRM Desk is installed: find it in your applications menu, or run $bin/crmdesk"
