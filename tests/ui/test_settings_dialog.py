"""Settings…: reminder settings are stored together; run at login writes the XDG entry."""

from __future__ import annotations

import pytest

from prospectdesk.autostart import Autostart, launch_command
from prospectdesk.domain.settings import (
    BIRTHDAY_LEAD_DAYS,
    CLOSE_TO_TRAY,
    MORNING_HOUR,
    QUALIFICATION_GATE,
    REMIND_QUIET,
)
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.settings_dialog import SettingsDialog


@pytest.mark.gate
def test_dialog_shows_and_stores_the_settings(workspace, tmp_path, qtbot):
    autostart = Autostart("linux", home=tmp_path, environ={})
    controller = AppController(workspace)
    dialog = SettingsDialog(controller, autostart, ["prospectdesk", "gui", "--in-tray"])
    qtbot.addWidget(dialog)
    assert dialog.lead_days.value() == 3 and dialog.morning_hour.value() == 9
    assert dialog.close_to_tray.isChecked() and not dialog.run_at_login.isChecked()

    dialog.lead_days.setValue(5)
    dialog.morning_hour.setValue(8)
    dialog.remind_quiet.setChecked(True)
    assert dialog.qualification_gate.isChecked()  # on by default
    dialog.qualification_gate.setChecked(False)
    dialog.close_to_tray.setChecked(False)
    dialog.run_at_login.setChecked(True)
    with qtbot.waitSignal(controller.changes_applied) as saved:  # the reminders look again
        dialog.accept()
    assert saved.args[0].settings and saved.args[1] is dialog

    settings = workspace.settings
    assert settings.get(BIRTHDAY_LEAD_DAYS) == 5
    assert settings.get(MORNING_HOUR) == 8
    assert settings.get(REMIND_QUIET) is True
    assert settings.get(QUALIFICATION_GATE) is False
    assert settings.get(CLOSE_TO_TRAY) is False
    entry = tmp_path / ".config" / "autostart" / "prospectdesk.desktop"
    assert "Exec=prospectdesk gui --in-tray" in entry.read_text(encoding="utf-8")

    again = SettingsDialog(controller, autostart, ["prospectdesk"])
    qtbot.addWidget(again)
    assert again.run_at_login.isChecked() and again.lead_days.value() == 5
    again.run_at_login.setChecked(False)
    again.accept()
    assert not entry.exists()


def test_no_tray_no_close_to_tray_choice(workspace, tmp_path, qtbot):
    dialog = SettingsDialog(
        AppController(workspace),
        Autostart("sunos5", home=tmp_path),
        launch_command(),
        has_tray=False,
    )
    qtbot.addWidget(dialog)
    assert not dialog.close_to_tray.isEnabled()
    assert not dialog.run_at_login.isEnabled()


def test_the_phone_region_can_be_chosen_and_applies_to_the_workspace(workspace, tmp_path, qtbot):
    from prospectdesk.domain.settings import PHONE_REGION
    from prospectdesk.ui.region import apply_region

    autostart = Autostart("linux", home=tmp_path, environ={})
    dialog = SettingsDialog(AppController(workspace), autostart, ["prospectdesk"])
    qtbot.addWidget(dialog)
    combo = dialog.phone_region.combo
    assert combo.currentData() == ""  # as the system
    combo.setCurrentIndex(combo.findData("AM"))
    assert combo.currentText() == "Armenia (AM)"
    dialog.accept()
    assert workspace.settings.get(PHONE_REGION) == "AM"
    apply_region(workspace)
    assert workspace.contacts.region == "AM"
