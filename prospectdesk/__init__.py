"""ProspectDesk: a desktop prospect tracker for people who run a business from home."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("prospectdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "ProspectDesk"
