#!/usr/bin/env bash
# Installs the Debian packages Qt needs (listed in packaging/debian-qt-runtime.txt) when
# they are missing: as root, or through sudo when not root; does nothing where all are present.
set -euo pipefail
list="$(dirname "$0")/debian-qt-runtime.txt"
command -v dpkg >/dev/null || { echo "not a Debian system: install Qt's libraries your own way" >&2; exit 0; }
missing=()
while read -r pkg; do
  [[ -z "$pkg" || "$pkg" == \#* ]] && continue
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done < "$list"
[ ${#missing[@]} -eq 0 ] && exit 0
# As root (CI, a minimal Debian without sudo) directly; otherwise through sudo, if there is one.
as_root=()
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || {
    echo "missing Debian packages; run as root: apt-get install ${missing[*]}" >&2
    exit 1
  }
  as_root=(sudo)
fi
${as_root[@]+"${as_root[@]}"} apt-get update -qq
${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
