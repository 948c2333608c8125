#!/usr/bin/env bash
# Register this Commissioner build with the desktop (menu entry and icon) for the current user.
# Run it from the unpacked build directory; run it again after moving the directory.
# Undo: packaging/linux/install-desktop-entry.sh --remove
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
id="io.commissioner.app"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
desktop="$data/applications/$id.desktop"

if [[ "${1:-}" == "--remove" ]]; then
    rm -f "$desktop"
    find "$data/icons/hicolor" -name "$id.png" -delete 2>/dev/null || true
    echo "removed $desktop"
    exit 0
fi

mkdir -p "$data/applications"
sed -e "s|^Exec=commissioner|Exec=\"$here/commissioner\"|" \
    -e "s|^TryExec=commissioner|TryExec=$here/commissioner|" \
    "$here/share/applications/$id.desktop" > "$desktop"
for png in "$here"/share/icons/hicolor/*/apps/"$id.png"; do
    size_dir="$(basename "$(dirname "$(dirname "$png")")")"
    mkdir -p "$data/icons/hicolor/$size_dir/apps"
    cp "$png" "$data/icons/hicolor/$size_dir/apps/"
done
if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data/applications" || true
fi
echo "installed $desktop"
