"""The sample workspace's people: every stage has someone, some follow-ups are overdue,
and a workspace that already has contacts is left as it is."""

from __future__ import annotations

from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.sample import PEOPLE, fill_sample


def test_the_sample_fills_every_stage(workspace) -> None:
    changes = fill_sample(workspace, "nl")
    assert workspace.contacts.count() == len(PEOPLE["nl"]) == len(changes.created)
    roles = {stage.role for stage in workspace.pipeline.stages()}
    assert roles <= {person[3] for person in PEOPLE["nl"]}
    due = [person for person in PEOPLE["nl"] if person[5] is not None and person[5] < 0]
    assert due  # Today has an overdue follow-up to show


def test_a_language_without_its_own_names_gets_the_english_ones(workspace) -> None:
    fill_sample(workspace, "de")
    assert workspace.contacts.count() == len(PEOPLE["en"])


def test_contacts_already_there_are_left_alone(workspace) -> None:
    workspace.contacts.create(ContactRecord(given_name="Anna"))
    changes = fill_sample(workspace, "en")
    assert workspace.contacts.count() == 1
    assert not changes.created and not changes.everything
