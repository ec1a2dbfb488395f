"""One list model per board column: ordered contact ids, fetched in pages, cards cached.

The model holds ids only; card data is read for the rows in view when first painted, so
a column of 100,000 contacts costs one page to open. While the column scrolls, the cards
just beyond what was painted are read after the frame (a zero timer), so the next frames
find them cached instead of waiting for the store inside ``paint``. Drag and drop lives
here: the MIME data carries contact ids (not rows, since a drag crosses models) and a
drop calls the pipeline service.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
)

from prospectdesk.domain.pipeline import PageCursor
from prospectdesk.domain.records import CardInfo, Changes
from prospectdesk.ui.card_delegate import CardRole, ContactIdRole
from prospectdesk.ui.controller import AppController

CONTACT_IDS_MIME = "application/x-prospectdesk-contact-ids"

PAGE_SIZE = 200
# Cards read from a row painted without cached data onward (a view paints top to bottom,
# so the first such row is the top of what is exposed): a column's screenful at the
# usual window size; a taller one reads twice. Each card costs its decorators' work, and
# reading 60 per column was a third of a search keystroke. While scrolling, the prefetch
# has read them already.
CARD_WINDOW = 12
PREFETCH_AHEAD = 60  # cards kept read beyond the painted rows while the column scrolls

Index = QModelIndex | QPersistentModelIndex


def encode_ids(contact_ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(CONTACT_IDS_MIME, QByteArray(json.dumps(contact_ids).encode("ascii")))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(CONTACT_IDS_MIME):
        return []
    try:
        raw = json.loads(bytes(mime.data(CONTACT_IDS_MIME).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(value) for value in raw if isinstance(value, int)]


class StageColumnModel(QStringListModel):
    """The contact ids of one column (``_ids``), the pages read so far.

    A QStringListModel of empty strings, one per id, only for its row count in C++:
    QListView asks the model for an index per loaded row on every layout (each drop, each
    page fetched while scrolling), and a row count written in Python made each of those a
    call into Python, ~2 µs a row (5 ms per layout with 2,400 rows loaded). Changing the
    rows always goes through :meth:`_set_rows` and :meth:`_append_rows`, which keep the
    strings as many as the ids; row moves and removals by the view are refused (a drop
    goes through the pipeline, and the change broadcast updates every column)."""

    def __init__(self, controller: AppController, stage_id: int, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stage_id = stage_id
        self.search = ""
        self.total = 0  # matching contacts in the column, loaded or not
        self._ids: list[int] = []
        self._cursor: PageCursor | None = None
        self._exhausted = False
        self._resetting = False
        self._cards: dict[int, CardInfo] = {}
        # Rows painted since the last prefetch, and the range painted before them.
        self._painted: tuple[int, int] | None = None
        self._shown_before: tuple[int, int] | None = None
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(0)
        self._prefetch_timer.timeout.connect(self.prefetch)

    # -- loading ---------------------------------------------------------------------------

    def reload(
        self,
        *,
        search: str | None = None,
        keep_loaded: bool = True,
        stale: set[int] | None = None,
    ) -> None:
        """Re-read the column (after a change, or for a new search text). With ``stale``,
        only those contacts' cards are read again: after a drop the other cards of the
        column are unchanged, and re-reading them cost a quarter of the drop's time."""
        if search is not None and search != self.search:
            self.search = search
            keep_loaded = False
        wanted = max(PAGE_SIZE, len(self._ids)) if keep_loaded else PAGE_SIZE
        pipeline = self.controller.workspace.pipeline
        ids, cursor = pipeline.column_page(self.stage_id, limit=wanted, search=self.search)
        self._cursor = cursor
        self._exhausted = len(ids) < wanted
        # Not a scroll: the first paint after a reset reads what it shows, nothing ahead.
        self._painted = self._shown_before = None
        if stale is None:
            self._cards.clear()
        else:
            for contact_id in stale:
                self._cards.pop(contact_id, None)
        self._set_rows(ids)

    def _set_rows(self, ids: list[int]) -> None:
        """Replace every row (a model reset).

        No page is fetched while the reset is being announced: a listener that asks for
        more from its modelReset slot (a view scrolled back to the end, Qt's model tester)
        would otherwise insert rows that the listeners after it hear of before the reset.
        The view asks again once its layout is done."""
        self._ids = ids
        self._resetting = True
        try:
            self.setStringList([""] * len(ids))
        finally:
            self._resetting = False

    def _append_rows(self, ids: list[int]) -> None:
        first = len(self._ids)
        self._ids.extend(ids)
        QStringListModel.insertRows(self, first, len(ids))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._resetting

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        ids, cursor = self.controller.workspace.pipeline.column_page(
            self.stage_id, after=self._cursor, limit=PAGE_SIZE, search=self.search
        )
        self._exhausted = len(ids) < PAGE_SIZE
        if not ids:
            return
        self._cursor = cursor
        self._append_rows(ids)

    def apply_changes(self, changes: Changes) -> None:
        if changes.everything:
            self.reload()
            return
        changed = changes.contacts | changes.moved.keys()
        if self.stage_id in changes.stages:
            if self._only_cards_left(changes):
                self._drop_rows_of(changes.moved.keys())
            else:
                self.reload(stale=changed)
            return
        stale = [cid for cid in changed if cid in self._cards]
        for cid in stale:
            del self._cards[cid]
        if stale:
            rows = [self._ids.index(cid) for cid in stale if cid in self._ids]
            if rows:
                self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)))

    def _only_cards_left(self, changes: Changes) -> bool:
        """A drag out of this column and nothing else: its other rows keep their order,
        so the moved rows are taken out without reading the column again (after a long
        scroll that was thousands of ids per drop)."""
        pure_move = changes.moved and not (
            changes.contacts or changes.created or changes.stage_list or changes.everything
        )
        return bool(pure_move) and self.stage_id not in changes.moved.values()

    def _drop_rows_of(self, contact_ids: Iterable[int]) -> None:
        """Take the rows out by a reset, as a reload would: removing rows one by one
        would move the view's current card to a neighbour, and the detail view with it."""
        gone = set(contact_ids)
        for contact_id in gone:
            self._cards.pop(contact_id, None)
        self._painted = self._shown_before = None
        self._set_rows([cid for cid in self._ids if cid not in gone])

    # -- reading ---------------------------------------------------------------------------

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False  # rows come from the store only

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # A drag to another column ends with the view asking its source to remove the
        # rows: the change broadcast already did.
        return False

    def moveRows(self, source_parent, source_row, count, destination_parent, child) -> bool:
        # QListView tries this first for a drop within the same column; a move goes
        # through dropMimeData and the pipeline instead.
        return False

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    def contact_ids(self) -> list[int]:
        return list(self._ids)

    def add_cards(self, cards: dict[int, CardInfo]) -> None:
        """Card data read for several columns at once (see BoardView.read_first_cards)."""
        for contact_id in self._ids[:CARD_WINDOW]:
            card = cards.get(contact_id)
            if card is not None:
                self._cards[contact_id] = card

    def row_of(self, contact_id: int) -> int:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def card(self, row: int) -> CardInfo | None:
        if not 0 <= row < len(self._ids):
            return None
        self._note_painted(row)
        contact_id = self._ids[row]
        card = self._cards.get(contact_id)
        if card is None:
            # The frame waits for this read: only about a screen from here on.
            self._read_cards(self._ids[row : row + CARD_WINDOW])
            card = self._cards.get(contact_id)
        return card

    def _read_cards(self, contact_ids: list[int]) -> int:
        missing = [cid for cid in contact_ids if cid not in self._cards]
        if missing:
            self._cards.update(self.controller.workspace.pipeline.cards(missing))
        return len(missing)

    def _note_painted(self, row: int) -> None:
        painted = self._painted
        self._painted = (
            (row, row) if painted is None else (min(painted[0], row), max(painted[1], row))
        )
        if not self._prefetch_timer.isActive():
            self._prefetch_timer.start()

    def prefetch(self) -> int:
        """After a frame: when the painted rows moved since the frame before (a scroll),
        read the cards of the rows beyond them in the direction of the move, in one batch
        once fewer than half of ``PREFETCH_AHEAD`` are left; near the end of the loaded
        rows, fetch the next page of ids instead. Returns how many cards were read."""
        painted, before = self._painted, self._shown_before
        self._painted = None
        if painted is None:
            return 0
        self._shown_before = painted
        if before is None or painted == before:
            return 0
        ids = self._ids
        # Scrolling by pixels repaints only the strip that came into view: compare edges.
        if painted[1] > before[1] and painted[0] >= before[0]:  # moving down
            if painted[1] + PREFETCH_AHEAD >= len(ids) and self.canFetchMore():
                # The next page of ids first (its layout is a frame's work of its own);
                # its cards on the next frame.
                self.fetchMore()
                return 0
            ahead = ids[painted[1] + 1 : painted[1] + 1 + PREFETCH_AHEAD]
        elif painted[0] < before[0] and painted[1] <= before[1]:  # moving up
            ahead = ids[max(0, painted[0] - PREFETCH_AHEAD) : painted[0]][::-1]
        else:
            return 0
        near = ahead[: PREFETCH_AHEAD // 2]
        if all(cid in self._cards for cid in near):
            return 0
        return self._read_cards(ahead)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        row = index.row()
        if role == ContactIdRole:
            return self._ids[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            card = self.card(row)
            return card.display_name if card else None
        if role == CardRole:
            return self.card(row)
        return None

    # -- drag and drop ---------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CONTACT_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return encode_ids([self._ids[row] for row in rows])

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return bool(decode_ids(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A drop anywhere in this column: move the dragged contacts here, before the card
        under the drop point (or at the end)."""
        contact_ids = decode_ids(data)
        if not contact_ids or action == Qt.DropAction.IgnoreAction:
            return False
        if parent.isValid():
            row = parent.row()
        before_id = self._ids[row] if 0 <= row < len(self._ids) else None
        if before_id is None and not self._exhausted and row >= 0:
            before_id = None  # past the loaded rows: the end of the column
        self.move_here(contact_ids, before_id)
        # True tells the view the drop was taken; the source's removeRows() is a no-op
        # because the change broadcast already updated every column.
        return True

    def move_here(self, contact_ids: list[int], before_id: int | None) -> Changes:
        gate = self.controller.workspace.sales.gate  # a lead moves on qualified, or says why
        return self.controller.run(
            lambda: gate.move(contact_ids, to_stage_id=self.stage_id, before_id=before_id)
        )
