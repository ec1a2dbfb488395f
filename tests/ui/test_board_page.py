"""The first screen's columns (CardSketch) paint what the working board's list view paints
with the same cards: pixel for pixel, so nothing moves when the app attaches."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QWidget

from prospectdesk.domain.board_records import CardInfo
from prospectdesk.ui.board_page import CardSketch
from prospectdesk.ui.card_delegate import CardRole
from prospectdesk.ui.card_list import CardListView
from prospectdesk.ui.card_paint import rendered_cards

CARDS = [
    CardInfo(1, "Anouk van der Berg", "Bakkerij 't Hart", 1, None, False, 3, 25000, 1, 3),
    CardInfo(
        2, "Նարեկ Գրիգորյան", "Երևան Մեդիա", 1, datetime(2026, 12, 1, 9, tzinfo=UTC), True, 40
    ),
    CardInfo(3, "刘美咲", "", 1, None, False, 700, stale=True, tags=("vip",)),
    CardInfo(4, "Jürgen Schäfer", "Zorg Thuis B.V.", 1, None, False, 1, do_not_contact=True),
    CardInfo(5, "", "Nameless Ltd", 1, None, False, 0),
    CardInfo(6, "Μαρία Παπαδοπούλου", "Ararat Trading Unlimited", 1, None, False, 12, 99),
]


class CardsModel(QAbstractListModel):
    """``rows`` rows, the first with ``CARDS``: as the board's model before it has read
    the rest of its first page."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else self.rows

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == CardRole and index.row() < len(CARDS):
            return CARDS[index.row()]
        return None


def _side_by_side(qtbot, rows: int, height: int) -> tuple[QImage, QImage]:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    sketch = CardSketch(CARDS, rows)
    view = CardListView()
    view.setModel(CardsModel(rows))
    for widget in (sketch, view):
        widget.setFixedSize(190, height)
        layout.addWidget(widget)
    holder.show()
    qtbot.waitExposed(holder)
    # Each paints its own cards: the pixmaps the other kept would make them equal.
    rendered_cards.clear()
    sketched = sketch.grab().toImage()
    rendered_cards.clear()
    return sketched, view.grab().toImage()


@pytest.mark.parametrize(
    ("rows", "height"),
    [(200, 400), (len(CARDS), 900), (len(CARDS) + 2, 1200)],
    ids=["a first page that scrolls", "every card in view", "rows past the read cards"],
)
def test_a_sketched_column_paints_as_the_working_list_does(qtbot, rows, height):
    sketch, working = _side_by_side(qtbot, rows, height)
    assert sketch.size() == working.size()
    sketch.save(f"/tmp/bp/sk-{rows}.png")
    working.save(f"/tmp/bp/wk-{rows}.png")
    assert sketch == working


def test_the_card_list_viewport_is_set_up_as_the_one_qt_makes(qtbot):
    """CardListView makes its own viewport (a Qt-made one costs a type lookup the first
    time Python sees it): it must be what QAbstractScrollArea gives its own."""
    from PySide6.QtWidgets import QListView

    plain, ours = QListView(), CardListView()
    for view in (plain, ours):
        qtbot.addWidget(view)
        view.show()
    theirs, mine = plain.viewport(), ours.viewport()
    for attribute in Qt.WidgetAttribute:
        assert theirs.testAttribute(attribute) == mine.testAttribute(attribute), attribute
    for getter in ("backgroundRole", "autoFillBackground", "objectName", "focusPolicy"):
        assert getattr(theirs, getter)() == getattr(mine, getter)(), getter
    assert mine.focusProxy() is ours
