"""The refusals an owner can act on, as opposed to bugs."""

from __future__ import annotations


class DomainError(Exception):
    """An operation refused by a rule (a contact with no name, a stage that still has
    people in it): nothing was changed, and the UI shows it as one message. Anything else
    raised by an operation is a bug and is not caught."""
