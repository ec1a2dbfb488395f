"""The card delegate keeps painted cards: a repaint of an unchanged card draws a pixmap."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QStyle, QStyleOptionViewItem

from prospectdesk.domain.records import CardInfo
from prospectdesk.ui.board_model import CardRole
from prospectdesk.ui.card_delegate import CardDelegate, RenderedCards

CARD = CardInfo(
    id=1,
    display_name="Anouk van der Berg",
    organization="Bakkerij 't Hart",
    stage_id=1,
    next_followup_due=None,
    followup_overdue=False,
    days_in_stage=3,
    expected_value_cents=25000,
)


class FakeIndex:
    def __init__(self, card: CardInfo | None) -> None:
        self.card = card

    def data(self, role):
        return self.card if role == CardRole else None


class CountingDelegate(CardDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rendered = RenderedCards()
        self.drawn: list[CardInfo | None] = []

    def _paint_card(self, painter, option, card) -> None:
        self.drawn.append(card)
        super()._paint_card(painter, option, card)


def paint(delegate: CardDelegate, view: QListView, card: CardInfo | None, *, selected=False):
    image = QImage(220, 120, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 10, 200, 100)
    option.font = view.font()
    option.palette = view.palette()
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    painter = QPainter(image)
    delegate.paint(painter, option, FakeIndex(card))
    painter.end()
    return image


def test_an_unchanged_card_is_drawn_once_and_a_changed_one_again(qapp):
    view = QListView()
    delegate = CountingDelegate(view)
    first = paint(delegate, view, CARD)
    again = paint(delegate, view, CARD)
    assert delegate.drawn == [CARD]
    assert again == first  # the kept pixmap paints the same pixels
    moved = replace(CARD, days_in_stage=0)
    paint(delegate, view, moved)
    paint(delegate, view, CARD, selected=True)  # other colours: drawn again
    assert delegate.drawn == [CARD, moved, CARD]
    paint(delegate, view, None)  # no data yet: a bare frame, never kept
    paint(delegate, view, None)
    assert delegate.drawn[-2:] == [None, None]
    assert len(delegate.rendered) == 3


def test_kept_cards_stay_within_their_budget(qapp):
    kept = RenderedCards(budget_bytes=3 * 10 * 10 * 4)
    for key in range(5):
        kept.put((key,), QPixmap(10, 10))
    assert len(kept) == 3
    assert kept.get((0,)) is None and kept.get((4,)) is not None
    kept.get((2,))  # used: kept longer than the one before it
    kept.put((5,), QPixmap(10, 10))
    assert kept.get((3,)) is None and kept.get((2,)) is not None


def test_the_column_lays_cards_out_on_a_grid_that_follows_the_font(qapp):
    from prospectdesk.ui.board import StageListView

    view = StageListView()
    option = QStyleOptionViewItem()
    option.font = view.font()
    assert view.gridSize() == view.itemDelegate().sizeHint(option, QModelIndex())
    before = view.gridSize().height()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.gridSize().height() > before
