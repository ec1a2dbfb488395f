"""Small builders shared by the reliability tests."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from prospectdesk.domain.records import ContactRecord, EmailEntry
from prospectdesk.domain.workspace import Workspace
from prospectdesk.store.db import database


def add_people(ws: Workspace, count: int, *, prefix: str = "Person") -> list[int]:
    """``count`` contacts in one transaction (as an import would write them)."""
    ids: list[int] = []
    with database.atomic():
        for index in range(count):
            contact_id, _ = ws.contacts.create(
                ContactRecord(
                    given_name=f"{prefix}{index}",
                    family_name="Վարդանյան" if index % 2 else "van der Berg",
                    emails=[EmailEntry(f"{prefix.lower()}{index}@example.org")],
                    notes="x" * 200,  # a few pages' worth, so damage can land mid-file
                )
            )
            ids.append(contact_id)
    return ids


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_middle_pages(path: Path, *, seed: int = 7, page_size: int = 4096) -> None:
    """Overwrite the middle third of the file's pages with noise (a bad disk sector run)."""
    size = path.stat().st_size
    pages = size // page_size
    assert pages >= 6, "the database is too small to damage in the middle"
    noise = random.Random(seed)
    with path.open("r+b") as handle:
        for page in range(pages // 3, 2 * pages // 3):
            handle.seek(page * page_size)
            handle.write(bytes(noise.getrandbits(8) for _ in range(page_size)))
