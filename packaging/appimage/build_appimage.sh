#!/usr/bin/env bash
# AppImage recipe (not run here: appimagetool is a download from GitHub, which the build
# machine does not reach). Wraps the same PyInstaller bundle the .deb carries:
#     python3 packaging/build.py --smoke
#     APPIMAGETOOL=/path/to/appimagetool-x86_64.AppImage packaging/appimage/build_appimage.sh
# (appimagetool: https://github.com/AppImage/appimagetool/releases). Output:
# dist/ProspectDesk-<version>-<arch>.AppImage. An AppImage uses the host's glibc, so it
# starts on the bundle's glibc minimum and newer (packaging/build_deb.py prints it; build on
# the oldest distribution you want to reach).
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=dist/prospectdesk
[ -x "$bundle/prospectdesk" ] || { echo "no $bundle: run packaging/build.py first" >&2; exit 1; }
tool=${APPIMAGETOOL:-appimagetool}
version=$("${PYTHON:-python3}" -c 'import sys; sys.path.insert(0, "packaging")
from pathlib import Path; from bundle_config import BundleConfig
print(BundleConfig.from_tree(Path(".")).version)')
arch=$(uname -m)
appdir=$(mktemp -d)/ProspectDesk.AppDir
trap 'rm -rf "$(dirname "$appdir")"' EXIT
mkdir -p "$appdir/usr/lib"
cp -a "$bundle" "$appdir/usr/lib/prospectdesk"
mv "$appdir/usr/lib/prospectdesk/share" "$appdir/usr/share"
rm "$appdir/usr/lib/prospectdesk/install-desktop-entry.sh"
cp "$appdir/usr/share/applications/prospectdesk.desktop" "$appdir/prospectdesk.desktop"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/prospectdesk.png" "$appdir/prospectdesk.png"
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/prospectdesk/prospectdesk" "$@"
RUN
chmod +x "$appdir/AppRun"
ARCH=$arch "$tool" "$appdir" "dist/ProspectDesk-$version-$arch.AppImage"
echo "built dist/ProspectDesk-$version-$arch.AppImage"
