"""Paints a board card; no widget per card, so 100,000 cards cost nothing until seen."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QLocale, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from prospectdesk.domain.board_records import CardInfo
from prospectdesk.ui.colors import STALE, WARNING, readable
from prospectdesk.ui.money import money, money_currency

# The roles a card list's model answers (the board's columns, the first screen's).
CardRole = Qt.ItemDataRole.UserRole + 1
ContactIdRole = Qt.ItemDataRole.UserRole + 2

MARGIN = 4
PADDING = 8
# Painted cards kept for repaints, shared by every column: about 250 cards of 180x96
# pixels (several screens of the board at a device pixel ratio of 1).
RENDERED_BUDGET_BYTES = 16 * 1024 * 1024


def format_money(cents: int, locale: QLocale | None = None) -> str:
    """The workspace's currency, written the interface language's way (one formatter for
    every amount: :func:`prospectdesk.ui.money.money`)."""
    return money(cents, locale)


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


rendered_cards = RenderedCards()


class CardDelegate(QStyledItemDelegate):
    """Three lines: the name (bold), the organization, and a status line with the
    do-not-contact mark (red, with a red border), the next follow-up (red when overdue),
    qualification progress, value, the stale mark and days in stage."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fonts_for: str | None = None
        self._fonts: tuple = ()
        self._status_cache: dict[tuple[CardInfo, str], list[tuple[str, QColor | None]]] = {}
        self.rendered = rendered_cards
        # The column's width, set by its view (cards fill it); None: the natural width.
        self.card_width: int | None = None

    def _fonts_of(self, font: QFont) -> tuple:
        """(bold, small, metrics, bold metrics, small metrics, separator width) for the
        view's font, built once: constructing fonts and metrics for every card painted was
        a third of the board's paint time."""
        key = font.key()
        if key != self._fonts_for:
            bold = QFont(font)
            bold.setBold(True)
            small = QFont(font)
            small.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
            small_metrics = QFontMetrics(small)
            self._fonts = (
                bold,
                small,
                QFontMetrics(font),
                QFontMetrics(bold),
                small_metrics,
                small_metrics.horizontalAdvance("  ·  "),
            )
            self._fonts_for = key
            self._status_cache.clear()
        return self._fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = self._fonts_of(option.font)[2]
        # Name, organization and two status rows: on a narrow column (or in a language with
        # longer words) the status flows onto the second row instead of being cut off.
        return QSize(self.card_width or 180, metrics.height() * 4 + PADDING * 2 + MARGIN * 2 + 4)

    def status_parts(self, card: CardInfo) -> list[tuple[str, QColor | None]]:
        locale = QLocale()
        parts: list[tuple[str, QColor | None]] = []
        if card.do_not_contact:
            # First: whoever opens the card must see it before calling.
            parts.append((self.tr("do not contact"), WARNING))
        if card.next_followup_due is not None:
            when = locale.toString(card.next_followup_due.date(), QLocale.FormatType.ShortFormat)
            parts.append(
                (
                    self.tr("next: %1").replace("%1", when),
                    WARNING if card.followup_overdue else None,
                )
            )
        if card.qualification_total:
            parts.append(
                (
                    self.tr("qualified %1 of %2")
                    .replace("%1", locale.toString(card.qualification_met))
                    .replace("%2", locale.toString(card.qualification_total)),
                    None,
                )
            )
        if card.expected_value_cents:
            parts.append((format_money(card.expected_value_cents, locale), None))
        if card.stale:
            parts.append((self.tr("gone quiet"), STALE))
        # Last: on a narrow card the sales facts above matter more than the days.
        parts.append((self.tr("%n day(s) in stage", "", card.days_in_stage), None))
        return parts

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: CardInfo | None = index.data(CardRole)
        if card is None:
            self._paint_card(painter, option, None)
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        rect = option.rect
        key = (
            card,
            money_currency(),  # a currency changed in Settings paints the amounts anew
            rect.width(),
            rect.height(),
            selected,
            option.palette.cacheKey(),
            option.font.key(),
            ratio,
        )
        pixmap = self.rendered.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            card_painter = QPainter(pixmap)
            card_painter.translate(QPoint(-rect.left(), -rect.top()))
            self._paint_card(card_painter, option, card)
            card_painter.end()
            self.rendered.put(key, pixmap)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _paint_card(
        self, painter: QPainter, option: QStyleOptionViewItem, card: CardInfo | None
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
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
        painter.drawRoundedRect(rect, 6, 6)
        if card is None:
            painter.restore()
            return
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        inner = rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        bold, small, metrics, bold_metrics, small_metrics, separator = self._fonts_of(option.font)
        line = metrics.height()
        painter.setFont(bold)
        painter.setPen(text_color)
        name = card.display_name or self.tr("(no name)")
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.setFont(option.font)
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(card.organization, Qt.TextElideMode.ElideRight, inner.width()),
        )
        x = inner.left()
        y = inner.top() + 2 * line + 2
        painter.setFont(small)
        status_key = (card, money_currency())
        parts = self._status_cache.get(status_key)
        if parts is None:
            # Cards are frozen values: the same card always reads the same. Caching the
            # formatted line saves the locale and translation calls on every repaint.
            if len(self._status_cache) > 5000:
                self._status_cache.clear()
            parts = self._status_cache[status_key] = self.status_parts(card)
        status_rows = 2
        for text, color in parts:
            width = small_metrics.horizontalAdvance(text)
            if x + width > inner.right() and x > inner.left() and status_rows > 1:
                status_rows -= 1  # wrap to the next status row
                x = inner.left()
                y += line
            if x + width > inner.right():
                text = small_metrics.elidedText(
                    text, Qt.TextElideMode.ElideRight, inner.right() - x
                )
                width = small_metrics.horizontalAdvance(text)
            painter.setPen(
                readable(color, background) if color is not None and not selected else text_color
            )
            painter.drawText(
                QRect(x, y, width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += width + separator
            if x >= inner.right() and status_rows == 1:
                break
        painter.restore()
