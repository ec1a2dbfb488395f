"""The window's sync item against a real server: it syncs in the background when the app
starts, says when it is offline, and the conflict list turns a conflict the other way."""

from __future__ import annotations

import pytest

from prospectdesk.store.models import SyncAccount
from tests.sync.conftest import PASSWORD
from tests.sync.test_sync_radicale import _card, _setup, _sync


@pytest.fixture
def start_app(qapp, qtbot, clock):
    from prospectdesk.ui.app import ProspectDeskApp, ensure_qapplication

    ensure_qapplication()
    started = []

    def start(data_dir):
        app = ProspectDeskApp(data_dir, clock=clock)
        # A first sync into a book with cards asks first; here the answer is yes (a modal
        # box would wait forever offscreen). The setup test looks at the plan itself.
        app.sync.confirm_plan = lambda plan: True
        app.show()
        qtbot.waitExposed(app.window)
        started.append(app)
        return app

    yield start
    for app in started:
        try:
            app.close()
        except RuntimeError:
            pass


def _wait_for_status(qtbot, app, prefix: str) -> str:
    from prospectdesk.ui.sync_status import SyncStatusItem

    item = app.window.findChild(SyncStatusItem, "sync-status")
    qtbot.waitUntil(lambda: item.text().startswith(prefix) and not app.sync.running, timeout=20000)
    return item.text()


def test_the_app_syncs_in_the_background_when_it_starts(
    run_cli, tmp_path, radicale, user, phone, start_app, qtbot
):
    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678"))
    app = start_app(data_dir)
    assert _wait_for_status(qtbot, app, "Synced").startswith("Synced")
    assert app.workspace.contacts.find_by_uid("kees-1") is not None


def test_offline_is_said_in_the_status_item_and_nothing_changes(
    run_cli, tmp_path, radicale, user, start_app, qtbot
):
    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    app = start_app(data_dir)
    _wait_for_status(qtbot, app, "Synced")
    SyncAccount.update(server_url="http://127.0.0.1:9/").execute()
    app.sync.password = PASSWORD  # the keyring entry is for the real address
    app.sync.sync_now()
    assert _wait_for_status(qtbot, app, "Sync: offline") == "Sync: offline"


def test_the_conflict_list_uses_this_computers_value(
    run_cli, tmp_path, radicale, user, phone, start_app, qtbot
):
    from prospectdesk.ui.sync_status import ConflictsDialog

    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser"))
    _sync(run_cli, data_dir)
    href = phone.book + "kees.vcf"
    app = start_app(data_dir)
    _wait_for_status(qtbot, app, "Synced")
    phone.put(
        "kees.vcf", _card("kees-1", "Kees", "Visser", "TITLE:Schilder"), etag=phone.etags()[href]
    )
    kees = app.workspace.contacts.find_by_uid("kees-1")
    record = app.workspace.contacts.get(kees)
    record.job_title = "Stukadoor"
    app.controller.run(lambda: app.workspace.contacts.update(kees, record))
    app.sync.sync_now()
    assert "1 conflicts" in _wait_for_status(qtbot, app, "Synced")
    dialog = ConflictsDialog(app.controller, app.window)
    assert dialog.list.count() == 1 and "Schilder" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    dialog.use_button.click()
    assert dialog.list.count() == 0
    assert app.workspace.contacts.get(kees).job_title == "Stukadoor"
    app.sync.sync_now()
    _wait_for_status(qtbot, app, "Synced")
    assert "TITLE:Stukadoor" in phone.cards()[href]
    dialog.close()


def test_setting_up_in_the_window_shows_the_first_sync_plan_before_anything_changes(
    tmp_path, radicale, user, phone, start_app, qtbot, memory_keyring
):
    from prospectdesk.domain.records import ContactRecord, EmailEntry
    from prospectdesk.ui.sync_status import SyncSetupDialog, SyncStatusItem
    from tests.sync.test_sync_radicale import IOS_CARD

    phone.seed_files({"marieke.vcf": IOS_CARD})
    data_dir = tmp_path / "data"
    app = start_app(data_dir)
    item = app.window.findChild(SyncStatusItem, "sync-status")
    assert not item.isVisible()  # no account yet
    app.workspace.contacts.create(
        ContactRecord(given_name="Marieke", emails=[EmailEntry("marieke@example.nl")])
    )
    plans, counts_at_plan = [], []

    def confirm(plan) -> bool:
        plans.append(plan)
        counts_at_plan.append((app.workspace.contacts.count(), len(phone.cards())))
        return True

    app.sync.confirm_plan = confirm
    dialog = SyncSetupDialog(app.sync, app.window)
    dialog.server.setText(radicale.url)
    dialog.user.setText(user)
    dialog.password.setText(PASSWORD)
    dialog.connect_button.click()
    _wait_for_status(qtbot, app, "Synced")
    assert [(m.how, m.local_name) for m in plans[0].matched] == [("email", "Marieke")]
    assert counts_at_plan == [(1, 1)]  # nothing had changed on either side yet
    assert app.workspace.contacts.count() == 1 and len(phone.cards()) == 1
    assert list(memory_keyring.store.values()) == [PASSWORD]
    assert "Syncing with" in dialog.message.text()
    dialog.remove_button.click()
    assert SyncAccount.select().count() == 0 and memory_keyring.store == {}
    dialog.close()


