"""Cards on the server and the fields ProspectDesk syncs: reading them, comparing them, and
writing our edits as a change onto the server's copy.

A PUT replaces the whole card, so a card is never written from our record alone: the
server's copy is kept, and only the properties of the fields that changed here are
replaced in it. Everything else the phone wrote (IMPP, ANNIVERSARY, RELATED, X-
properties, groups, photos we did not touch, parameters of unchanged entries) goes back
as it came.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from prospectdesk.domain.io.base import ImportProblem
from prospectdesk.domain.io.vcard_read import read_vcards
from prospectdesk.domain.io.vcard_write import fold, write_vcards
from prospectdesk.domain.phones import normalize_phone
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)

# The fields that travel in the card, in the order conflicts are listed. Prospect data
# (stage, value, source, conversations, sales) stays on this computer.
FIELDS = (
    "given_name",
    "family_name",
    "display_name_override",
    "organization",
    "job_title",
    "emails",
    "phones",
    "addresses",
    "birthday",
    "notes",
    "tags",
    "photo",
)
_LIST_FIELDS = {"emails": "EMAIL", "phones": "TEL", "addresses": "ADR"}
_NAME_FIELDS = {"given_name", "family_name", "display_name_override", "organization"}
_IGNORED_IN_HASH = {"PRODID", "REV"}
_GROUP_NUMBER = re.compile(r"item(\d+)$", re.IGNORECASE)

State = dict[str, Any]


# ---------------------------------------------------------------------------- fields


def state_of(record: ContactRecord) -> State:
    """The synced fields of ``record`` in a form that compares equal when the owner would
    call them the same (JSON-ready: it is stored as the base of the next sync)."""
    return {
        "given_name": record.given_name.strip(),
        "family_name": record.family_name.strip(),
        "display_name_override": (record.display_name_override or "").strip(),
        "organization": record.organization.strip(),
        "job_title": record.job_title.strip(),
        "emails": [[e.value.strip(), e.label] for e in record.emails if e.value.strip()],
        "phones": [[p.value.strip(), p.label] for p in record.phones if p.value.strip()],
        "addresses": [
            [a.label, a.street, a.city, a.region, a.postal_code, a.country]
            for a in record.addresses
            if not a.is_empty()
        ],
        "birthday": record.birthday.to_text() if record.birthday else "",
        "notes": record.notes.strip(),
        "tags": sorted({t.strip() for t in record.tags if t.strip()}),
        "photo": hashlib.sha256(record.photo).hexdigest() if record.photo else "",
    }


def changed_fields(before: State, after: State) -> set[str]:
    return {name for name in FIELDS if before.get(name) != after.get(name)}


def with_fields(
    target: ContactRecord, source: ContactRecord, fields: Iterable[str]
) -> ContactRecord:
    """``target`` with ``fields`` taken from ``source``."""
    return replace(target, **{name: getattr(source, name) for name in fields})


def union_field(name: str, local: ContactRecord, remote: ContactRecord, region: str | None) -> Any:
    """Both sides' entries of a list field, the local ones first (a first sync that matched
    two people: nobody's number is dropped)."""
    if name == "emails":
        seen = {e.value.strip().lower() for e in local.emails}
        return list(local.emails) + [
            EmailEntry(e.value, e.label)
            for e in remote.emails
            if e.value.strip().lower() not in seen
        ]
    if name == "phones":
        seen = {p.normalized or normalize_phone(p.value, region) for p in local.phones}
        return list(local.phones) + [
            PhoneEntry(p.value, p.label, p.normalized)
            for p in remote.phones
            if (p.normalized or normalize_phone(p.value, region)) not in seen
        ]
    if name == "addresses":
        known = {(a.street, a.city, a.postal_code) for a in local.addresses}
        return list(local.addresses) + [
            AddressEntry(a.label, a.street, a.city, a.region, a.postal_code, a.country)
            for a in remote.addresses
            if (a.street, a.city, a.postal_code) not in known
        ]
    if name == "tags":
        return list(dict.fromkeys([*local.tags, *remote.tags]))
    raise ValueError(name)


def is_empty_value(value: Any) -> bool:
    return value in ("", None, [])


# ---------------------------------------------------------------------------- cards


