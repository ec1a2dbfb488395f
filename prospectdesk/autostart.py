"""Run at login: an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent on
macOS. Reminders only reach the owner when the app runs, so starting it (into the tray) at
login is what makes 9 o'clock birthday reminders dependable.

Pure Python (no Qt). Linux is the implemented and tested platform; Windows and macOS are
written with the standard library and guarded, so a failure there reports False instead of
breaking the settings dialog.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ENTRY_NAME = "prospectdesk"
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
WINDOWS_VALUE = "ProspectDesk"
MAC_LABEL = "org.prospectdesk.ProspectDesk"
# Started at login, the app goes straight to the tray (see the gui command's --in-tray).
IN_TRAY_ARGUMENT = "--in-tray"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this very installation again: the frozen executable, or this Python
    running the package."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "prospectdesk"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return [*command, "gui", IN_TRAY_ARGUMENT]


class Autostart:
    """Reads and writes the login item for ``platform`` (``sys.platform`` by default);
    ``home`` and ``environ`` are injectable so tests never touch the real ones."""

    def __init__(
        self,
        platform: str | None = None,
        home: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.platform = platform or sys.platform
        self.home = home or Path.home()
        self.environ = os.environ if environ is None else environ

    def supported(self) -> bool:
        if self.platform.startswith("linux") or self.platform == "darwin":
            return True
        if self.platform == "win32":
            try:
                import winreg  # noqa: F401
            except ImportError:
                return False
            return True
        return False

    # -- Linux (XDG) ---------------------------------------------------------------------------

    def desktop_file(self) -> Path:
        """``$XDG_CONFIG_HOME/autostart/prospectdesk.desktop`` (``~/.config`` by default)."""
        config = self.environ.get("XDG_CONFIG_HOME") or ""
        base = Path(config) if config and Path(config).is_absolute() else self.home / ".config"
        return base / "autostart" / f"{ENTRY_NAME}.desktop"

    def launch_agent_file(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"

    def is_enabled(self) -> bool:
        if self.platform == "darwin":
            return self.launch_agent_file().exists()
        if self.platform == "win32":
            return self._windows_value() is not None
        if self.platform.startswith("linux"):
            path = self.desktop_file()
            if not path.exists():
                return False
            # An entry switched off in the desktop's own settings says Hidden=true.
            text = path.read_text(encoding="utf-8", errors="replace")
            return "Hidden=true" not in text.replace(" ", "")
        return False

    def set_enabled(self, enabled: bool, command: Sequence[str]) -> bool:
        """Create or remove the login item; True when it is now as asked."""
        try:
            if self.platform.startswith("linux"):
                self._set_linux(enabled, command)
            elif self.platform == "darwin":
                self._set_mac(enabled, command)
            elif self.platform == "win32":
                self._set_windows(enabled, command)
            else:
                return False
        except OSError:
            return False
        return self.is_enabled() == enabled

    def _set_linux(self, enabled: bool, command: Sequence[str]) -> None:
        path = self.desktop_file()
        if not enabled:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=ProspectDesk",
                "Comment=Prospect tracker: follow-up and birthday reminders",
                f"Exec={_desktop_exec(command)}",
                "Icon=prospectdesk",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        temporary = path.with_suffix(".tmp")
        temporary.write_text(entry, encoding="utf-8")
        temporary.replace(path)

    def _set_mac(self, enabled: bool, command: Sequence[str]) -> None:
        path = self.launch_agent_file()
        if not enabled:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        agent = {"Label": MAC_LABEL, "ProgramArguments": list(command), "RunAtLoad": True}
        import plistlib  # macOS only; the app's start imports this module early

        path.write_bytes(plistlib.dumps(agent))

    def _set_windows(self, enabled: bool, command: Sequence[str]) -> None:
        import winreg  # only on Windows

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            if enabled:
                line = " ".join(f'"{part}"' if " " in part else part for part in command)
                winreg.SetValueEx(key, WINDOWS_VALUE, 0, winreg.REG_SZ, line)
            else:
                try:
                    winreg.DeleteValue(key, WINDOWS_VALUE)
                except FileNotFoundError:
                    pass

    def _windows_value(self) -> str | None:
        try:
            import winreg
        except ImportError:
            return None
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
                return str(winreg.QueryValueEx(key, WINDOWS_VALUE)[0])
        except OSError:
            return None


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _desktop_exec(command: Sequence[str]) -> str:
    """Quote for the Exec key as the Desktop Entry spec says: an argument with a reserved
    character goes in double quotes with ``"`$\\`` backslash-escaped, a literal ``%`` is
    doubled, and the value's own backslashes are escaped once more."""
    parts = []
    for part in command:
        if _RESERVED & set(part):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in part)
            part = f'"{escaped}"'
        parts.append(part.replace("%", "%%"))
    return " ".join(parts).replace("\\", "\\\\")
