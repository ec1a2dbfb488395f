"""Render the one source icon (resources/prospectdesk.svg) into every file the platforms need.

    python packaging/make_icons.py

Writes (all committed, so a clone builds and installs without running this):
- prospectdesk/resources/icons/prospectdesk-<N>.png: runtime window icon (package data) and the
  hicolor sizes the Linux .desktop entry uses;
- packaging/icons/prospectdesk.ico (Windows) and prospectdesk.icns (macOS) for PyInstaller;
- packaging/icons/prospectdesk-1024.png, the 1024 px artwork macOS (icns ic10, the .dmg
  recipe) and store listings ask for.

ICO and ICNS are written here by hand (both just wrap PNG data) so no Pillow is needed and the
output does not depend on which Qt image plugins a machine happens to have.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SVG = ROOT / "resources" / "prospectdesk.svg"
RUNTIME_ICON_DIR = ROOT / "prospectdesk" / "resources" / "icons"
PACKAGING_ICON_DIR = ROOT / "packaging" / "icons"

# The hicolor theme sizes desktops look for; 512 also feeds the macOS and AppStream icons.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size.
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}
LARGE_SIZE = 1024  # macOS's largest icon (512 pt at 2x)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    directory, payload = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + directory + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    elements = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    renderer = QSvgRenderer(str(SOURCE_SVG))
    if not renderer.isValid():
        print(f"cannot read {SOURCE_SVG}", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in (*PNG_SIZES, LARGE_SIZE)}
    RUNTIME_ICON_DIR.mkdir(parents=True, exist_ok=True)
    PACKAGING_ICON_DIR.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        png = pngs[size]
        (RUNTIME_ICON_DIR / f"prospectdesk-{size}.png").write_bytes(png)
    (PACKAGING_ICON_DIR / "prospectdesk.ico").write_bytes(
        ico_bytes({size: pngs[size] for size in ICO_SIZES})
    )
    (PACKAGING_ICON_DIR / "prospectdesk.icns").write_bytes(
        icns_bytes({size: pngs[size] for size in ICNS_TYPES})
    )
    (PACKAGING_ICON_DIR / f"prospectdesk-{LARGE_SIZE}.png").write_bytes(pngs[LARGE_SIZE])
    print(f"icons written to {RUNTIME_ICON_DIR} and {PACKAGING_ICON_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