def read_card(text: str, href: str = "card") -> tuple[ContactRecord | None, list[ImportProblem]]:
    """The record a server's card holds (None when it holds nobody we can show, or a
    group: Apple keeps groups as cards of their own, which are no people)."""
    for line in unfold(text):
        group, name = _head(line)
        if (
            name in ("KIND", "X-ADDRESSBOOKSERVER-KIND")
            and line.split(":", 1)[-1].strip().lower() == "group"
        ):
            return None, []
    try:
        result = read_vcards(text.encode("utf-8"), href)
    except ValueError as error:
        return None, [ImportProblem(href, 0, str(error), True)]
    if not result.records:
        return None, result.problems
    return result.records[0].record, result.problems


def unfold(text: str) -> list[str]:
    """The card's logical lines (unfolded), without BEGIN/END."""
    lines: list[str] = []
    for physical in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if physical[:1] in (" ", "\t") and lines:
            lines[-1] += physical[1:]
        elif physical.strip():
            lines.append(physical)
    return [line for line in lines if line.strip().upper() not in ("BEGIN:VCARD", "END:VCARD")]


def _head(line: str) -> tuple[str, str]:
    """(group, NAME) of a logical line."""
    end = len(line)
    for separator in (";", ":"):
        at = line.find(separator)
        if at != -1:
            end = min(end, at)
    group, _, name = line[:end].rpartition(".")
    return group.lower(), name.strip().upper()


def assemble(lines: Iterable[str]) -> str:
    body = ["BEGIN:VCARD", *lines, "END:VCARD"]
    return "".join(fold(line) + "\r\n" for line in body)


def content_hash(text: str) -> str:
    """Equal for the same card re-serialised by a server (property order, folding, PRODID
    and REV): so a server that rewrites what we sent is not an edit on the phone."""
    lines = sorted(line.strip() for line in unfold(text) if _head(line)[1] not in _IGNORED_IN_HASH)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def card_uid(text: str) -> str | None:
    for line in unfold(text):
        if _head(line)[1] == "UID":
            return line.split(":", 1)[1].strip() or None
    return None


def card_version(lines: list[str]) -> str:
    for line in lines:
        if _head(line)[1] == "VERSION":
            return "4.0" if line.split(":", 1)[1].strip().startswith("4") else "3.0"
    return "3.0"


def new_card(record: ContactRecord) -> str:
    """A card for a contact the server does not have yet: vCard 3.0, which every phone
    reads (macOS Contacts refuses 4.0)."""
    return write_vcards([replace(record, updated_at=None)], "3.0")


def _rendered(record: ContactRecord, version: str) -> list[str]:
    return unfold(write_vcards([replace(record, updated_at=None)], version))


class _Patch:
    def __init__(self, server_card: str) -> None:
        self.lines = unfold(server_card)
        self.version = card_version(self.lines)
        numbers = [
            int(match.group(1))
            for line in self.lines
            if (match := _GROUP_NUMBER.match(_head(line)[0]))
        ]
        self.next_group = max(numbers, default=0) + 1

    def remove(self, name: str) -> list[str]:
        """Drop every ``name`` property; labels of groups left empty go with them. Returns
        the removed lines."""
        removed = [line for line in self.lines if _head(line)[1] == name]
        groups = {_head(line)[0] for line in removed if _head(line)[0]}
        self.lines = [line for line in self.lines if _head(line)[1] != name]
        for group in groups:
            members = [line for line in self.lines if _head(line)[0] == group]
            if all(_head(line)[1].startswith("X-AB") for line in members):
                self.lines = [line for line in self.lines if _head(line)[0] != group]
        return removed

    def group_lines(self, group: str) -> list[str]:
        return [line for line in self.lines if group and _head(line)[0] == group]

    def regroup(self, lines: list[str]) -> list[str]:
        """Rename the groups of freshly written lines so they clash with none here."""
        mapping: dict[str, str] = {}
        result = []
        for line in lines:
            group, _ = _head(line)
            if group:
                if group not in mapping:
                    mapping[group] = f"item{self.next_group}"
                    self.next_group += 1
                line = mapping[group] + line[len(group) :]
            result.append(line)
        return result

    def insert(self, lines: list[str]) -> None:
        """Before END (and before a trailing photo, which phones like last)."""
        self.lines.extend(lines)


def _entry_key(name: str, entry: Any) -> tuple[str, ...]:
    if name == "emails":
        return (entry.value.strip().lower(), entry.label)
    if name == "phones":
        return (entry.value.strip(), entry.label)
    return (entry.label, entry.street, entry.city, entry.region, entry.postal_code, entry.country)


