from __future__ import annotations

from datetime import timedelta

import pytest

from prospectdesk.domain.pipeline import StageNotEmptyError
from prospectdesk.domain.records import ContactRecord


def add(ws, name: str, stage_id=None) -> int:
    contact_id, _ = ws.contacts.create(ContactRecord(given_name=name), stage_id=stage_id)
    return contact_id


def names(ws, stage_id) -> list[str]:
    ids, _ = ws.pipeline.column_page(stage_id, limit=None)
    return [ws.contacts.get(i).given_name for i in ids]


def test_new_contacts_go_to_the_end_of_the_first_stage(workspace):
    lead = workspace.pipeline.stages()[0]
    for name in "ABC":
        add(workspace, name)
    assert names(workspace, lead.id) == ["A", "B", "C"]


def test_move_between_stages_records_history_and_resets_days(workspace, clock):
    lead, prospect = workspace.pipeline.stages()[:2]
    a = add(workspace, "A")
    clock.advance(timedelta(days=5))
    assert workspace.pipeline.cards([a])[a].days_in_stage == 5
    changes = workspace.pipeline.move_contacts([a], to_stage_id=prospect.id)
    assert changes.stages == {lead.id, prospect.id}
    assert workspace.pipeline.cards([a])[a].days_in_stage == 0
    history = workspace.pipeline.stage_history(a)
    assert [(h.from_stage, h.to_stage) for h in history] == [(None, "Lead"), ("Lead", "Prospect")]


def test_reorder_within_a_column_without_renumbering(workspace):
    lead = workspace.pipeline.stages()[0]
    a, b, c = (add(workspace, n) for n in "ABC")
    workspace.pipeline.move_contacts([c], to_stage_id=lead.id, before_id=a)
    assert names(workspace, lead.id) == ["C", "A", "B"]
    workspace.pipeline.move_contacts([a], to_stage_id=lead.id, before_id=b)
    assert names(workspace, lead.id) == ["C", "A", "B"]
    assert workspace.pipeline.stage_history(c)[-1].from_stage is None  # no stage change


def test_many_inserts_at_one_spot_renumber_gracefully(workspace):
    lead = workspace.pipeline.stages()[0]
    first = add(workspace, "first")
    last = add(workspace, "last")
    for i in range(80):  # halves the gap each time: forces a renumber
        x = add(workspace, f"x{i}")
        workspace.pipeline.move_contacts([x], to_stage_id=lead.id, before_id=last)
    order = names(workspace, lead.id)
    assert order[0] == "first" and order[-1] == "last" and order[-2] == "x79"
    assert first


def test_paging_walks_the_whole_column(workspace):
    lead = workspace.pipeline.stages()[0]
    ids = [add(workspace, f"P{i:03d}") for i in range(25)]
    seen, cursor = [], None
    while True:
        page, cursor = workspace.pipeline.column_page(lead.id, after=cursor, limit=10)
        if not page:
            break
        seen += page
    assert seen == ids


def test_undo_a_move(workspace):
    lead, prospect = workspace.pipeline.stages()[:2]
    a, b = add(workspace, "A"), add(workspace, "B")
    workspace.pipeline.move_contacts([b], to_stage_id=prospect.id)
    workspace.undo.undo()
    assert names(workspace, lead.id) == ["A", "B"]
    assert a


def test_stages_are_rows(workspace):
    stage_id, _ = workspace.pipeline.add_stage("Webinar")
    workspace.pipeline.rename_stage(stage_id, "Webinar gevolgd")
    person = add(workspace, "A", stage_id)
    with pytest.raises(StageNotEmptyError):
        workspace.pipeline.remove_stage(stage_id)
    lead = workspace.pipeline.stages()[0]
    workspace.pipeline.remove_stage(stage_id, move_people_to=lead.id)
    assert "Webinar gevolgd" not in [s.name for s in workspace.pipeline.stages()]
    assert workspace.pipeline.stage_of(person) == lead.id


def test_search_covers_every_field(workspace):
    from prospectdesk.domain.records import EmailEntry, PhoneEntry

    workspace.contacts.create(
        ContactRecord(
            given_name="Émile",
            organization="Bakkerij de Vries",
            emails=[EmailEntry("emile@bakker.nl")],
            phones=[PhoneEntry("+31 20 123 4567")],
            notes="wil volgende maand terugbellen",
            tags=["markt"],
        )
    )
    for query in (
        "emile",
        "Émi",
        "bakkerij",
        "bakker.nl",
        "31201234567",
        "4567",
        "terugbellen",
        "markt",
    ):
        assert sum(workspace.pipeline.column_counts(query).values()) == 1, query
    assert sum(workspace.pipeline.column_counts("nothing-like-it").values()) == 0


def test_cards_show_the_next_open_followup_tags_and_value(workspace, clock):
    record = ContactRecord(
        given_name="Արամ", organization="Ararat", tags=["warm", "vip"], expected_value_cents=9900
    )
    a, _ = workspace.contacts.create(record)
    b = add(workspace, "B")
    now = clock.now()
    done_id, _ = workspace.activity.add_followup(a, due_at=now - timedelta(days=3))
    workspace.activity.complete_followup(done_id)
    workspace.activity.add_followup(a, due_at=now + timedelta(days=9))
    workspace.activity.add_followup(a, due_at=now - timedelta(hours=2))

    cards = workspace.pipeline.cards([a, b])

    card = cards[a]
    assert card.display_name == "Արամ"
    assert card.organization == "Ararat"
    assert card.tags == ("vip", "warm")
    assert card.expected_value_cents == 9900
    assert card.next_followup_due == now - timedelta(hours=2)
    assert card.next_followup_due.utcoffset() == now.utcoffset()
    assert card.followup_overdue
    assert cards[b].next_followup_due is None
    assert not cards[b].followup_overdue
    assert cards[b].tags == ()


def test_cards_read_more_than_one_chunk(workspace):
    ids = [add(workspace, f"P{i}") for i in range(520)]
    cards = workspace.pipeline.cards(ids)
    assert set(cards) == set(ids)
    assert cards[ids[-1]].display_name == "P519"
