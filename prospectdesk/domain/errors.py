"""The refusals an owner can act on, as opposed to bugs."""

from __future__ import annotations


class DomainError(Exception):
    """An operation refused by a rule (a contact with no name, a stage that still has
    people in it): nothing was changed, and the UI shows it as one message. Anything else
    raised by an operation is a bug and is not caught."""


# What the store refuses for the disk's or the folder's sake (full, read-only, not the
# owner's, not a folder) or because a newer ProspectDesk wrote the data: re-exported here so
# that the UI and the command line never reach into the store.
from prospectdesk.store.errors import (  # noqa: E402
    NoSpaceError,
    NotAFolderError,
    PermissionDeniedError,
    ReadOnlyError,
    StorageProblem,
)
from prospectdesk.store.schema import SchemaTooNewError  # noqa: E402

__all__ = [
    "DomainError",
    "NoSpaceError",
    "NotAFolderError",
    "PermissionDeniedError",
    "ReadOnlyError",
    "SchemaTooNewError",
    "StorageProblem",
]