def patch_card(
    server_card: str, record: ContactRecord, fields: Iterable[str], now: datetime
) -> str:
    """The server's card with ``fields`` replaced by ``record``'s values; every other
    property, and every unchanged entry of a changed list, stays byte for byte."""
    fields = set(fields)
    if not fields:
        return server_card
    patch = _Patch(server_card)
    fresh = _rendered(record, patch.version)
    if fields & _NAME_FIELDS:
        old_n = next((line for line in patch.lines if _head(line)[1] == "N"), None)
        patch.remove("FN")
        patch.remove("N")
        new_n = next(line for line in fresh if _head(line)[1] == "N")
        if old_n is not None:
            # Keep the prefix and suffix the phone wrote (Dr., jr.): we have no field for them.
            old_parts = _split_components(old_n.split(":", 1)[1])
            new_parts = _split_components(new_n.split(":", 1)[1])
            if len(old_parts) >= 5:
                new_parts = (new_parts + [""] * 5)[:5]
                new_parts[3], new_parts[4] = old_parts[3], old_parts[4]
                new_n = new_n.split(":", 1)[0] + ":" + ";".join(new_parts)
        patch.insert([line for line in fresh if _head(line)[1] in ("FN", "KIND", "X-ABSHOWAS")])
        patch.insert([new_n])
    if "organization" in fields:
        old_org = next((line for line in patch.lines if _head(line)[1] == "ORG"), None)
        patch.remove("ORG")
        new_org = next((line for line in fresh if _head(line)[1] == "ORG"), None)
        if new_org is not None and old_org is not None:
            departments = _split_components(old_org.split(":", 1)[1])[1:]
            if departments:
                new_org = new_org + ";" + ";".join(departments)
        if new_org is not None:
            patch.insert([new_org])
    for name, prop in (("job_title", "TITLE"), ("notes", "NOTE"), ("birthday", "BDAY")):
        if name in fields:
            patch.remove(prop)
            patch.insert([line for line in fresh if _head(line)[1] == prop])
    if "tags" in fields:
        patch.remove("CATEGORIES")
        patch.insert([line for line in fresh if _head(line)[1] == "CATEGORIES"])
    for name, prop in _LIST_FIELDS.items():
        if name in fields:
            _patch_list(patch, name, prop, getattr(record, name))
    if "photo" in fields:
        patch.remove("PHOTO")
        patch.insert([line for line in fresh if _head(line)[1] == "PHOTO"])
    patch.remove("REV")
    stamp = now.astimezone(UTC)
    patch.insert(
        [
            "REV:"
            + stamp.strftime("%Y%m%dT%H%M%SZ" if patch.version == "4.0" else "%Y-%m-%dT%H:%M:%SZ")
        ]
    )
    return assemble(patch.lines)


def _split_components(value: str) -> list[str]:
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _patch_list(patch: _Patch, name: str, prop: str, entries: list[Any]) -> None:
    """Replace the ``prop`` entries: an entry that was already there keeps its own lines
    (TYPE, PREF, its group and label), only new ones are written fresh."""
    old: dict[tuple[str, ...], list[list[str]]] = {}
    for line in [line for line in patch.lines if _head(line)[1] == prop]:
        group = _head(line)[0]
        labels = [other for other in patch.group_lines(group) if _head(other)[1].startswith("X-AB")]
        mini = assemble([f"VERSION:{patch.version}", "FN:x", line, *labels])
        parsed, _ = read_card(mini)
        if parsed is not None and getattr(parsed, name):
            key = _entry_key(name, getattr(parsed, name)[0])
            old.setdefault(key, []).append([line, *labels])
    patch.remove(prop)
    for entry in entries:
        reused = old.get(_entry_key(name, entry))
        if reused:
            patch.insert(reused.pop(0))
            continue
        fields: dict[str, Any] = {name: [entry]}
        one = replace(ContactRecord(given_name="x"), **fields)
        lines = [
            line
            for line in _rendered(one, patch.version)
            if _head(line)[0] or _head(line)[1] == prop
        ]
        patch.insert(patch.regroup([line for line in lines if _head(line)[1] != "FN"]))


def dumps(state: State) -> str:
    return json.dumps(state, ensure_ascii=False, sort_keys=True)


def birthday_text(value: str) -> Birthday | None:
    return Birthday.parse(value) if value else None
