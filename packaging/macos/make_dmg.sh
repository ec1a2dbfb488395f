#!/usr/bin/env bash
# macOS disk image recipe (not run here; needs macOS for hdiutil):
#     python3 packaging/build.py --smoke && packaging/macos/make_dmg.sh
# Packs dist/ProspectDesk.app (its icon is packaging/icons/prospectdesk.icns, 16 to 1024 px,
# from make_icons.py) with a link to /Applications into dist/ProspectDesk-<version>.dmg.
# Unsigned: sign and notarize with your Developer ID before handing it out, e.g.
#     codesign --deep --options runtime -s "Developer ID Application: ..." dist/ProspectDesk.app
#     xcrun notarytool submit dist/ProspectDesk-<version>.dmg --wait --keychain-profile ...
set -euo pipefail
cd "$(dirname "$0")/../.."
app=dist/ProspectDesk.app
[ -d "$app" ] || { echo "no $app: run packaging/build.py first" >&2; exit 1; }
version=$("${PYTHON:-python3}" -c 'import sys; sys.path.insert(0, "packaging")
from pathlib import Path; from bundle_config import BundleConfig
print(BundleConfig.from_tree(Path(".")).version)')
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/ProspectDesk-$version.dmg"
hdiutil create -volname "ProspectDesk $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -ov "$dmg"
echo "built $dmg"
