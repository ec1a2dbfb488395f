"""The board's look, with Qt and light modules only: the columns side by side, each a
header (name, count, amount) over a list of painted cards.

The working board (:class:`prospectdesk.ui.board.BoardView` and its ``StageColumn``) is
built on :class:`BoardPage` and :class:`ColumnFrame`. The first screen
(``ui/first_screen.py``) fills them from plain ``sqlite3`` when the window opens on the
board (issue 21), with a :class:`CardSketch` where the working board has its list view:
the same frame, scroll bar and cards (``card_paint.paint_card``) in the same places, so
the two look the same to the pixel, without the item views' classes (PySide6 builds a
Python type and enums for each, ~30 ms of a start).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.ui.card_paint import (
    CardLook,
    card_size,
    draw_kept_card,
    paint_card,
    rendered_cards,
)
from prospectdesk.ui.money import money

if TYPE_CHECKING:
    from prospectdesk.domain.board_records import CardInfo
    from prospectdesk.domain.first_screen import BoardColumn

# The board's first page of each column (``board_model.PAGE_SIZE``, a test keeps them
# equal): the first screen's lists have as many rows, so their scroll bars look the same.
FIRST_PAGE_ROWS = 200
# Cards the first screen reads per column: more than a tall screen shows.
FIRST_SCREEN_CARDS = 20


class ColumnFrame(QFrame):
    """A header (name, count, optional amount) over a card list."""

    def __init__(self, name: str, view: QFrame, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QLabel()
        self.header.setObjectName("stage-header")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        # A long (Dutch, Armenian) stage name wraps instead of widening the column.
        self.header.setWordWrap(True)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # The header's text does not size the column (see show_count).
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.view = view
        view.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(view)
        self.header_extra = ""  # the amount line ("" for none)

    def show_count(self, count: int, *, at_least: bool = False) -> None:
        """The header: the name and the number of cards; ``at_least``: a lower bound
        while searching ("200+"), never a wrong figure."""
        number = QLocale().toString(count)
        if at_least:
            # The working board's context (its StageColumn), whichever class shows it.
            number = QCoreApplication.translate(
                "StageColumn", "%1+", "at least this many cards"
            ).replace("%1", number)
        text = f"{self.name} ({number})"
        lines = [text]
        if self.header_extra:
            lines.append(self.header_extra)  # the amount on a line of its own, never split
            text += f"\n{self.header_extra}"
        self.header.setText(text)
        # The column only ever grows to fit its header's widest word (or amount): while
        # typing a search the counts change on every keystroke, and a column that followed
        # its text's width made the whole board lay out and paint a second time.
        metrics = self.header.fontMetrics()
        widths = [metrics.horizontalAdvance(word) for word in lines[0].split()]
        widths += [metrics.horizontalAdvance(line) for line in lines[1:]]
        needed = max(widths) + 2 * self.header.margin() + 4
        if needed > self.header.minimumWidth():
            self.header.setMinimumWidth(needed)


class BoardPage(QScrollArea):
    """The columns side by side, scrolled sideways when they do not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._inner = QWidget()
        self._layout = QHBoxLayout(self._inner)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self.setWidget(self._inner)

    def show_columns(self, columns: Sequence[BoardColumn]) -> None:
        """The first screen's board: each column's header and first cards, read-only."""
        for column in columns:
            view = CardSketch(column.cards, min(column.count, FIRST_PAGE_ROWS), self._inner)
            frame = ColumnFrame(column.stage.name, view, self._inner)
            frame.setObjectName(f"stage-column-{column.stage.id}")
            frame.header_extra = money(column.value_cents) if column.value_cents else ""
            frame.show_count(column.count)
            self._layout.addWidget(frame)


class CardSketch(QFrame):
    """A column's first cards drawn as the working board's list view draws them
    (``card_list.CardListView``): its frame, a vertical scroll bar for ``rows`` rows at
    the top, and the cards on the same grid, painted by ``card_paint.paint_card``.
    Read-only: the first screen is replaced by the working board within a second."""

    def __init__(self, cards: Sequence[CardInfo], rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = list(cards)
        self.rows = max(rows, len(self.cards))
        # As a QAbstractScrollArea is made: its frame, its size hint and policy.
        self.setFrameStyle(QFrame.Shape.StyledPanel.value | QFrame.Shadow.Sunken.value)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(150)  # as CardListView
        self._scroll_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self._look = CardLook()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(256, 192)  # QAbstractScrollArea's, which the list view keeps

    def viewport_rect(self) -> QRect:
        """Where the list view's viewport would be: inside the frame, left of the scroll
        bar when it shows."""
        rect = self.contentsRect()
        if not self._scroll_bar.isHidden():
            rect.setRight(rect.right() - self._scroll_bar.sizeHint().width())
        return rect

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        contents = self.contentsRect()
        width = self._scroll_bar.sizeHint().width()
        card = card_size(self._look.fonts(self.font()), contents.width() - width)
        overflow = self.rows * card.height() - contents.height()
        self._scroll_bar.setVisible(overflow > 0)
        self._scroll_bar.setGeometry(
            contents.right() - width + 1, contents.top(), width, contents.height()
        )
        self._scroll_bar.setRange(0, max(0, overflow))
        self._scroll_bar.setPageStep(contents.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)  # the frame
        area = self.viewport_rect()
        painter = QPainter(self)
        palette = self.palette()
        # The list view's base, drawn as a rectangle without a pen: fillRect's overloads
        # would make PySide6 build QGradient's 169-name Preset enum on the way (~2 ms).
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.base())
        painter.drawRect(area)
        painter.setClipRect(area)
        fonts = self._look.fonts(self.font())
        status = self._look.status
        card = card_size(fonts, area.width())
        # Rows past the cards read are drawn as the list view draws a row whose card is
        # still being read: an empty box.
        for row in range(min(self.rows, area.height() // card.height() + 1)):
            rect = QRect(area.left(), area.top() + row * card.height(), card.width(), card.height())
            info = self.cards[row] if row < len(self.cards) else None
            draw_kept_card(
                painter,
                rendered_cards,
                info,
                rect,
                palette,
                fonts.regular,
                selected=False,
                paint=lambda on, rect=rect, info=info: paint_card(
                    on, rect, palette, fonts, info, selected=False, status=status
                ),
            )
        painter.end()
