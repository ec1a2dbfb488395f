"""The board's look, with Qt and light modules only: the columns side by side, each a
header (name, count, amount) over a list of painted cards.

The working board (:class:`prospectdesk.ui.board.BoardView`, its ``StageColumn`` and
``StageListView``) is built on these classes, and the first screen
(``ui/first_screen.py``) shows them filled from plain ``sqlite3`` when the window opens
on the board (issue 21), so the two look the same to the pixel.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.ui.card_delegate import CardDelegate, CardRole, ContactIdRole
from prospectdesk.ui.money import money

if TYPE_CHECKING:
    from prospectdesk.domain.board_records import CardInfo
    from prospectdesk.domain.first_screen import BoardColumn

# The board's first page of each column (``board_model.PAGE_SIZE``, a test keeps them
# equal): the first screen's lists have as many rows, so their scroll bars look the same.
FIRST_PAGE_ROWS = 200
# Cards the first screen reads per column: more than a tall screen shows.
FIRST_SCREEN_CARDS = 20


class CardListView(QListView):
    """A column's list of cards, painted by :class:`CardDelegate` on a grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)  # essential at 100k rows: no per-row size queries
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(CardDelegate(self))
        # Narrow enough that seven columns fit a 1366-pixel screen (the card elides).
        self.setMinimumWidth(150)
        # Cards are as wide as the column: never a sideways scroll inside one.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_grid()

    def _fit_grid(self) -> None:
        """Lay the cards out on a grid of one card's height and the column's width.
        Without a grid the view asks the model for an index per loaded row to size it on
        every layout (after each drop, each page fetched while scrolling): thousands of
        calls into Python."""
        option = QStyleOptionViewItem()
        option.font = self.font()
        delegate = self.itemDelegate()
        delegate.card_width = self.viewport().width() or None
        hint = delegate.sizeHint(option, QModelIndex())
        if self.gridSize() != hint:
            self.setGridSize(hint)

    def updateGeometries(self) -> None:  # noqa: N802 - Qt's name
        """Also when a vertical scroll bar comes or goes: the viewport's width changed."""
        super().updateGeometries()
        self._fit_grid()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._fit_grid()
        super().changeEvent(event)


class ColumnFrame(QFrame):
    """A header (name, count, optional amount) over a card list."""

    def __init__(self, name: str, view: CardListView, parent: QWidget | None = None) -> None:
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
            view = CardListView(self._inner)
            view.setModel(FirstCardsModel(column.cards, min(column.count, FIRST_PAGE_ROWS), view))
            frame = ColumnFrame(column.stage.name, view, self._inner)
            frame.setObjectName(f"stage-column-{column.stage.id}")
            frame.header_extra = money(column.value_cents) if column.value_cents else ""
            frame.show_count(column.count)
            self._layout.addWidget(frame)


Index = QModelIndex | QPersistentModelIndex


class FirstCardsModel(QAbstractListModel):
    """A column's rows as the board's model first shows them: ``rows`` rows (its first
    page), the first of them with their cards."""

    def __init__(self, cards: Sequence[CardInfo], rows: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._cards = list(cards)
        self._rows = max(rows, len(self._cards))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CardRole:
            return card
        if role == ContactIdRole:
            return card.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.display_name
        return None
