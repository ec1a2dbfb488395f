"""Two different people are never merged silently: an automatic merge needs a certain
identity (the same UID, or the same e-mail or phone and a compatible name); a shared
e-mail or phone under another name is a possible duplicate, kept apart and shown."""

from __future__ import annotations

import pytest

from prospectdesk.domain.io.import_match import compatible_names
from prospectdesk.domain.io.importer import Decision, import_files, importer_for
from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry


@pytest.fixture(autouse=True)
def dutch_region(workspace):
    workspace.contacts.region = "NL"


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "rows, reason",
    [
        (  # a family sharing a landline
            "Anna,Bakker,,071 512 3456\nPieter,Bakker,,+31 71 512 3456\n",
            "same phone +31 71 512 3456",
        ),
        (  # two colleagues behind one switchboard number
            "Eva,Kok,,020 555 0100\nMark,Jansen,,020 555 0100\n",
            "same phone 020 555 0100",
        ),
        (  # a shop's info@ address shared by its staff
            "Sanne,Visser,info@winkel.example,\nTom,de Boer,INFO@winkel.example,\n",
            "same e-mail INFO@winkel.example",
        ),
    ],
)
def test_people_sharing_a_number_or_address_in_one_file_stay_apart(
    workspace, tmp_path, rows, reason
):
    path = _write(tmp_path, "shared.csv", "First Name,Last Name,Email,Phone\n" + rows)
    plan, outcome = import_files(workspace, [path])
    first, second = plan.items
    assert second.match.planned_index == first.index
    assert second.match.possible and second.decision == Decision.KEEP_BOTH
    assert reason in second.match.reason
    assert len(outcome.created) == 2 and outcome.merged == []
    names = sorted(workspace.contacts.get(cid).display_name for cid in outcome.created)
    assert len(set(names)) == 2


@pytest.mark.parametrize(
    "stored, row, reason",
    [
        (
            ContactRecord(
                given_name="Anna", family_name="Bakker", phones=[PhoneEntry("071 512 3456")]
            ),
            "Pieter,Bakker,,071-5123456",
            "same phone 071-5123456",
        ),
        (
            ContactRecord(
                given_name="Sanne",
                family_name="Visser",
                emails=[EmailEntry("info@winkel.example")],
            ),
            "Tom,de Boer,info@winkel.example,",
            "same e-mail info@winkel.example",
        ),
    ],
)
def test_a_stored_contact_sharing_a_number_with_someone_else_is_not_merged_into(
    workspace, tmp_path, stored, row, reason
):
    stored_id, _ = workspace.contacts.create(stored)
    before = workspace.contacts.get(stored_id)
    path = _write(tmp_path, "list.csv", "First Name,Last Name,Email,Phone\n" + row + "\n")
    plan, outcome = import_files(workspace, [path])
    [item] = plan.items
    assert item.match.contact_id == stored_id and item.match.possible
    assert item.match.reason == reason  # what the preview shows: "same phone ..."
    assert item.decision == Decision.KEEP_BOTH
    assert outcome.merged == [] and len(outcome.created) == 1
    after = workspace.contacts.get(stored_id)
    assert (after.given_name, after.family_name) == (before.given_name, before.family_name)


def test_the_same_person_under_a_nickname_and_the_same_phone_is_merged(workspace, tmp_path):
    stored_id, _ = workspace.contacts.create(
        ContactRecord(given_name="Robert", family_name="Smit", phones=[PhoneEntry("06 12345678")])
    )
    path = _write(tmp_path, "list.csv", "First Name,Last Name,Phone\nBob,Smit,+31 6 1234 5678\n")
    plan, outcome = import_files(workspace, [path])
    [item] = plan.items
    assert not item.match.possible and item.decision == Decision.MERGE
    assert outcome.merged == [stored_id]


def test_the_right_one_of_two_people_sharing_a_phone_is_found(workspace, tmp_path):
    # Both Bakkers are stored with the family landline: Pieter's new e-mail goes to Pieter.
    workspace.contacts.create(
        ContactRecord(given_name="Anna", family_name="Bakker", phones=[PhoneEntry("071 512 3456")])
    )
    pieter, _ = workspace.contacts.create(
        ContactRecord(
            given_name="Pieter", family_name="Bakker", phones=[PhoneEntry("071 512 3456")]
        )
    )
    path = _write(
        tmp_path,
        "list.csv",
        "First Name,Last Name,Email,Phone\nPiet,Bakker,p@b.example,0715123456\n",
    )
    plan, outcome = import_files(workspace, [path])
    assert plan.items[0].match.contact_id == pieter and not plan.items[0].match.possible
    assert outcome.merged == [pieter]


def test_a_possible_duplicate_by_a_shared_number_can_still_be_merged(workspace, tmp_path):
    stored_id, _ = workspace.contacts.create(
        ContactRecord(given_name="X", phones=[PhoneEntry("020 555 0100")])
    )
    path = _write(tmp_path, "list.csv", "Name,Phone\nMark Jansen,020 555 0100\n")
    importer = importer_for(workspace)
    results, _, _ = importer.read_files([path])
    plan = importer.plan(results)
    plan.items[0].decision = Decision.MERGE
    assert importer.apply(plan).merged == [stored_id]


def test_reimporting_a_shared_landline_file_adds_no_copies_and_merges_no_one(workspace, tmp_path):
    path = _write(
        tmp_path,
        "family.csv",
        "First Name,Last Name,Phone\nAnna,Bakker,071 512 3456\nPieter,Bakker,071 512 3456\n",
    )
    import_files(workspace, [path])
    plan, outcome = import_files(workspace, [path])
    assert outcome.created == [] and outcome.merged == []
    assert [item.match.possible for item in plan.items] == [False, False]
    assert workspace.contacts.count() == 2


@pytest.mark.parametrize(
    "a, b, same",
    [
        (("Robert", "Smit"), ("Bob", "Smit"), True),
        (("Jan", "de Vries"), ("J.", "De Vries"), True),
        (("Jan Willem", "Kok"), ("Jan", "Kok"), True),
        (("Eva", "Kok"), ("", ""), True),  # one side has no name
        (("Eva", ""), ("Eva", "Kok"), True),
        (("Doe,", "John"), ("John", "Doe"), True),  # the same words in another order
        (("Anna", "Bakker"), ("Pieter", "Bakker"), False),
        (("Eva", "Kok"), ("Eva", "Visser"), False),
        (("Eva", "Kok"), ("Evert", "Kok"), False),
    ],
)
def test_compatible_names(a, b, same):
    assert compatible_names(*a, *b) is same
    assert compatible_names(*b, *a) is same
