"""Colours that carry meaning (overdue red, gone-quiet amber), readable on the palette in
use: light or dark, as the system chooses. A meaning colour is kept in hue and moved in
lightness until its text reaches the 4.5:1 contrast of WCAG 2 (level AA) against the
background it is drawn on."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

WARNING = QColor("#c0392b")  # overdue, cannot be saved
STALE = QColor("#d68910")  # gone quiet
AA_CONTRAST = 4.5


def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(color: QColor, background: QColor) -> QColor:
    """``color``, darker on a light background or lighter on a dark one, just enough for
    text in it to be read (4.5:1)."""
    return QColor.fromRgba(_readable(color.rgba(), background.rgba()))


@lru_cache(maxsize=256)
def _readable(rgba: int, background_rgba: int) -> int:
    color, background = QColor.fromRgba(rgba), QColor.fromRgba(background_rgba)
    if contrast(color, background) >= AA_CONTRAST:
        return rgba
    hue, saturation, lightness, alpha = color.getHslF()
    step = -0.02 if luminance(background) > 0.18 else 0.02  # away from the background
    candidate = QColor(color)
    while 0.0 <= lightness + step <= 1.0 and contrast(candidate, background) < AA_CONTRAST:
        lightness += step
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
    return candidate.rgba()
