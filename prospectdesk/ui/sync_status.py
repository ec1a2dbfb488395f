"""Contact sync in the window: Settings ▸ Sync sets the account up (or removes it); a status
item in the status bar (its menu: Sync now, Conflicts…, Sync account…); runs in the background executor on
start, a while after local changes, every few minutes and on "Sync now". Offline is normal:
the item says so and the next run tries again (docs/sync.md).

The password comes from the OS keyring; where there is none it is asked once per session.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.clock import Clock
from prospectdesk.domain.contacts import ContactBook
from prospectdesk.domain.records import Changes
from prospectdesk.domain.sync import has_account
from prospectdesk.domain.undo import UndoStack
from prospectdesk.domain.workspace import Workspace
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.tasks import Executor

PERIOD_MS = 5 * 60 * 1000  # every few minutes
DEBOUNCE_MS = 20 * 1000  # after local changes: wait until the owner pauses


@dataclass(frozen=True)
class _Outcome:
    changes: Changes
    conflicts: int
    errors: list[str]
    plan: object | None = None  # a first sync's plan, waiting for the owner's go-ahead


def _run_sync(clock: Clock, password: str, confirmed: bool) -> _Outcome:
    """On the worker thread: one complete sync with its own undo stack (what the sync
    did is not the owner's to undo with Ctrl+Z). A first sync into an address book that
    has cards stops at its plan, having changed nothing, until ``confirmed``."""
    from prospectdesk.domain.sync.account import current_account
    from prospectdesk.domain.sync.dav import DavClient
    from prospectdesk.domain.sync.engine import Plan, SyncEngine, SyncStopped, open_conflicts

    account = current_account()
    if account is None:
        return _Outcome(Changes(), 0, [])
    plans: list[Plan] = []

    def confirm(plan: Plan) -> bool:
        plans.append(plan)
        return confirmed

    with DavClient(account.server_url, account.username, password) as client:
        engine = SyncEngine(
            ContactBook(clock, UndoStack(clock, recording=False)),
            client,
            account,
            clock,
            confirm_first_sync=confirm,
        )
        try:
            report = engine.run()
        except SyncStopped:
            if plans and not confirmed:
                return _Outcome(Changes(), 0, [], plans[0])
            raise
    return _Outcome(report.changes, len(open_conflicts()), report.errors)


class SyncDriver(QObject):
    """When to sync, one run at a time. ``status_changed(text, detail)``."""

    status_changed = Signal(str, str)
    brings_new_contacts = True  # the status bar counts possible duplicates after its changes

    def __init__(
        self,
        workspace: Workspace,
        controller: AppController,
        executor: Executor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.controller = controller
        self.executor = executor
        self.password: str | None = None  # this session's, when there is no keyring
        self.ask_password = self._ask_password
        self.running = False
        self.again = False
        self.confirmed = False  # the owner said yes to a first sync's plan
        self.confirm_plan = self._confirm_plan
        self._own_changes = False
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self.sync_now)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.sync_now)
        controller.changes_applied.connect(self._on_changes)

    def has_account(self) -> bool:
        return has_account()

    def start(self) -> None:
        """On start: sync once now, then every few minutes."""
        if self.has_account():
            self.timer.start()
            self.sync_now()

    def stop(self) -> None:
        self.timer.stop()
        self.debounce.stop()

    def _on_changes(self, _changes: Changes) -> None:
        if not self._own_changes and self.timer.isActive():
            self.debounce.start()

    def _password(self) -> str | None:
        from prospectdesk.domain.sync.account import current_account, load_password

        if self.password:
            return self.password
        account = current_account()
        if account is None:
            return None
        stored = load_password(account.server_url, account.username)
        if stored:
            return stored
        self.password = self.ask_password(account.username) or None
        return self.password

    def _ask_password(self, username: str) -> str:
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        text, ok = QInputDialog.getText(
            parent,  # type: ignore[arg-type]
            self.tr("Sync"),
            self.tr("Password for %1 (asked once per session: there is no keyring)").replace(
                "%1", username
            ),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else ""

    def sync_now(self) -> None:
        if self.running:
            self.again = True
            return
        if not self.has_account():
            return
        password = self._password()
        if not password:
            self.status_changed.emit(self.tr("Sync: password needed"), "")
            return
        self.running = True
        self.debounce.stop()
        self.status_changed.emit(self.tr("Syncing…"), "")
        clock = self.workspace.clock
        confirmed = self.confirmed
        self.executor.submit(
            lambda: _run_sync(clock, password, confirmed), self._done, self._failed
        )

    def _confirm_plan(self, plan: object) -> bool:
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        text = (
            self.tr(
                "First sync: %1 contacts to download, %2 found here already (they are "
                "merged), %3 to upload, %4 kept apart (only the name is the same). Go ahead?"
            )
            .replace("%1", str(plan.download))  # type: ignore[attr-defined]
            .replace("%2", str(len(plan.matched)))  # type: ignore[attr-defined]
            .replace("%3", str(plan.upload))  # type: ignore[attr-defined]
            .replace("%4", str(len(plan.possible)))  # type: ignore[attr-defined]
        )
        answer = QMessageBox.question(parent, self.tr("Sync"), text)  # type: ignore[arg-type]
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, outcome: object) -> None:
        assert isinstance(outcome, _Outcome)
        self.running = False
        if outcome.plan is not None:
            if self.confirm_plan(outcome.plan):
                self.confirmed = True
                self.sync_now()
            else:
                self.timer.stop()
                self.status_changed.emit(self.tr("Sync not started"), "")
            return
        self.confirmed = False
        self._own_changes = True
        try:
            # What the sync wrote was committed on its own lane; the runner broadcasts it.
            self.controller.run(lambda: outcome.changes, initiator=self)
        finally:
            self._own_changes = False
        time = QLocale().toString(self.workspace.clock.now().time(), QLocale.FormatType.ShortFormat)
        if outcome.errors:
            self.status_changed.emit(self.tr("Sync incomplete"), "\n".join(outcome.errors))
        elif outcome.conflicts:
            self.status_changed.emit(
                self.tr("Synced %1, %2 conflicts")
                .replace("%1", time)
                .replace("%2", str(outcome.conflicts)),
                "",
            )
        else:
            self.status_changed.emit(self.tr("Synced %1").replace("%1", time), "")
        self._next()

    def _failed(self, error: BaseException) -> None:
        from prospectdesk.domain.sync.dav import AuthenticationError, Unreachable
        from prospectdesk.domain.sync.engine import SyncStopped

        self.running = False
        if isinstance(error, Unreachable):
            self.status_changed.emit(self.tr("Sync: offline"), str(error))
        elif isinstance(error, AuthenticationError):
            self.password = None
            self.status_changed.emit(self.tr("Sync: wrong password"), str(error))
        elif isinstance(error, SyncStopped):
            self.timer.stop()  # until the owner has looked: never delete on a guess
            self.status_changed.emit(self.tr("Sync stopped"), str(error))
            return
        else:
            self.status_changed.emit(self.tr("Sync failed"), str(error))
        self._next()

    def _next(self) -> None:
        if self.again:
            self.again = False
            self.sync_now()


class ConflictsDialog(QDialog):
    """Fields changed on both sides: the phone's value was kept; pick this computer's."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("sync-conflicts")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(520, 380)
        note = QLabel(
            self.tr(
                "These were changed on the phone and here since the last sync. The phone's "
                "value was kept; select one to use the value from this computer instead."
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("conflict-list")
        self.list.setAccessibleName(self.tr("Sync conflicts"))
        self.use_button = QPushButton(self.tr("Use this computer's value"))
        self.use_button.setObjectName("use-local-value")
        self.use_button.clicked.connect(self.use_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.use_button.setEnabled(bool(self.list.selectedItems()))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        from prospectdesk.domain.sync.engine import open_conflicts

        self.list.clear()
        for conflict in open_conflicts():
            text = f"{conflict.display_name} · {conflict.field}: {_short(conflict.kept)} ← {_short(conflict.other)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(item)
        self.use_button.setEnabled(False)

    def use_selected(self) -> None:
        from prospectdesk.domain.sync.engine import use_other_value

        items = self.list.selectedItems()
        if not items:
            return
        conflict_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        contacts = self.controller.workspace.contacts

        def pick() -> Changes:
            use_other_value(contacts, conflict_id)
            return Changes(everything=True)

        self.controller.run(pick)
        self.reload()


def _short(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(
            " ".join(str(part) for part in entry if part) if isinstance(entry, list) else str(entry)
            for entry in value
        )
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class SyncStatusItem(QToolButton):
    """The status bar's sync item; hidden while there is no account."""

    def __init__(self, driver: SyncDriver, controller: AppController, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("sync-status")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.sync_action = menu.addAction(self.tr("Sync now"))
        self.sync_action.triggered.connect(driver.sync_now)
        self.conflicts_action = menu.addAction(self.tr("Conflicts…"))
        self.conflicts_action.triggered.connect(lambda: ConflictsDialog(controller, window).exec())
        self.account_action = menu.addAction(
            QCoreApplication.translate("SyncSettings", "Sync account…")
        )
        self.account_action.setObjectName("sync-action")  # also the first steps' "Connect a phone…"
        self.account_action.triggered.connect(lambda: SyncSetupDialog(driver, window).exec())
        self.setMenu(menu)
        self.setText(self.tr("Sync"))
        driver.status_changed.connect(self.show_status)
        self.setVisible(driver.has_account())

    def show_status(self, text: str, detail: str) -> None:
        self.setVisible(True)
        self.setText(text)
        self.setToolTip(detail)


class SyncSetupDialog(QDialog):
    """The account: server (or e-mail address), user name, app password, and optionally an
    existing address book. Connecting runs discovery in the background; nothing is saved
    unless it succeeds."""

    def __init__(self, driver: SyncDriver, parent: QWidget | None = None) -> None:
        from prospectdesk.domain.sync.account import PROVIDERS

        super().__init__(parent)
        self.driver = driver
        self.setObjectName("sync-setup")
        self.setWindowTitle(self.tr("Sync with your phone"))
        self.setMinimumWidth(480)
        note = QLabel(
            self.tr(
                "Contacts sync with an address book on your CardDAV server (Nextcloud, "
                "iCloud, Fastmail…), which your phone syncs with too. Use an app password."
            )
        )
        note.setWordWrap(True)
        names = {
            "nextcloud": "Nextcloud",
            "icloud": "iCloud",
            "fastmail": "Fastmail",
            "generic": self.tr("Another CardDAV server"),
            "google": "Google",
        }
        self.provider = QComboBox()
        self.provider.setObjectName("sync-provider")
        for provider in PROVIDERS:
            self.provider.addItem(names[provider.key], provider)
        self.provider.setCurrentIndex(self.provider.findText(names["generic"]))
        self.hint = QLabel()
        self.hint.setObjectName("sync-hint")
        self.hint.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setObjectName("sync-server")
        self.user = QLineEdit()
        self.user.setObjectName("sync-user")
        self.password = QLineEdit()
        self.password.setObjectName("sync-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.addressbook = QLineEdit()
        self.addressbook.setObjectName("sync-addressbook")
        self.addressbook.setPlaceholderText(self.tr("ProspectDesk (created for you)"))
        self.message = QLabel()
        self.message.setObjectName("sync-message")
        self.message.setWordWrap(True)
        top = QFormLayout()
        top.addRow(self.tr("Provider"), self.provider)
        form = QFormLayout()
        form.addRow(self.tr("Server or e-mail address"), self.server)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("App password"), self.password)
        form.addRow(self.tr("Address book"), self.addressbook)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("sync-connect")
        self.connect_button.clicked.connect(self.connect_account)
        self.remove_button = QPushButton(self.tr("Stop syncing"))
        self.remove_button.setObjectName("sync-remove")
        self.remove_button.clicked.connect(self.remove_account)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.hint)  # outside the form: a wrapped row there gets cut off
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.provider.currentIndexChanged.connect(self._provider_chosen)
        self._provider_chosen()
        self._show_account()

    def _hints(self) -> dict[str, str]:
        return {
            "nextcloud": self.tr(
                "Your Nextcloud's address, e.g. https://cloud.example.com. Make an app "
                "password under Settings ▸ Security."
            ),
            "icloud": self.tr(
                "The user name is your Apple ID. Make an app-specific password at "
                "account.apple.com."
            ),
            "fastmail": self.tr(
                "The user name is your Fastmail address. Make an app password under "
                "Settings ▸ Privacy and Security."
            ),
            "generic": self.tr(
                "The server's address, or your e-mail address: the server is then looked "
                "up (DNS, /.well-known)."
            ),
            "google": self.tr(
                "Google needs a sign-in through the browser (OAuth), which ProspectDesk "
                "does not support yet. Until it does, export your Google contacts to a vCard "
                "file and import that."
            ),
        }

    def _provider_chosen(self) -> None:
        """A preset fills the server's address in; Google is explained, not attempted."""
        provider = self.provider.currentData()
        self.hint.setText(self._hints()[provider.key])
        presets = {p.url for p in (self.provider.itemData(i) for i in range(self.provider.count()))}
        if provider.url:
            self.server.setText(provider.url)
        elif self.server.text() in presets:
            self.server.clear()
        self.server.setReadOnly(bool(provider.url))
        self.server.setPlaceholderText(
            "https://cloud.example.com" if provider.key == "nextcloud" else ""
        )
        for field in (self.server, self.user, self.password, self.addressbook):
            field.setEnabled(provider.supported)
        self.connect_button.setEnabled(provider.supported)

    def _show_account(self) -> None:
        from prospectdesk.domain.sync.account import current_account

        account = current_account()
        self.remove_button.setEnabled(account is not None)
        if account is not None:
            for index in range(self.provider.count()):
                if self.provider.itemData(index).url == account.server_url:
                    self.provider.setCurrentIndex(index)
            self.server.setText(account.server_url)
            self.user.setText(account.username)
            self.addressbook.setText(account.addressbook_name)
            self.message.setText(self.tr("Syncing with %1.").replace("%1", account.server_url))

    def connect_account(self) -> None:
        server, user = self.server.text().strip(), self.user.text().strip()
        password, book = self.password.text(), self.addressbook.text().strip() or None
        from prospectdesk.domain.sync.account import is_google

        if is_google(server):
            self.provider.setCurrentIndex(self.provider.findText("Google"))
            self.message.setText(self._hints()["google"])
            return
        if not (server and user and password):
            self.message.setText(self.tr("Fill in the server, the user name and the password."))
            return
        self.connect_button.setEnabled(False)
        self.message.setText(self.tr("Connecting…"))
        clock = self.driver.workspace.clock

        def set_up() -> bool:
            from prospectdesk.domain.sync.account import set_up_account

            return set_up_account(server, user, password, clock, addressbook=book)[1]

        def done(kept: object) -> None:
            self.connect_button.setEnabled(True)
            self.driver.password = None if kept else password
            self.password.clear()
            self._show_account()
            self.driver.start()

        def failed(error: BaseException) -> None:
            # The server's own words (English), as on the command line.
            self.connect_button.setEnabled(True)
            self.message.setText(str(error))

        self.driver.executor.submit(set_up, done, failed)

    def remove_account(self) -> None:
        from prospectdesk.domain.sync.account import forget_password, remove_account

        self.driver.stop()
        account = remove_account()
        if account is not None:
            forget_password(account.server_url, account.username)
        self.driver.password = None
        self.remove_button.setEnabled(False)
        self.message.setText(self.tr("Sync stopped; your contacts stay here and on the server."))


class SyncSettings(QGroupBox):
    """The Sync section of Settings: which account syncs, and the button to set it up."""

    def __init__(self, driver: SyncDriver, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sync with your phone"), parent)
        self.driver = driver
        self.setObjectName("sync-settings")
        self.state = QLabel()
        self.state.setObjectName("sync-settings-state")
        self.state.setWordWrap(True)
        self.button = QPushButton(self.tr("Sync account…"))
        self.button.setObjectName("sync-settings-button")
        self.button.clicked.connect(self.open_setup)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_state()

    def show_state(self) -> None:
        from prospectdesk.domain.sync.account import current_account

        account = current_account()
        if account is None:
            self.state.setText(self.tr("Not set up: contacts stay on this computer."))
        else:
            self.state.setText(
                self.tr("Syncing with %1 as %2.")
                .replace("%1", account.server_url)
                .replace("%2", account.username)
            )

    def open_setup(self) -> None:
        dialog = SyncSetupDialog(self.driver, self)
        dialog.exec()
        dialog.deleteLater()
        self.show_state()


def install_sync(
    window: QMainWindow, controller: AppController, workspace: Workspace
) -> tuple[SyncDriver, SyncStatusItem]:
    """The status item and the driver (the account is set up in Settings ▸ Sync, see
    :class:`SyncSettings`); the caller starts the driver once the window is up."""
    # The app's one background lane: a sync waits behind an import (no "database is locked"
    # between two writers), and closing the app waits for a sync under way.
    driver = SyncDriver(workspace, controller, controller.executor, window)
    item = SyncStatusItem(driver, controller, window)
    window.statusBar().addPermanentWidget(item)
    return driver, item
