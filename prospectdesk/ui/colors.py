"""Colours that carry meaning (overdue red, gone-quiet amber), readable on the palette in
use: light or dark, as the system chooses. A meaning colour is kept in hue and moved in
lightness until its text reaches the 4.5:1 contrast of WCAG 2 (level AA) against the
background it is drawn on.

:class:`SchemeFollower` makes the app follow the system's light or dark mode (Qt's
``QStyleHints.colorScheme``), also when it changes while the app runs: where the platform
theme does not switch the palette itself, it puts a dark palette in place (and the light one
back). Views draw their meaning colours from the palette they are painted with, so a switch
repaints them readable."""

from __future__ import annotations

from functools import lru_cache

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

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


def is_dark(palette: QPalette) -> bool:
    """A dark palette: light text on a dark window."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.18


def dark_palette() -> QPalette:
    """A dark palette for a platform theme that has none of its own (Fusion's roles)."""
    palette = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#eeeeee")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#262626"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3a3a"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9a9a9a"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#353535"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Light: QColor("#505050"),
        QPalette.ColorRole.Midlight: QColor("#404040"),
        QPalette.ColorRole.Mid: QColor("#555555"),
        QPalette.ColorRole.Dark: QColor("#191919"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#2f65ca"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#6ea8fe"),
        QPalette.ColorRole.LinkVisited: QColor("#b48ef0"),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


class SchemeFollower(QObject):
    """The app's palette follows the system's colour scheme (built once, in ui/app.py)."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.app = app
        self.platform_palette = QPalette(app.palette())  # what the platform gave at start
        self.replaced = False  # whether the palette in place is ours, not the platform's
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self.follow)
        self.follow(hints.colorScheme())

    def follow(self, scheme: QtCore.Qt.ColorScheme) -> None:
        """Dark: a dark palette unless the platform already gave one. Light (or unknown):
        the platform's palette back, if ours was put in its place."""
        dark_now = is_dark(self.app.palette())
        dark = QtCore.Qt.ColorScheme.Dark
        if scheme == dark and not dark_now:
            if not self.replaced:
                self.platform_palette = QPalette(self.app.palette())
            self.app.setPalette(dark_palette())
            self.replaced = True
        elif scheme != dark and self.replaced:
            self.app.setPalette(self.platform_palette)
            self.replaced = False


class _MeaningText(QObject):
    """Keeps a widget's text in a meaning colour readable on its background, also after
    the palette changes (light to dark)."""

    def __init__(self, widget: QWidget, color: QColor, sheet: str) -> None:
        super().__init__(widget)
        self.widget = widget
        self.color = QColor(color)
        self.sheet = sheet
        widget.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply()
        return False

    def apply(self) -> None:
        background = self.widget.palette().color(QPalette.ColorRole.Window)
        sheet = self.sheet.replace("COLOR", readable(self.color, background).name())
        if self.widget.styleSheet() != sheet:  # setting it changes the palette again
            self.widget.setStyleSheet(sheet)


def show_in(widget: QWidget, color: QColor, sheet: str = "color: COLOR;") -> None:
    """``widget``'s text in ``color`` (say WARNING), readable on light and dark palettes;
    ``sheet``: the style sheet, COLOR standing for the colour (say, only when checked)."""
    _MeaningText(widget, color, sheet)
