#!/usr/bin/env bash
# Screenshots of the board in English, Dutch and Armenian under Xvfb (real X11, real fonts):
#     scripts/screenshots.sh            -> docs/screenshots/board-{en,nl,hy}.png
# Uses /work/shared/tools/xshot (or $XSHOT): Xvfb, a tray and the fonts it installs.
set -euo pipefail
cd "$(dirname "$0")/.."
xshot=${XSHOT:-/work/shared/tools/xshot}
python=${PYTHON:-python3}
out=docs/screenshots
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for lang in en nl hy; do
  "$python" scripts/demo_data.py "$scratch/$lang" --lang "$lang"
  "$xshot" "$scratch/board-$lang.png" 8 -- \
    "$python" scripts/screenshot_app.py "$scratch/$lang" --lang "$lang" || true
  # the window sits at the top-left of the 1440x900 screen (no window manager): keep just it
  convert "$scratch/board-$lang.png" -crop 1280x800+0+0 +repage "$out/board-$lang.png"
done
ls -l "$out"
# The board on a small laptop screen (1366x768), and the first start (an empty workspace).
for lang in en nl hy; do
  "$python" scripts/demo_data.py "$scratch/small-$lang" --lang "$lang"
  "$xshot" "$scratch/small-$lang.png" 8 -- \
    "$python" scripts/screenshot_app.py "$scratch/small-$lang" --lang "$lang" --size 1366x768 || true
  convert "$scratch/small-$lang.png" -crop 1366x768+0+0 +repage "$out/board-1366x768-$lang.png"
done
"$xshot" "$scratch/first.png" 8 -- \
  "$python" scripts/screenshot_app.py "$scratch/first" --lang en --size 1366x768 --today || true
convert "$scratch/first.png" -crop 1366x768+0+0 +repage "$out/first-start-en.png"
# the empty board of the first start, with what to do next
"$xshot" "$scratch/first-board.png" 8 -- \
  "$python" scripts/screenshot_app.py "$scratch/first-board" --lang en --size 1366x768 || true
convert "$scratch/first-board.png" -crop 1366x768+0+0 +repage "$out/first-start-board-en.png"
ls -l "$out"
