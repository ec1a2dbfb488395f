"""The rules a contact must meet to be stored, wherever it comes from (the detail form, an
import, the command line). Problems are codes; the UI words them.

:func:`validate_contact` lists every problem (the form shows them all at once);
:class:`~prospectdesk.domain.contacts.ContactBook` refuses a record that has any, raising
:class:`ValidationError`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.phones import is_plausible_phone
from prospectdesk.domain.records import ContactRecord

# Deliberately loose: one @, something on each side, a dot in the domain. Real address
# validation needs a mail server; this only catches typing slips.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Problem:
    field: str  # "email", "phone", "birthday", "name", "expected_value"
    code: str  # "email_no_at", "email_invalid", "phone_invalid", "empty_name", ...
    value: str = ""
    index: int = 0


class ValidationError(DomainError, ValueError):
    """A contact broke a rule and was not stored (nor anything else of the operation).
    ``problems`` name the fields; ``index`` is the record's place in a bulk call."""

    def __init__(self, problems: list[Problem], index: int | None = None) -> None:
        where = f"record {index}: " if index is not None else ""
        details = ", ".join(
            f"{p.field} {p.code}" + (f" {p.value!r}" if p.value else "") for p in problems
        )
        super().__init__(f"{where}{details}")
        self.problems = problems
        self.index = index


def check_email(value: str) -> str | None:
    if "@" not in value:
        return "email_no_at"
    if not _EMAIL.match(value.strip()):
        return "email_invalid"
    return None


def identity_problems(record: ContactRecord) -> list[Problem]:
    """The rules cheap enough for every record of a 100,000-row import: something to know
    the contact by (a name, an organization, an e-mail address or a phone number: what the
    importers accept too), and no negative value."""
    problems: list[Problem] = []
    if not (record.display_name or any(p.value.strip() for p in record.phones)):
        problems.append(Problem("name", "empty_name"))
    if record.expected_value_cents is not None and record.expected_value_cents < 0:
        problems.append(Problem("expected_value", "negative_value"))
    return problems


def validate_contact(record: ContactRecord, region: str | None = None) -> list[Problem]:
    """Every rule, in the order the form shows them."""
    identity = identity_problems(record)
    problems = [p for p in identity if p.field == "name"]
    # Blank entries are not stored (an empty row of the form): nothing to check.
    for index, email in enumerate(record.emails):
        code = check_email(email.value) if email.value.strip() else None
        if code:
            problems.append(Problem("email", code, email.value, index))
    for index, phone in enumerate(record.phones):
        if phone.value.strip() and not is_plausible_phone(phone.value, region):
            problems.append(Problem("phone", "phone_invalid", phone.value, index))
    return problems + [p for p in identity if p.field != "name"]