def test_settings_has_a_sync_section_that_sets_the_account_up(
    tmp_path, radicale, user, start_app, qtbot, monkeypatch
):
    from prospectdesk.ui.settings_dialog import SettingsDialog
    from prospectdesk.ui.sync_status import SyncSettings, SyncSetupDialog

    app = start_app(tmp_path / "data")
    edit = [a.text() for a in app.window.menus["edit"].actions()]
    assert "Sync…" not in edit  # it lives in Settings now (Edit ▸ Settings… is there)
    states = []

    def connect(dialog) -> int:  # the owner fills the setup dialog in and connects
        dialog.server.setText(radicale.url)
        dialog.user.setText(user)
        dialog.password.setText(PASSWORD)
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: "Syncing with" in dialog.message.text(), timeout=20000)
        return 0

    def settings(dialog) -> int:  # the owner opens Settings ▸ Sync
        section = dialog.findChild(SyncSettings, "sync-settings")
        states.append(section.state.text())
        section.button.click()
        states.append(section.state.text())
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", settings)
    monkeypatch.setattr(SyncSetupDialog, "exec", connect)
    app.settings_action.trigger()
    assert states == [
        "Not set up: contacts stay on this computer.",
        f"Syncing with {radicale.url} as {user}.",
    ]
    assert SyncAccount.get().username == user
    _wait_for_status(qtbot, app, "Synced")
    # Once set up, the status item's menu leads to the account too.
    from prospectdesk.ui.sync_status import SyncStatusItem

    item = app.window.findChild(SyncStatusItem, "sync-status")
    assert item.account_action.text() == "Sync account…"


def test_the_setup_dialog_offers_presets_and_says_google_is_not_supported_yet(
    tmp_path, start_app, qtbot
):
    from prospectdesk.ui.sync_status import SyncSetupDialog

    app = start_app(tmp_path / "data")
    dialog = SyncSetupDialog(app.sync, app.window)
    qtbot.addWidget(dialog)
    names = [dialog.provider.itemText(i) for i in range(dialog.provider.count())]
    assert names == ["Nextcloud", "iCloud", "Fastmail", "Another CardDAV server", "Google"]
    assert dialog.provider.currentText() == "Another CardDAV server"
    assert "e-mail address" in dialog.hint.text() and not dialog.server.isReadOnly()

    dialog.provider.setCurrentText("iCloud")
    assert dialog.server.text() == "https://contacts.icloud.com/" and dialog.server.isReadOnly()
    assert "Apple ID" in dialog.hint.text()
    dialog.provider.setCurrentText("Fastmail")
    assert dialog.server.text() == "https://carddav.fastmail.com/"
    dialog.provider.setCurrentText("Nextcloud")
    assert dialog.server.text() == "" and not dialog.server.isReadOnly()
    assert dialog.server.placeholderText() == "https://cloud.example.com"
    assert "app password" in dialog.hint.text()

    dialog.provider.setCurrentText("Google")
    assert "does not support yet" in dialog.hint.text()
    assert not dialog.connect_button.isEnabled() and not dialog.server.isEnabled()

    # A Gmail address under another provider: said the same way, nothing is attempted.
    dialog.provider.setCurrentText("Another CardDAV server")
    assert dialog.connect_button.isEnabled()
    dialog.server.setText("kees@gmail.com")
    dialog.user.setText("kees")
    dialog.password.setText("secret")
    dialog.connect_button.click()
    assert dialog.provider.currentText() == "Google"
    assert "does not support yet" in dialog.message.text()
    assert SyncAccount.select().count() == 0 and not app.sync.running
