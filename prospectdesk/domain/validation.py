"""Checks on a contact before it is saved. Returns problems as codes; the UI words them."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def check_email(value: str) -> str | None:
    if "@" not in value:
        return "email_no_at"
    if not _EMAIL.match(value.strip()):
        return "email_invalid"
    return None


def validate_contact(record: ContactRecord, region: str | None = None) -> list[Problem]:
    problems: list[Problem] = []
    if not record.display_name:
        problems.append(Problem("name", "empty_name"))
    for index, email in enumerate(record.emails):
        code = check_email(email.value)
        if code:
            problems.append(Problem("email", code, email.value, index))
    for index, phone in enumerate(record.phones):
        if not is_plausible_phone(phone.value, region):
            problems.append(Problem("phone", "phone_invalid", phone.value, index))
    if record.expected_value_cents is not None and record.expected_value_cents < 0:
        problems.append(Problem("expected_value", "negative_value"))
    return problems
