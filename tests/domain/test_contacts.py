from __future__ import annotations

from dataclasses import fields
from datetime import timedelta

import pytest

from prospectdesk.domain.contacts import ContactNotFoundError
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)
from prospectdesk.domain.validation import validate_contact


def make(ws, **fields) -> int:
    contact_id, _ = ws.contacts.create(ContactRecord(**fields))
    return contact_id


def test_every_field_round_trips(workspace):
    record = ContactRecord(
        given_name="Nairi",
        family_name="Hakobyan",
        organization="Արարատ ՍՊԸ",
        job_title="Տնօրեն",
        emails=[EmailEntry("nairi@example.am", "work"), EmailEntry("n@home.example", "home")],
        phones=[PhoneEntry("+374 10 123456", "mobile")],
        addresses=[AddressEntry("home", "Abovyan 1", "Yerevan", "", "0001", "Armenia")],
        birthday=Birthday(2, 29),
        photo=b"\x89PNG fake",
        source="Referral",
        notes="Wants a demo in Armenian",
        tags=["vip", "yerevan"],
        expected_value_cents=125_000,
    )
    contact_id = make(workspace, **{f.name: getattr(record, f.name) for f in fields(record)})
    loaded = workspace.contacts.get(contact_id)
    for name in (
        "given_name",
        "family_name",
        "organization",
        "job_title",
        "emails",
        "addresses",
        "birthday",
        "photo",
        "source",
        "notes",
        "tags",
        "expected_value_cents",
    ):
        assert getattr(loaded, name) == getattr(record, name), name
    assert loaded.phones[0].normalized == "+37410123456"
    assert loaded.display_name == "Nairi Hakobyan"
    assert loaded.uid.startswith("urn:uuid:")


def test_display_name_is_derived_unless_set(workspace):
    assert workspace.contacts.get(make(workspace, organization="Acme BV")).display_name == "Acme BV"
    overridden = make(workspace, given_name="Jan", display_name_override="Jantje")
    assert workspace.contacts.get(overridden).display_name == "Jantje"


def test_imported_uid_is_kept(workspace):
    contact_id = make(workspace, given_name="A", uid="urn:uuid:1234")
    assert workspace.contacts.get(contact_id).uid == "urn:uuid:1234"
    assert workspace.contacts.find_by_uid("urn:uuid:1234") == contact_id


def test_update_bumps_revision_time(workspace, clock):
    contact_id = make(workspace, given_name="A")
    clock.advance(timedelta(hours=2))
    record = workspace.contacts.get(contact_id)
    record.family_name = "de Vries"
    workspace.contacts.update(contact_id, record)
    loaded = workspace.contacts.get(contact_id)
    assert loaded.display_name == "A de Vries"
    assert loaded.updated_at - loaded.created_at == timedelta(hours=2)


def test_delete_leaves_tombstone_and_undo_restores(workspace):
    contact_id = make(workspace, given_name="Gone")
    workspace.contacts.delete([contact_id])
    with pytest.raises(ContactNotFoundError):
        workspace.contacts.get(contact_id)
    assert workspace.contacts.deleted_ids() == [contact_id]
    assert workspace.pipeline.column_counts("Gone")[workspace.pipeline.stages()[0].id] == 0
    workspace.undo.undo()
    assert workspace.contacts.get(contact_id).given_name == "Gone"
    assert workspace.pipeline.column_counts("Gone")[workspace.pipeline.stages()[0].id] == 1


def test_bulk_tagging(workspace):
    ids = [make(workspace, given_name=f"P{i}") for i in range(3)]
    workspace.contacts.add_tag(ids[:2], "beurs 2026")
    assert workspace.contacts.get(ids[0]).tags == ["beurs 2026"]
    assert workspace.contacts.get(ids[2]).tags == []
    assert sum(workspace.pipeline.column_counts("beurs").values()) == 2


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("emails", [EmailEntry("jan.example.com")], "email_no_at"),
        ("emails", [EmailEntry("jan@")], "email_invalid"),
        ("phones", [PhoneEntry("call me maybe")], "phone_invalid"),
        ("phones", [PhoneEntry("12")], "phone_invalid"),
    ],
)
def test_validation_explains(field, value, code):
    record = ContactRecord(given_name="X", **{field: value})
    assert [p.code for p in validate_contact(record, "NL")] == [code]


def test_valid_contact_has_no_problems():
    record = ContactRecord(
        given_name="X", emails=[EmailEntry("x@example.nl")], phones=[PhoneEntry("06-12345678")]
    )
    assert validate_contact(record, "NL") == []


@pytest.mark.parametrize("text", ["2026-02-31", "--02-30", "1999-13-01", "0.0.00", "--00-10"])
def test_impossible_birthdays_are_refused(text):
    with pytest.raises(ValueError):
        Birthday.parse(text)


def test_birthday_forms():
    assert Birthday.parse("--0229") == Birthday(2, 29)
    assert Birthday.parse("19800321") == Birthday(3, 21, 1980)
    assert Birthday(2, 29).occurrence_in(2027).isoformat() == "2027-02-28"
    assert Birthday(2, 29).occurrence_in(2028).isoformat() == "2028-02-29"
    assert Birthday(4, 16).to_text() == "--04-16"
