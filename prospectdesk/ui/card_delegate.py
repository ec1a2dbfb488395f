"""Paints a board card; no widget per card, so 100,000 cards cost nothing until seen."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from prospectdesk.domain.board_records import CardInfo
from prospectdesk.ui.card_paint import (
    RENDERED_BUDGET_BYTES,  # noqa: F401 - part of this module's interface
    CardLook,
    RenderedCards,  # noqa: F401 - part of this module's interface
    card_size,
    draw_kept_card,
    paint_card,
    rendered_cards,
    status_parts,
)
from prospectdesk.ui.money import money

# The roles a card list's model answers (the board's columns, the first screen's).
CardRole = Qt.ItemDataRole.UserRole + 1
ContactIdRole = Qt.ItemDataRole.UserRole + 2


def format_money(cents: int, locale: QLocale | None = None) -> str:
    """The workspace's currency, written the interface language's way (one formatter for
    every amount: :func:`prospectdesk.ui.money.money`)."""
    return money(cents, locale)


class CardDelegate(QStyledItemDelegate):
    """Paints a card with :func:`prospectdesk.ui.card_paint.paint_card` (three lines: the
    name, the organization and the status), through a kept pixmap per card."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._look = CardLook()
        self.rendered = rendered_cards
        # The column's width, set by its view (cards fill it); None: the natural width.
        self.card_width: int | None = None

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return card_size(self._look.fonts(option.font), self.card_width)

    def status_parts(self, card: CardInfo) -> list[tuple[str, QColor | None]]:
        return status_parts(card)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: CardInfo | None = index.data(CardRole)
        draw_kept_card(
            painter,
            self.rendered,
            card,
            option.rect,
            option.palette,
            option.font,
            selected=bool(option.state & QStyle.StateFlag.State_Selected),
            paint=lambda on: self._paint_card(on, option, card),
        )

    def _paint_card(
        self, painter: QPainter, option: QStyleOptionViewItem, card: CardInfo | None
    ) -> None:
        paint_card(
            painter,
            option.rect,
            option.palette,
            self._look.fonts(option.font),
            card,
            selected=bool(option.state & QStyle.StateFlag.State_Selected),
            status=self._look.status,
        )
