"""ProspectDesk: a desktop prospect tracker for people who run a business from home."""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

APP_NAME = "ProspectDesk"
APP_ID = "io.github.prospectdesk.ProspectDesk"  # reverse-DNS id: .desktop, AppStream, macOS bundle


def _read_version() -> str:
    """The version is written once, in pyproject.toml.

    A source tree (tests, ``python -m prospectdesk`` from a clone) reads pyproject directly, so
    an older installed copy cannot lie about it; an installed package or a PyInstaller bundle
    reads the distribution metadata built from that same pyproject.
    """
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        with pyproject.open("rb") as handle:
            project = tomllib.load(handle).get("project", {})
        if project.get("name") == "prospectdesk" and "version" in project:
            return str(project["version"])
    try:
        return version("prospectdesk")
    except PackageNotFoundError:
        return "0.0.0+unknown"


__version__ = _read_version()
