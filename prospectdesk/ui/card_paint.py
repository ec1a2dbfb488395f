"""How a board card is drawn, with QtGui alone: the working board's delegate
(:class:`prospectdesk.ui.card_delegate.CardDelegate`) and the first screen's columns
(:class:`prospectdesk.ui.board_page.CardSketch`) both paint with :func:`paint_card`, so a
card looks the same before and after the app has loaded.

No item-view or style classes here: PySide6 builds a Python type (and the Python enums)
of every Qt class a module touches, and the first screen paints before any of them is
needed (issue 21).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap

from prospectdesk.domain.board_records import CardInfo
from prospectdesk.ui.colors import STALE, WARNING, readable
from prospectdesk.ui.money import money, money_currency

MARGIN = 4
PADDING = 8
# Built once: combining two Qt flags makes a new Python enum value on every call.
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight

# Painted cards kept for repaints, shared by every column: about 250 cards of 180x96
# pixels (several screens of the board at a device pixel ratio of 1).
RENDERED_BUDGET_BYTES = 16 * 1024 * 1024

StatusParts = list[tuple[str, QColor | None]]


class RenderedCards:
    """Pixmaps of painted cards, least recently used dropped first beyond a byte budget.

    A drop or a scroll step repaints every card in view although at most a few of them
    changed; drawing a kept pixmap costs about a hundredth of laying out and drawing the
    card's texts again. Cards are frozen values, so a card that changed is a new key."""

    def __init__(self, budget_bytes: int = RENDERED_BUDGET_BYTES) -> None:
        self.budget_bytes = budget_bytes
        self._bytes = 0
        self._pixmaps: OrderedDict[tuple, QPixmap] = OrderedDict()

    def get(self, key: tuple) -> QPixmap | None:
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
        return pixmap

    def put(self, key: tuple, pixmap: QPixmap) -> None:
        self._pixmaps[key] = pixmap
        self._bytes += _size_of(pixmap)
        while self._bytes > self.budget_bytes and len(self._pixmaps) > 1:
            _, dropped = self._pixmaps.popitem(last=False)
            self._bytes -= _size_of(dropped)

    def clear(self) -> None:
        self._pixmaps.clear()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._pixmaps)


