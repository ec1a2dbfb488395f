"""The app's phone region: the one chosen in Settings, else the system's region as Qt
reports it (not the command line's environment variables)."""

from __future__ import annotations

from prospectdesk.domain.settings import PHONE_REGION
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.ui import region


def test_the_app_takes_the_system_region_from_qt(start_app, monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # what the command line would take
    monkeypatch.setattr(region, "system_region", lambda: "AM")
    app = start_app()
    assert app.workspace.contacts.region == "AM"


def test_the_app_takes_the_region_chosen_in_settings(start_app, data_dir, clock, monkeypatch):
    workspace = open_workspace(data_dir, clock=clock)
    workspace.settings.set(PHONE_REGION, "NL")
    workspace.close()
    monkeypatch.setattr(region, "system_region", lambda: "AM")
    app = start_app()
    assert app.workspace.contacts.region == "NL"
