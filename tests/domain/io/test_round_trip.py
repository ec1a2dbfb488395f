"""Import of an export gives back the same contacts, over every file of the corpus."""

from __future__ import annotations

import pytest

from prospectdesk.domain.io.export import all_records, export_contacts
from prospectdesk.domain.io.importer import import_files
from prospectdesk.domain.workspace import open_workspace

from .conftest import FIXTURES


def _phone(phone, fmt: str) -> str:
    """vCard writes a number written with its country in E.164."""
    if fmt == "vcf" and phone.value.startswith(("+", "00")) and phone.normalized.startswith("+"):
        return phone.normalized
    return phone.value


def _key(record, *, photo: bool, fmt: str = "csv"):
    return (
        record.given_name,
        record.family_name,
        record.display_name_override,
        record.organization,
        record.job_title,
        [(e.value, e.label) for e in record.emails],
        [(_phone(p, fmt), p.label) for p in record.phones],
        record.birthday,
        record.addresses,
        record.notes,
        sorted(record.tags),
        record.photo if photo else None,
    )


def _corpus_files(corpus_dir):
    return sorted((corpus_dir / "vcard").iterdir()) + sorted((corpus_dir / "csv").iterdir())


@pytest.mark.parametrize("fmt", ["csv", "vcf"])
def test_export_then_import_gives_the_same_contacts(corpus_dir, clock, tmp_path, fmt):
    files = _corpus_files(corpus_dir) + sorted((FIXTURES / "csv").glob("[a-g]*.csv"))
    first = open_workspace(None, clock=clock)
    first.contacts.region = "NL"
    plan, outcome = import_files(first, files)
    assert len(outcome.created) >= 31
    before = [_key(r, photo=fmt == "vcf", fmt=fmt) for r in all_records(first)]
    exported = tmp_path / f"export.{fmt}"
    exported.write_bytes(export_contacts(first, fmt))
    first.close()

    second = open_workspace(None, clock=clock)
    second.contacts.region = "NL"
    plan, outcome = import_files(second, [exported])
    assert plan.problems == []
    after = [_key(r, photo=fmt == "vcf", fmt=fmt) for r in all_records(second)]
    second.close()
    assert after == before


def test_bulk_read_for_export_equals_contact_book_get(corpus_dir, workspace):
    import_files(workspace, _corpus_files(corpus_dir))
    workspace.contacts.delete([workspace.contacts.all_ids()[0]])  # tombstones stay out
    assert all_records(workspace) == [
        workspace.contacts.get(cid) for cid in workspace.contacts.all_ids()
    ]