def _size_of(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


# One for the whole app: the working board reuses the cards the first screen painted.
rendered_cards = RenderedCards()


def draw_kept_card(
    painter: QPainter,
    rendered: RenderedCards,
    card: CardInfo | None,
    rect: QRect,
    palette: QPalette,
    font: QFont,
    *,
    selected: bool,
    paint: Callable[[QPainter], None],
) -> None:
    """Draw ``card`` at ``rect`` from its kept pixmap, made first by ``paint`` (which
    paints it at ``rect``'s place) when none is kept for what its pixels depend on.
    ``card`` None (not read yet): its empty box is painted straight, never kept."""
    if card is None:
        paint(painter)
        return
    device = painter.device()
    ratio = device.devicePixelRatioF() if device else 1.0
    key = (
        card,
        money_currency(),  # a currency changed in Settings paints the amounts anew
        rect.width(),
        rect.height(),
        selected,
        palette.cacheKey(),
        font.key(),
        ratio,
    )
    pixmap = rendered.get(key)
    if pixmap is None:
        pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        card_painter = QPainter(pixmap)
        card_painter.translate(QPoint(-rect.left(), -rect.top()))
        paint(card_painter)
        card_painter.end()
        rendered.put(key, pixmap)
    painter.drawPixmap(rect.topLeft(), pixmap)


class CardFonts:
    """The fonts and metrics a card is drawn with, for one base font: built once per
    font (constructing fonts and metrics for every card painted was a third of the
    board's paint time)."""

    def __init__(self, font: QFont) -> None:
        self.key = font.key()
        self.regular = QFont(font)  # a copy: the caller's may be a temporary
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        self.metrics = QFontMetrics(font)
        self.bold_metrics = QFontMetrics(self.bold)
        self.small_metrics = QFontMetrics(self.small)
        self.separator = self.small_metrics.horizontalAdvance("  ·  ")


class CardLook:
    """What one view paints its cards with: the fonts for the view's font (made again
    when it changes) and the status lines it has formatted."""

    def __init__(self) -> None:
        self._fonts: CardFonts | None = None
        self.status = StatusLines()

    def fonts(self, font: QFont) -> CardFonts:
        if self._fonts is None or self._fonts.key != font.key():
            self._fonts = CardFonts(font)
        return self._fonts


def card_size(fonts: CardFonts, width: int | None) -> QSize:
    """Name, organization and two status rows: on a narrow column (or in a language with
    longer words) the status flows onto the second row instead of being cut off."""
    return QSize(width or 180, fonts.metrics.height() * 4 + PADDING * 2 + MARGIN * 2 + 4)


def status_parts(card: CardInfo) -> StatusParts:
    """The status line's parts, in order, each with its meaning colour (None: the text's)."""
    # Context "CardDelegate", written out each time (lupdate reads literals only): the
    # strings were the delegate's before they moved here, and keep their translations.
    translate = QCoreApplication.translate
    locale = QLocale()
    parts: StatusParts = []
    if card.do_not_contact:
        # First: whoever opens the card must see it before calling.
        parts.append((translate("CardDelegate", "do not contact"), WARNING))
    if card.next_followup_due is not None:
        when = locale.toString(card.next_followup_due.date(), QLocale.FormatType.ShortFormat)
        parts.append(
            (
                translate("CardDelegate", "next: %1").replace("%1", when),
                WARNING if card.followup_overdue else None,
            )
        )
    if card.qualification_total:
        parts.append(
            (
                translate("CardDelegate", "qualified %1 of %2")
                .replace("%1", locale.toString(card.qualification_met))
                .replace("%2", locale.toString(card.qualification_total)),
                None,
            )
        )
    if card.expected_value_cents:
        parts.append((money(card.expected_value_cents, locale), None))
    if card.stale:
        parts.append((translate("CardDelegate", "gone quiet"), STALE))
    # Last: on a narrow card the sales facts above matter more than the days.
    parts.append((translate("CardDelegate", "%n day(s) in stage", "", card.days_in_stage), None))
    return parts


class StatusLines:
    """Formatted status lines by card: cards are frozen values, so the same card always
    reads the same, and a repaint saves the locale and translation calls."""

    def __init__(self) -> None:
        self._lines: dict[tuple[CardInfo, str], StatusParts] = {}

    def of(self, card: CardInfo) -> StatusParts:
        key = (card, money_currency())
        parts = self._lines.get(key)
        if parts is None:
            if len(self._lines) > 5000:
                self._lines.clear()
            parts = self._lines[key] = status_parts(card)
        return parts

    def clear(self) -> None:
        self._lines.clear()


def paint_card(
    painter: QPainter,
    rect: QRect,
    palette: QPalette,
    fonts: CardFonts,
    card: CardInfo | None,
    *,
    selected: bool,
    status: StatusLines,
) -> None:
    """One card in ``rect`` (its grid cell; the card keeps a margin inside it): a rounded
    box, the name (bold), the organization and a status line with the do-not-contact mark
    (red, with a red border), the next follow-up (red when overdue), qualification
    progress, value, the stale mark and days in stage. ``card`` None: the empty box of a
    card not read yet."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    background = palette.color(
        QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
    )
    marked = card is not None and (card.stale or card.do_not_contact)
    border = palette.color(QPalette.ColorRole.Mid)
    if card is not None and card.do_not_contact:
        border = WARNING
    elif card is not None and card.stale:
        border = STALE
    painter.setPen(QPen(border, 1.5 if marked else 1))
    painter.setBrush(background)
    painter.drawRoundedRect(box, 6, 6)
    if card is None:
        painter.restore()
        return
    text_color = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    inner = box.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
    line = fonts.metrics.height()
    painter.setFont(fonts.bold)
    painter.setPen(text_color)
    name = card.display_name or QCoreApplication.translate("CardDelegate", "(no name)")
    painter.drawText(
        QRect(inner.left(), inner.top(), inner.width(), line),
        _LEFT_MIDDLE,
        fonts.bold_metrics.elidedText(name, _ELIDE_RIGHT, inner.width()),
    )
    painter.setFont(fonts.regular)
    painter.drawText(
        QRect(inner.left(), inner.top() + line, inner.width(), line),
        _LEFT_MIDDLE,
        fonts.metrics.elidedText(card.organization, _ELIDE_RIGHT, inner.width()),
    )
    x = inner.left()
    y = inner.top() + 2 * line + 2
    painter.setFont(fonts.small)
    small_metrics = fonts.small_metrics
    status_rows = 2
    for text, color in status.of(card):
        width = small_metrics.horizontalAdvance(text)
        if x + width > inner.right() and x > inner.left() and status_rows > 1:
            status_rows -= 1  # wrap to the next status row
            x = inner.left()
            y += line
        if x + width > inner.right():
            text = small_metrics.elidedText(text, _ELIDE_RIGHT, inner.right() - x)
            width = small_metrics.horizontalAdvance(text)
        painter.setPen(
            readable(color, background) if color is not None and not selected else text_color
        )
        painter.drawText(QRect(x, y, width, line), _LEFT_MIDDLE, text)
        x += width + fonts.separator
        if x >= inner.right() and status_rows == 1:
            break
    painter.restore()
