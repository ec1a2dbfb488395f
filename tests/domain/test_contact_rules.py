"""The contact rules hold for every way in (issue 14): not only the detail form validates."""

from __future__ import annotations

import pytest

from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.validation import ValidationError


def test_create_refuses_a_contact_with_nothing_to_know_it_by(workspace):
    before = workspace.contacts.count()
    with pytest.raises(ValidationError) as raised:
        workspace.contacts.create(ContactRecord(notes="met at the fair"))
    assert [(p.field, p.code) for p in raised.value.problems] == [("name", "empty_name")]
    assert isinstance(raised.value, DomainError)
    assert workspace.contacts.count() == before


def test_update_refuses_a_bad_email_and_keeps_the_stored_contact(workspace):
    contact_id, _ = workspace.contacts.create(ContactRecord(given_name="Ani"))
    with pytest.raises(ValidationError) as raised:
        workspace.contacts.update(
            contact_id, ContactRecord(given_name="Ani", emails=[EmailEntry("ani.example.am")])
        )
    assert [(p.field, p.code) for p in raised.value.problems] == [("email", "email_no_at")]
    assert workspace.contacts.get(contact_id).emails == []


def test_a_phone_number_is_enough_as_the_importers_accept(workspace):
    contact_id, _ = workspace.contacts.create(ContactRecord(phones=[PhoneEntry("+31 6 12345678")]))
    assert workspace.contacts.get(contact_id).display_name == ""


def test_create_many_names_the_bad_record_and_writes_none(workspace):
    good = ContactRecord(given_name="Jan")
    nameless = ContactRecord(given_name="  ", expected_value_cents=100)
    with pytest.raises(ValidationError) as raised:
        workspace.contacts.create_many([good, good, nameless])
    assert raised.value.index == 2
    assert raised.value.problems[0].field == "name"
    assert workspace.contacts.count() == 0


def test_update_many_refuses_a_negative_value(workspace):
    contact_id, _ = workspace.contacts.create(ContactRecord(given_name="Jan"))
    with pytest.raises(ValidationError) as raised:
        workspace.contacts.update_many(
            {contact_id: ContactRecord(given_name="Jan", expected_value_cents=-5)}
        )
    assert raised.value.problems[0].field == "expected_value"
    assert workspace.contacts.get(contact_id).expected_value_cents is None


def test_an_import_that_reaches_a_nameless_record_refuses_it_and_writes_nothing(workspace):
    """The readers skip such rows with a message naming file and line; should one slip
    past them, the store's rule still holds and the import's one transaction is undone."""
    from prospectdesk.domain.io.importer import ImportPlan, PlannedItem, importer_for

    items = [
        PlannedItem(0, "beurs.csv", 2, ContactRecord(given_name="Ani")),
        PlannedItem(1, "beurs.csv", 3, ContactRecord(notes="only a note")),
    ]
    plan = ImportPlan(files=["beurs.csv"], formats={}, items=items, problems=[])
    with pytest.raises(ValidationError) as raised:
        importer_for(workspace).apply(plan)
    assert raised.value.index == 1
    assert workspace.contacts.count() == 0


def test_any_live_ignores_deleted_contacts(workspace):
    assert not workspace.contacts.any_live()
    contact_id, _ = workspace.contacts.create(ContactRecord(given_name="Jan"))
    assert workspace.contacts.any_live()
    workspace.contacts.delete([contact_id])
    assert not workspace.contacts.any_live()


def test_the_display_name_is_the_override_else_the_names_else_the_organization_else_the_email():
    from itertools import product

    from prospectdesk.domain.records import derive_display_name

    texts = ["", " ", "Anna", " de Vries ", "\t"]
    for override, given, family, organization, email in product([None, *texts], *[texts] * 4):
        parts = [part.strip() for part in (given, family) if part.strip()]
        expected = (
            (override or "").strip() or " ".join(parts) or organization.strip() or email.strip()
        )
        assert derive_display_name(override, given, family, organization, email) == expected
