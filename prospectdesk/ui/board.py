"""The pipeline board: one column (header + list view) per stage, side by side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from prospectdesk.domain.pipeline import SearchCounter
from prospectdesk.domain.records import Changes, ColumnCount, StageInfo
from prospectdesk.domain.search import COUNT_CAP
from prospectdesk.ui.board_model import CARD_WINDOW, ContactIdRole, StageColumnModel, decode_ids
from prospectdesk.ui.board_page import BoardPage, ColumnFrame
from prospectdesk.ui.card_list import CardListView
from prospectdesk.ui.controller import AppController

# Dragging a card within this many pixels of the board's left or right edge scrolls it,
# a step every interval.
DRAG_SCROLL_MARGIN = 48
DRAG_SCROLL_STEP = 40
DRAG_SCROLL_INTERVAL_MS = 40

# Extra context-menu entries from other parts of the UI: (menu, selected contact ids).
MenuExtender = Callable[[QMenu, list[int]], None]


class StageListView(CardListView):
    """A column's card list: drag source and drop target, multi-selection.

    Signals:
    move_requested(int, int): Ctrl+arrow asked to move the selection by (stages, rows).
    drag_moved(QPoint): a drag moved over the column (global position; a null point: it
        left or dropped).
    """

    move_requested = Signal(int, int)
    drag_moved = Signal(QPoint)
    _MOVES = {
        Qt.Key.Key_Left: (-1, 0),
        Qt.Key.Key_Right: (1, 0),
        Qt.Key.Key_Up: (0, -1),
        Qt.Key.Key_Down: (0, 1),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        super().dragMoveEvent(event)
        self.drag_moved.emit(self.viewport().mapToGlobal(event.position().toPoint()))

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt's name
        super().dragLeaveEvent(event)
        self.drag_moved.emit(QPoint())

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self.drag_moved.emit(QPoint())
        super().dropEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+arrows move cards: the same moves as dragging, for people who do not drag."""
        move = self._MOVES.get(Qt.Key(event.key()))
        if move is not None and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.move_requested.emit(*move)
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        model = self.model()
        return [model.index(row, 0).data(ContactIdRole) for row in rows]


