"""Run at login: the XDG autostart entry (Linux for real), macOS LaunchAgent written."""

from __future__ import annotations

import plistlib
import sys

from prospectdesk.autostart import Autostart, launch_command


def test_xdg_entry_honours_xdg_config_home(tmp_path):
    config = tmp_path / "cfg"
    autostart = Autostart("linux", home=tmp_path / "home", environ={"XDG_CONFIG_HOME": str(config)})
    assert autostart.desktop_file() == config / "autostart" / "prospectdesk.desktop"
    assert not autostart.is_enabled()

    assert autostart.set_enabled(
        True, ["/opt/Prospect Desk/bin/prospectdesk", "--data-dir", "/d/50%"]
    )

    text = autostart.desktop_file().read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "Type=Application" in text
    assert 'Exec="/opt/Prospect Desk/bin/prospectdesk" --data-dir /d/50%%' in text
    assert autostart.is_enabled()
    assert autostart.set_enabled(False, [])
    assert not autostart.desktop_file().exists()


def test_relative_xdg_config_home_is_ignored(tmp_path):
    autostart = Autostart("linux", home=tmp_path, environ={"XDG_CONFIG_HOME": "relative"})
    assert autostart.desktop_file() == tmp_path / ".config" / "autostart" / "prospectdesk.desktop"


def test_entry_switched_off_by_the_desktop_counts_as_off(tmp_path):
    autostart = Autostart("linux", home=tmp_path, environ={})
    autostart.set_enabled(True, ["prospectdesk"])
    path = autostart.desktop_file()
    path.write_text(path.read_text(encoding="utf-8") + "Hidden=true\n", encoding="utf-8")
    assert not autostart.is_enabled()


def test_mac_launch_agent(tmp_path):
    autostart = Autostart("darwin", home=tmp_path)
    assert autostart.set_enabled(True, ["/Applications/ProspectDesk.app/x", "gui"])
    agent = plistlib.loads(autostart.launch_agent_file().read_bytes())
    assert agent["ProgramArguments"] == ["/Applications/ProspectDesk.app/x", "gui"]
    assert agent["RunAtLoad"] is True
    assert autostart.set_enabled(False, [])


def test_unknown_platform_is_not_supported(tmp_path):
    autostart = Autostart("plan9", home=tmp_path)
    assert not autostart.supported()
    assert not autostart.set_enabled(True, ["x"])


def test_launch_command_starts_this_installation_in_the_tray(tmp_path):
    command = launch_command(tmp_path)
    assert command[0] == sys.executable
    assert command[-2:] == ["gui", "--in-tray"]
    assert command[command.index("--data-dir") + 1] == str(tmp_path)
