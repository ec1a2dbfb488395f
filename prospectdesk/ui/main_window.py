"""The main window: the pipeline board beside the contact-detail panel, a search box,
menus and shortcuts. Other parts (built by ``ui/app.py``) add tabs (``central_tabs``) and
actions (:meth:`MainWindow.add_action`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from prospectdesk import __version__
from prospectdesk.ui.ui_state import remember_tab

if TYPE_CHECKING:
    from prospectdesk.domain.records import Changes
    from prospectdesk.ui.controller import AppController


class MainWindow(QMainWindow):
    """Built in two steps: the frame (menus, toolbar, search box, the tabs, the splitter),
    which needs Qt alone, then :meth:`attach`, which puts the board, the contact detail
    and the actions in. The first screen (``ui/first_screen.py``) shows the frame with
    the start of the call list before the rest of the app is loaded (issue 21); the
    usual way, ``MainWindow(controller, ui_state)``, does both steps at once."""

    def __init__(
        self,
        controller: AppController | None,
        ui_state: QSettings,
        parent: QWidget | None = None,
        *,
        placeholders: Sequence[tuple[str, str, QWidget | None]] = (),
    ) -> None:
        """``placeholders``: (key, title, page or None) of tabs shown before their real
        pages exist; :meth:`put_tab` puts each real page in its place."""
        super().__init__(parent)
        self.ui_state = ui_state
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("ProspectDesk"))
        self.resize(1280, 800)

        self.central_tabs = QTabWidget()
        self.central_tabs.setObjectName("central-tabs")
        self._placeholders: dict[str, QWidget] = {}
        self.tab_pages: dict[str, QWidget] = {}  # by key: what each tab shows now
        for key, title, page in placeholders:
            shown = page if page is not None else QWidget()
            self._placeholders[key] = shown
            self.tab_pages[key] = shown
            self.central_tabs.addTab(shown, title)
        self.splitter = QSplitter()  # side by side: Qt's default orientation
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.central_tabs)
        detail_space = QWidget()  # the contact detail, once attached
        # As wide as the detail needed last time: a narrower share of the splitter would
        # be taken from the board when the detail comes (the first screen's board moved).
        detail_space.setMinimumWidth(_stored_width(ui_state.value("main/detail_width")))
        self.splitter.addWidget(detail_space)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 460])
        self.setCentralWidget(self.splitter)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Search names, organizations, e-mail, phones, tags, notes…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find"))
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.menus: dict[str, QMenu] = {}
        bar = self.menuBar()
        for key, title in (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("view", self.tr("&View")),
            ("go", self.tr("&Go")),
            ("pipeline", self.tr("&Pipeline")),
            ("help", self.tr("&Help")),
        ):
            self.menus[key] = bar.addMenu(title)
        # Its shortcut comes with the rest at attach (it is disabled until then): QKeySequence
        # would have PySide6 build its enums before the first screen's paint (~3 ms).
        self.new_contact_action = self.add_action(
            self.tr("New contact"), self.new_contact, None, "file"
        )
        self.new_contact_action.setEnabled(False)  # until attached
        toolbar.addAction(self.new_contact_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        # The status bar from the start, as tall as the app's: the app adds tool buttons to
        # it (the duplicate count, the sync state), hidden until they have something to
        # say, and a hidden one sizes the bar all the same. One here too, so that the
        # first screen's window does not shift when the app attaches to it.
        height_keeper = QToolButton()
        height_keeper.setObjectName("status-height")
        self.statusBar().addPermanentWidget(height_keeper)
        height_keeper.hide()
        self.restore_state()
        self.attached = False
        if controller is not None:
            self.attach(controller)

    def attach(self, controller: AppController) -> None:
        """The board, the contact detail, the actions and their wiring."""
        # Imported here: the first screen shows the frame before these are loaded.
        from prospectdesk.ui.board import BoardView
        from prospectdesk.ui.detail_view import ContactDetailView
        from prospectdesk.ui.import_actions import install_import_export
        from prospectdesk.ui.shortcuts import WindowShortcuts

        self.controller = controller
        self.board = BoardView(controller)
        self.board.setObjectName("board")
        self.board.setAccessibleName(self.tr("Board"))
        self.detail = ContactDetailView(controller)
        self.detail.setObjectName("detail")
        self.put_tab("board", self.board, self.tr("Board"), -1)
        self.splitter.replaceWidget(1, self.detail).deleteLater()
        self.search.textChanged.connect(self.board.request_search)
        if self.search.text():  # typed while the rest was loading
            self.board.request_search(self.search.text())
        self.new_contact_action.setEnabled(True)
        self._build_actions()
        install_import_export(self, controller, self.menus["file"])

        self.shortcuts = WindowShortcuts(self)  # Ctrl+E exports also from a text field
        self.board.contact_activated.connect(self.open_contact)
        self.board.current_contact_changed.connect(self._on_board_current_changed)
        controller.contact_open_requested.connect(self.open_contact)
        controller.changes_applied.connect(self._on_controller_changes_applied)
        controller.operation_failed.connect(self._on_controller_operation_failed)
        self.update_undo_actions()  # steps kept from an earlier session
        self.hidden_matches = QLabel()
        self.hidden_matches.setObjectName("hidden-matches")
        self.statusBar().addPermanentWidget(self.hidden_matches)
        self.board.hidden_matches_changed.connect(self.hidden_matches.setText)
        self.statusBar().showMessage(self.tr("Ready"), 2000)
        self.attached = True

    def put_tab(self, key: str, page: QWidget, title: str, index: int) -> None:
        """``page`` as the tab ``key``: in its placeholder's place when the frame showed
        one (the current tab stays current), else inserted at ``index`` (-1: last)."""
        placeholder = self._placeholders.pop(key, None)
        self.tab_pages[key] = page
        tabs = self.central_tabs
        at = tabs.indexOf(placeholder) if placeholder is not None else -1
        if at < 0:
            tabs.insertTab(index, page, title)
            return
        current = tabs.currentIndex() == at
        tabs.insertTab(at, page, title)
        if current:  # before the placeholder goes: else its neighbour is shown meanwhile
            tabs.setCurrentIndex(at)
        tabs.removeTab(at + 1)
        placeholder.deleteLater()

    # -- actions ---------------------------------------------------------------------------

    def add_action(self, text: str, handler, shortcut=None, menu: str | None = None) -> QAction:
        """An action of the window (its shortcut works anywhere in it), in ``menu`` when
        given: how other parts (the sales UI) add theirs."""
        action = QAction(text, self)
        if shortcut is not None:
            from PySide6.QtGui import QKeySequence

            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(handler)
        self.addAction(action)
        if menu is not None:
            self.menus[menu].addAction(action)
        return action

    def _build_actions(self) -> None:
        from PySide6.QtGui import QKeySequence

        from prospectdesk.ui import undo_text  # once attached: not on the first screen's path

        self.new_contact_action.setShortcut(QKeySequence.StandardKey.New)  # see __init__
        self.menus["file"].addSeparator()
        self.quit_action = self.add_action(
            self.tr("Quit"), QApplication.quit, QKeySequence.StandardKey.Quit, None
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.add_action(
            self.tr("Undo"), self.undo, QKeySequence.StandardKey.Undo, "edit"
        )
        self.undo_action.setEnabled(False)
        self.redo_action = self.add_action(undo_text.redo_text(None), self.redo, None, "edit")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setEnabled(False)
        self.delete_action = self.add_action(
            self.tr("Delete selected contacts…"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            "edit",
        )
        self.delete_action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.board.addAction(self.delete_action)
        self.add_action(self.tr("Tag selected contacts…"), self.tag_selected, "Ctrl+T", "edit")
        self.add_action(self.tr("Find"), self.focus_search, QKeySequence.StandardKey.Find, "edit")
        self.add_action(
            self.tr("Board"),
            lambda: self.central_tabs.setCurrentWidget(self.board),
            "Ctrl+1",
            "view",
        )
        self.add_action(self.tr("Next contact"), lambda: self.step_contact(+1), "Ctrl+PgDown", "go")
        self.add_action(
            self.tr("Previous contact"), lambda: self.step_contact(-1), "Ctrl+PgUp", "go"
        )
        # The board's Ctrl+arrow moves, shown in the menu; active where the board has the focus
        # (in a text field Ctrl+arrows move by word).
        for text, move, keys in (
            (self.tr("Move selected to next stage"), (+1, 0), "Ctrl+Right"),
            (self.tr("Move selected to previous stage"), (-1, 0), "Ctrl+Left"),
            (self.tr("Move selected up"), (0, -1), "Ctrl+Up"),
            (self.tr("Move selected down"), (0, +1), "Ctrl+Down"),
        ):
            action = self.add_action(
                text, lambda checked=False, m=move: self.board.move_selection(*m), keys, "pipeline"
            )
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.board.addAction(action)
        self.add_action(self.tr("Add stage…"), self._add_stage, None, "pipeline")
        self.add_action(self.tr("About ProspectDesk"), self.show_about, None, "help")

    # -- behaviour -------------------------------------------------------------------------

    def new_contact(self) -> None:
        if not self.detail.confirm_leave():
            return
        column = self.board.focused_column()
        self.detail.start_new(column.stage.id if column else None)

    def open_contact(self, contact_id: int) -> None:
        if contact_id == self.detail.contact_id:
            self.board.select_contact(contact_id)
            return
        if not self.detail.confirm_leave():
            return
        self.central_tabs.setCurrentWidget(self.board)
        self.board.select_contact(contact_id)
        self.detail.show_contact(contact_id)

    def _on_board_current_changed(self, contact_id: int) -> None:
        if contact_id and contact_id != self.detail.contact_id:
            if self.detail.confirm_leave():
                self.detail.show_contact(contact_id)

    def step_contact(self, delta: int) -> None:
        """Next/previous contact in the detail view without going back to the board."""
        if self.board.focused_column() is None and self.detail.contact_id is not None:
            self.board.select_contact(self.detail.contact_id)
        contact_id = self.board.step_contact(delta)
        if contact_id is not None:
            self.detail.show_contact(contact_id)

    def delete_selected(self) -> None:
        ids = self.board.selected_ids()
        if not ids and self.detail.contact_id is not None:
            ids = [self.detail.contact_id]
        if self.board.delete_contacts(ids):
            self.statusBar().showMessage(
                self.tr("Deleted %n contact(s). Edit ▸ Undo brings them back.", "", len(ids)), 8000
            )

    def tag_selected(self) -> None:
        ids = self.board.selected_ids()
        if ids:
            self.board.tag_contacts(ids)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def undo(self) -> None:
        changes = self.controller.undo(initiator=self)
        if changes.contacts and self.detail.contact_id is None and len(changes.contacts) == 1:
            self.open_contact(next(iter(changes.contacts)))
        self.update_undo_actions()  # also when it changed nothing (a refusal)

    def redo(self) -> None:
        self.controller.redo(initiator=self)
        self.update_undo_actions()

    def _add_stage(self) -> None:
        if self.board.columns:
            self.board.add_stage_after(self.board.columns[-1])

    def show_about(self) -> None:
        workspace = self.controller.workspace
        where = str(workspace.data_dir) if workspace.data_dir else self.tr("(in memory)")
        from PySide6.QtWidgets import QMessageBox  # see _on_controller_operation_failed

        QMessageBox.about(
            self,
            self.tr("About ProspectDesk"),
            self.tr(
                "ProspectDesk %1\n\nA prospect tracker for people who run a business from home.\n\nData folder: %2"
            )
            .replace("%1", __version__)
            .replace("%2", where),
        )

    def _on_controller_changes_applied(self, changes: Changes) -> None:
        self.update_undo_actions()

    def update_undo_actions(self) -> None:
        """Say what Undo and Redo would take back ("Undo edit of Anna Petrosyan")."""
        from prospectdesk.ui import undo_text

        journal = self.controller.workspace.undo
        writable = not self.controller.workspace.read_only
        for action, step, text in (
            (self.undo_action, journal.peek(), undo_text.undo_text),
            (self.redo_action, journal.peek_redo(), undo_text.redo_text),
        ):
            action.setText(text(step))
            action.setEnabled(step is not None and writable)

    def _on_controller_operation_failed(self, message: str, initiator: object) -> None:
        """A refused change: one message, over the window (or dialog) that asked for it.
        Opened, not exec'd: nothing waits on it."""
        # Imported when needed: the window's frame is the first screen, and PySide6 makes
        # the Python type of a class (its enums) when a module imports it.
        from PySide6.QtWidgets import QMessageBox

        parent = initiator if isinstance(initiator, QWidget) and initiator.isVisible() else self
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("ProspectDesk"), message, parent=parent)
        box.setObjectName("operation-failed")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- state across restarts -------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.ui_state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.ui_state.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.ui_state.setValue("main/geometry", self.saveGeometry())
        if self.attached:
            # Not the first screen's placeholder's share: narrower than the detail may be,
            # it would make the next start's board shrink when the detail comes.
            self.ui_state.setValue("main/splitter", self.splitter.saveState())
            self.ui_state.setValue("main/detail_width", self.detail.minimumSizeHint().width())
        current = self.central_tabs.currentWidget()
        key = next((k for k, page in self.tab_pages.items() if page is current), None)
        if self.attached and key is not None:
            remember_tab(self.ui_state, key, self.controller.workspace.clock.now().date())
        self.ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.attached and not self.detail.confirm_leave():
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)


def _stored_width(value: object) -> int:
    """A width kept in the ui-state file (0 when absent or not a number)."""
    try:
        return max(0, int(str(value)))
    except ValueError:
        return 0


def ui_state_file(data_dir: Path | None) -> str:
    """Window geometry lives beside the data (one machine's layout, not business data)."""
    return str((data_dir / "ui-state.ini") if data_dir else Path(":memory-ui-state.ini"))
