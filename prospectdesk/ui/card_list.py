"""A column's list of cards in the working board: a :class:`QListView` painted by
:class:`CardDelegate` on a grid (the first screen draws the same cards without an item
view: :class:`prospectdesk.ui.board_page.CardSketch`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyleOptionViewItem, QWidget

from prospectdesk.ui.card_delegate import CardDelegate


class CardListView(QListView):
    """A column's list of cards, painted by :class:`CardDelegate` on a grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, not the one Qt made: handing a widget Qt created to Python
        # the first time (``viewport()``, a painter's ``device()``) makes PySide6 look for
        # its most derived type among every QWidget class, ~30 ms of a first screen.
        self._viewport = QWidget()
        # What QAbstractScrollArea gives the viewport it makes (a test compares them).
        self._viewport.setObjectName("qt_scrollarea_viewport")
        self._viewport.setBackgroundRole(QPalette.ColorRole.Base)
        self._viewport.setAutoFillBackground(True)
        self.setViewport(self._viewport)
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
        delegate.card_width = self._viewport.width() or None
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
