"""ProspectDesk: a desktop prospect tracker for people who run a business from home."""

from __future__ import annotations

APP_NAME = "ProspectDesk"
APP_ID = "io.github.prospectdesk.ProspectDesk"  # reverse-DNS id: .desktop, AppStream, macOS bundle

# Written once, here: pyproject.toml reads it (setuptools' dynamic version), and so does the
# bundle recipe. A literal costs nothing at start-up; reading the distribution metadata
# (importlib.metadata) cost ~20 ms of every start.
__version__ = "0.1.0"