class StageColumn(ColumnFrame):
    """Header (name, count, optional total) over the card list of one stage."""

    def __init__(self, controller: AppController, stage: StageInfo, parent=None) -> None:
        super().__init__(stage.name, StageListView(), parent)
        self.stage = stage
        self.setObjectName(f"stage-column-{stage.id}")
        self.model = StageColumnModel(controller, stage.id, self)
        self.view.setModel(self.model)
        self._scroll_value = 0
        self.model.modelAboutToBeReset.connect(self._remember_scroll)
        self.model.modelReset.connect(self._restore_scroll)
        self.count_is_exact = True
        self.collapsed = False
        self.set_count(0)

    def set_collapsed(self, collapsed: bool) -> None:
        """Only the header, as narrow as its text: more columns fit a small screen. Cards
        dropped on a collapsed column still land in its stage (at the end)."""
        self.collapsed = collapsed
        self.view.setVisible(not collapsed)
        self.setAcceptDrops(collapsed)
        margins = self.layout().contentsMargins()
        width = self.header.minimumWidth() + margins.left() + margins.right() + 2
        self.setMaximumWidth(width if collapsed else 16777215)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.collapsed and decode_ids(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if self.collapsed and decode_ids(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        contact_ids = decode_ids(event.mimeData())
        if self.collapsed and contact_ids:
            self.model.move_here(contact_ids, None)
            event.acceptProposedAction()

    def set_count(self, count: int, *, at_least: bool = False) -> None:
        """Show the column's number of cards; ``at_least``: a lower bound while searching
        ("200+"), never a wrong figure."""
        self.model.total = count
        self.count_is_exact = not at_least
        self.show_count(count, at_least=at_least)

    def _remember_scroll(self) -> None:
        self._scroll_value = self.view.verticalScrollBar().value()

    def _restore_scroll(self) -> None:
        self.view.verticalScrollBar().setValue(self._scroll_value)


class BoardView(BoardPage):
    """Signals:
    contact_activated(int): a card was opened (double-click, Enter).
    current_contact_changed(int): the selection's current card changed (0: none).
    hidden_matches_changed(str): while searching, the columns out of sight that hold
        matches, with their counts ("" when none or not searching).
    """

    contact_activated = Signal(int)
    current_contact_changed = Signal(int)
    hidden_matches_changed = Signal(str)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.columns: list[StageColumn] = []
        self.search = ""
        self.menu_extenders: list[MenuExtender] = []
        self.header_decorators: list[Callable[[dict[int, StageColumn]], None]] = []
        self.count_cap = COUNT_CAP  # headers show "200+" above this while typing
        self._pending_search: str | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._apply_pending_search)
        self._counter: SearchCounter | None = None
        self._count_timer = QTimer(self)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._count_step)
        # While a card is dragged near the board's left or right edge, the board scrolls.
        self._drag_direction = 0
        self._drag_scroll_timer = QTimer(self)
        self._drag_scroll_timer.setInterval(DRAG_SCROLL_INTERVAL_MS)
        self._drag_scroll_timer.timeout.connect(self._drag_scroll_step)
        self.hidden_matches = ""
        self.horizontalScrollBar().valueChanged.connect(self.update_hidden_matches)
        controller.changes_applied.connect(self._on_controller_changes_applied)
        self.rebuild()

    # -- building --------------------------------------------------------------------------

    def rebuild(self) -> None:
        for column in self.columns:
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        for stage in self.controller.workspace.pipeline.stages():
            column = StageColumn(self.controller, stage, self._inner)
            column.view.doubleClicked.connect(self._on_view_activated)
            column.view.activated.connect(self._on_view_activated)
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._show_card_menu(c, pos)
            )
            column.header.customContextMenuRequested.connect(
                lambda pos, c=column: self._show_stage_menu(c, pos)
            )
            column.view.selectionModel().currentChanged.connect(self._on_current_changed)
            column.view.move_requested.connect(self._on_view_move_requested)
            column.view.drag_moved.connect(self._on_view_drag_moved)
            self._layout.addWidget(column)
            self.columns.append(column)
        self.reload_all()

    def reload_all(self) -> None:
        for column in self.columns:
            column.model.reload(search=self.search, keep_loaded=True)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Column headers. While searching a dense match shows capped counts ("200+")
        at once; the exact figures are counted in small steps while the board is idle."""
        self._count_timer.stop()
        self._counter = None
        pipeline = self.controller.workspace.pipeline
        if self.search:
            counts = pipeline.search_counts(self.search, cap=self.count_cap)
        else:
            counts = {s: ColumnCount(n) for s, n in pipeline.column_counts().items()}
        for decorate in self.header_decorators:
            decorate({column.stage.id: column for column in self.columns})
        for column in self.columns:
            count = counts.get(column.stage.id, ColumnCount(0))
            column.set_count(count.value, at_least=count.at_least)
        self.update_hidden_matches()
        if any(count.at_least for count in counts.values()):
            self._counter = pipeline.search_counter(self.search)
            self._count_timer.start()

    def _count_step(self) -> None:
        """One bounded slice of the exact count (a few ms), between events."""
        if self._counter is None:
            self._count_timer.stop()
            return
        counts = self._counter.step()
        if counts is None:
            return
        self._count_timer.stop()
        self._counter = None
        for column in self.columns:
            column.set_count(counts.get(column.stage.id, 0))
        self.update_hidden_matches()

    def request_search(self, text: str) -> None:
        """The search box's text changed: filter on the next pass of the event loop, with
        the latest text. Keystrokes that queue up while a filter is computed collapse into
        one filter; no fixed delay is added to the wait."""
        self._pending_search = text
        self._search_timer.start()
        # The exact counts of the text being replaced would be thrown away: not another
        # step of them before the new filter (a step is a few ms at 100,000 contacts).
        self._count_timer.stop()
        self._counter = None

    def _apply_pending_search(self) -> None:
        if self._pending_search is not None:
            text, self._pending_search = self._pending_search, None
            self.set_search(text)

    def set_search(self, text: str) -> None:
        """Filter every column as the owner types."""
        self._pending_search = None
        self._search_timer.stop()
        self.search = text
        for column in self.columns:
            column.model.reload(search=text)
        self.read_first_cards()
        self.refresh_counts()

    def read_first_cards(self) -> None:
        """Card data for the top of every column in sight, in one read: the card
        decorators cost about as much per read as for a dozen cards, and each column
        reading its own when it paints made that cost four to seven times per keystroke."""
        shown = [column for column in self.columns if not column.visibleRegion().isEmpty()]
        ids = [cid for column in shown for cid in column.model.contact_ids()[:CARD_WINDOW]]
        if ids:
            cards = self.controller.workspace.pipeline.cards(ids)
            for column in shown:
                column.model.add_cards(cards)

    # -- reacting to changes ---------------------------------------------------------------

    def _on_controller_changes_applied(self, changes: Changes) -> None:
        if changes.stage_list:
            self.rebuild()
            return
        for column in self.columns:
            column.model.apply_changes(changes)
        if changes.stages or changes.everything or changes.created:
            self.refresh_counts()

    # -- selection and navigation ----------------------------------------------------------

    def column_of_stage(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def focused_column(self) -> StageColumn | None:
        for column in self.columns:
            if column.view.hasFocus():
                return column
        for column in self.columns:
            if column.view.selectionModel().hasSelection():
                return column
        return None

    def selected_ids(self) -> list[int]:
        column = self.focused_column()
        return column.view.selected_ids() if column else []

    def select_contact(self, contact_id: int) -> bool:
        """Show and select a card (loading pages of its column until it appears)."""
        try:
            stage_id = self.controller.workspace.pipeline.stage_of(contact_id)
        except Exception:  # noqa: BLE001 - a deleted or unknown contact: nothing to show
            return False
        column = self.column_of_stage(stage_id)
        if column is None:
            return False
        row = column.model.row_of(contact_id)
        while row < 0 and column.model.canFetchMore():
            column.model.fetchMore()
            row = column.model.row_of(contact_id)
        if row < 0:
            return False
        for other in self.columns:
            if other is not column:
                other.view.clearSelection()
        index = column.model.index(row, 0)
        column.view.setCurrentIndex(index)
        column.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        column.view.scrollTo(index)
        column.view.setFocus()
        return True

    def step_contact(self, delta: int) -> int | None:
        """Select the next (+1) or previous (-1) card in the current column."""
        column = self.focused_column()
        if column is None:
            return None
        current = column.view.currentIndex()
        row = (current.row() if current.isValid() else -1) + delta
        if row >= column.model.rowCount() and column.model.canFetchMore():
            column.model.fetchMore()
        if not 0 <= row < column.model.rowCount():
            return None
        index = column.model.index(row, 0)
        column.view.setCurrentIndex(index)
        column.view.scrollTo(index)
        return index.data(ContactIdRole)

    def _on_view_activated(self, index: QModelIndex) -> None:
        self.contact_activated.emit(index.data(ContactIdRole))

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.current_contact_changed.emit(current.data(ContactIdRole) if current.isValid() else 0)

    def update_hidden_matches(self, *args) -> None:
        """Say which columns out of sight hold matches of the search (a column less than
        half in sight counts as out of sight)."""
        text = ""
        if self.search:
            left = self.horizontalScrollBar().value()
            right = left + self.viewport().width()
            hidden = []
            for column in self.columns:
                geometry = column.geometry()
                shown = min(right, geometry.right()) - max(left, geometry.left())
                if column.model.total and shown < geometry.width() / 2:
                    hidden.append(column.header.text().replace("\n", " · "))
            if hidden:
                text = self.tr("Matches out of sight: %1").replace("%1", "; ".join(hidden))
        if text != self.hidden_matches:
            self.hidden_matches = text
            self.hidden_matches_changed.emit(text)

    # -- scrolling while dragging ----------------------------------------------------------

    def _on_view_drag_moved(self, global_pos: QPoint) -> None:
        """Near an edge (or past it): scroll that way, step by step, until the drag moves
        away, leaves or drops."""
        direction = 0
        if not global_pos.isNull():
            x = self.viewport().mapFromGlobal(global_pos).x()
            if x < DRAG_SCROLL_MARGIN:
                direction = -1
            elif x > self.viewport().width() - DRAG_SCROLL_MARGIN:
                direction = 1
        self._drag_direction = direction
        if direction and not self._drag_scroll_timer.isActive():
            self._drag_scroll_step()
            self._drag_scroll_timer.start()
        elif not direction:
            self._drag_scroll_timer.stop()

    def _drag_scroll_step(self) -> None:
        bar = self.horizontalScrollBar()
        before = bar.value()
        bar.setValue(before + self._drag_direction * DRAG_SCROLL_STEP)
        if bar.value() == before:
            self._drag_scroll_timer.stop()  # at the end: nothing more to scroll

    # -- moves without a mouse -------------------------------------------------------------

    def _on_view_move_requested(self, stages: int, rows: int) -> None:
        self.move_selection(stages, rows)

    def move_selection(self, stages: int, rows: int) -> None:
        """Ctrl+arrows (and Pipeline ▸ Move selected …): by stages, or up and down."""
        if stages:
            self.move_selected_by_stage(stages)
        elif rows:
            self.move_selected_within(rows)

    def move_selected_by_stage(self, delta: int) -> None:
        column = self.focused_column()
        if column is None:
            return
        ids = column.view.selected_ids()
        position = self.columns.index(column) + delta
        if ids and 0 <= position < len(self.columns):
            self.move_to_stage(ids, self.columns[position].stage.id)

    def move_to_stage(self, contact_ids: list[int], stage_id: int) -> None:
        gate = self.controller.workspace.sales.gate  # a lead moves on qualified, or says why
        self.controller.run(lambda: gate.move(contact_ids, to_stage_id=stage_id))
        if len(contact_ids) == 1:
            self.select_contact(contact_ids[0])

    def move_selected_within(self, delta: int) -> None:
        column = self.focused_column()
        if column is None:
            return
        ids = column.view.selected_ids()
        if len(ids) != 1:
            return
        order = column.model.contact_ids()
        row = order.index(ids[0])
        target = row + delta
        if not 0 <= target < len(order):
            return
        # Moving up: before the card above; moving down: before the card after the next.
        before = (
            order[target] if delta < 0 else (order[target + 1] if target + 1 < len(order) else None)
        )
        column.model.move_here(ids, before)
        self.select_contact(ids[0])

    # -- menus -----------------------------------------------------------------------------

    def _show_card_menu(self, column: StageColumn, pos) -> None:
        ids = column.view.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open"))
        open_action.triggered.connect(lambda: self.contact_activated.emit(ids[0]))
        move_menu = menu.addMenu(self.tr("Move to"))
        for stage_column in self.columns:
            action = move_menu.addAction(stage_column.stage.name)
            action.setEnabled(stage_column is not column)
            action.triggered.connect(
                lambda checked=False, s=stage_column.stage.id: self.move_to_stage(ids, s)
            )
        up = menu.addAction(self.tr("Move up"))
        up.triggered.connect(lambda: self.move_selected_within(-1))
        down = menu.addAction(self.tr("Move down"))
        down.triggered.connect(lambda: self.move_selected_within(+1))
        up.setEnabled(len(ids) == 1)
        down.setEnabled(len(ids) == 1)
        menu.addSeparator()
        tag_action = menu.addAction(self.tr("Add tag…"))
        tag_action.triggered.connect(lambda: self.tag_contacts(ids))
        delete_action = menu.addAction(self.tr("Delete…"))
        delete_action.triggered.connect(lambda: self.delete_contacts(ids))
        for extend in self.menu_extenders:
            extend(menu, ids)
        menu.popup(column.view.viewport().mapToGlobal(pos))

    def tag_contacts(self, contact_ids: list[int]) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add tag"), self.tr("Tag for %n contact(s):", "", len(contact_ids))
        )
        if ok and name.strip():
            contacts = self.controller.workspace.contacts
            self.controller.run(lambda: contacts.add_tag(contact_ids, name))

    def delete_contacts(self, contact_ids: list[int]) -> bool:
        if not contact_ids:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete contacts"),
            self.tr(
                "Delete %n contact(s)? You can undo this with Edit ▸ Undo.", "", len(contact_ids)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        contacts = self.controller.workspace.contacts
        self.controller.run(lambda: contacts.delete(contact_ids))
        return True

    def _show_stage_menu(self, column: StageColumn, pos) -> None:
        menu = QMenu(self)
        collapse = menu.addAction(self.tr("Show only the header"))
        collapse.setCheckable(True)
        collapse.setChecked(column.collapsed)
        collapse.toggled.connect(column.set_collapsed)
        menu.addAction(self.tr("Rename stage…")).triggered.connect(
            lambda: self.rename_stage(column)
        )
        menu.addAction(self.tr("Add a stage after this one…")).triggered.connect(
            lambda: self.add_stage_after(column)
        )
        menu.addAction(self.tr("Remove stage…")).triggered.connect(
            lambda: self.remove_stage(column)
        )
        menu.popup(column.header.mapToGlobal(pos))

    def rename_stage(self, column: StageColumn) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Rename stage"), self.tr("New name:"), text=column.stage.name
        )
        if ok and name.strip():
            pipeline = self.controller.workspace.pipeline
            self.controller.run(lambda: pipeline.rename_stage(column.stage.id, name))

    def add_stage_after(self, column: StageColumn) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add stage"), self.tr("Name of the new stage:")
        )
        if not (ok and name.strip()):
            return
        pipeline = self.controller.workspace.pipeline
        self.controller.run(lambda: pipeline.add_stage(name, after=column.stage.id), initiator=self)

    def remove_stage(self, column: StageColumn) -> None:
        pipeline = self.controller.workspace.pipeline
        others = [c for c in self.columns if c is not column]
        if not others:
            return
        target: int | None = None
        if column.model.total or column.model.rowCount():
            names = [c.stage.name for c in others]
            choice, ok = QInputDialog.getItem(
                self,
                self.tr("Remove stage"),
                self.tr("Move the people in “%1” to:").replace("%1", column.stage.name),
                names,
                0,
                False,
            )
            if not ok:
                return
            target = others[names.index(choice)].stage.id
        # Refused (StageNotEmptyError) when people arrived meanwhile: the controller says so.
        self.controller.run(
            lambda: pipeline.remove_stage(column.stage.id, move_people_to=target), initiator=self
        )
