#!/usr/bin/env bash
# Installs the Debian packages Qt needs (listed in packaging/debian-qt-runtime.txt) when
# they are missing. Needs root (CI runs as root); does nothing where all are present.
set -euo pipefail
list="$(dirname "$0")/debian-qt-runtime.txt"
command -v dpkg >/dev/null || { echo "not a Debian system: install Qt's libraries your own way" >&2; exit 0; }
missing=()
while read -r pkg; do
  [[ -z "$pkg" || "$pkg" == \#* ]] && continue
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done < "$list"
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing Debian packages; run as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
