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
    assert changes.moved == {a: prospect.id} and not changes.contacts  # only its place
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


def recount(ws, stage_ids) -> dict[int, int]:
    """Live contacts per stage, counted from scratch."""
    return {stage_id: len(ws.pipeline.column_ids(stage_id, limit=None)) for stage_id in stage_ids}


def test_kept_counts_follow_moves_creates_deletes_and_undo(workspace):
    stage_ids = [s.id for s in workspace.pipeline.stages()]
    ids = [add(workspace, f"P{i}") for i in range(6)]
    assert workspace.pipeline.column_counts() == recount(workspace, stage_ids)
    workspace.pipeline.move_contacts(ids[:2], to_stage_id=stage_ids[1])
    assert workspace.pipeline.column_counts() == recount(workspace, stage_ids)
    workspace.pipeline.move_contacts([ids[0]], to_stage_id=stage_ids[1], before_id=ids[1])
    assert workspace.pipeline.column_counts() == recount(workspace, stage_ids)
    workspace.contacts.delete([ids[3]])
    workspace.pipeline.move_contacts([ids[3]], to_stage_id=stage_ids[2])  # a tombstone
    assert workspace.pipeline.column_counts() == recount(workspace, stage_ids)
    add(workspace, "New", stage_ids[2])
    assert workspace.pipeline.column_counts() == recount(workspace, stage_ids)
    workspace.undo.undo()
    assert workspace.pipeline.column_counts() == recount(workspace, stage_ids)
    assert workspace.pipeline.column_counts()[stage_ids[0]] == 3


def revalue(stage_ids) -> dict[int, int]:
    """Expected value of the live contacts per stage, summed from scratch."""
    from prospectdesk.store.models import Contact

    totals = dict.fromkeys(stage_ids, 0)
    for contact in Contact.select().where(Contact.deleted_at.is_null()):
        totals[contact.stage_id] += contact.expected_value_cents or 0
    return totals


def test_kept_values_follow_moves_value_edits_deletes_and_undo(workspace):
    sales = workspace.sales.presentations
    stage_ids = [s.id for s in workspace.pipeline.stages()]
    ids = [add(workspace, f"P{i}") for i in range(5)]
    for cents, contact_id in zip((100, 250, None, 4000, 7), ids, strict=True):
        sales.set_expected_value(contact_id, cents)
    assert workspace.pipeline.stage_values() == revalue(stage_ids)
    workspace.pipeline.move_contacts(ids[:3], to_stage_id=stage_ids[1])
    assert workspace.pipeline.stage_values() == revalue(stage_ids)
    workspace.pipeline.move_contacts([ids[1]], to_stage_id=stage_ids[1], before_id=ids[0])
    assert workspace.pipeline.stage_values() == revalue(stage_ids)
    sales.set_expected_value(ids[0], 999)
    assert workspace.pipeline.stage_values() == revalue(stage_ids)
    workspace.contacts.delete([ids[3]])
    workspace.pipeline.move_contacts([ids[3]], to_stage_id=stage_ids[2])  # a tombstone
    assert workspace.pipeline.stage_values() == revalue(stage_ids)
    workspace.pipeline.move_contacts([ids[4]], to_stage_id=stage_ids[2])
    workspace.undo.undo()
    assert workspace.pipeline.stage_values() == revalue(stage_ids)
    assert sales.value_totals() == revalue(stage_ids)


def test_a_move_adjusts_the_kept_counts_and_values_without_aggregating_again(workspace):
    from prospectdesk.store.db import database

    stage_ids = [s.id for s in workspace.pipeline.stages()]
    ids = [add(workspace, f"P{i}") for i in range(3)]
    workspace.sales.presentations.set_expected_value(ids[0], 500)
    workspace.pipeline.column_counts()
    workspace.pipeline.stage_values()
    executed: list[str] = []
    original = database.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        executed.append(sql)
        return original(sql, params, *args, **kwargs)

    database.execute_sql = recording
    try:
        workspace.pipeline.move_contacts([ids[0]], to_stage_id=stage_ids[1])
        counts = workspace.pipeline.column_counts()
        values = workspace.pipeline.stage_values()
    finally:
        del database.execute_sql
    assert (counts[stage_ids[0]], counts[stage_ids[1]]) == (2, 1)
    assert (values[stage_ids[0]], values[stage_ids[1]]) == (0, 500)
    assert not [sql for sql in executed if "GROUP BY" in sql]


def test_search_sees_edits_made_between_two_identical_searches(workspace):
    lead = workspace.pipeline.stages()[0].id
    first = add(workspace, "Anouk")
    add(workspace, "Bram")
    assert workspace.pipeline.column_counts("anou")[lead] == 1
    second = add(workspace, "Anouska")
    assert workspace.pipeline.column_counts("anou")[lead] == 2
    assert workspace.pipeline.column_page(lead, search="anou")[0] == [first, second]
    workspace.contacts.delete([first])
    assert workspace.pipeline.column_counts("anou")[lead] == 1
    assert workspace.pipeline.column_page(lead, search="anou")[0] == [second]


@pytest.mark.parametrize("text", ["match", "rare"])
def test_search_pages_walk_the_column_in_board_order(workspace, text):
    """Search results page through a column in board order, however many match."""
    lead, prospect = [s.id for s in workspace.pipeline.stages()[:2]]
    ids = [add(workspace, f"match{i}") for i in range(40)]
    rare = add(workspace, "rare match", prospect)
    workspace.pipeline.move_contacts([ids[30]], to_stage_id=lead, before_id=ids[2])
    expected = [i for i in workspace.pipeline.column_ids(lead)] if text == "match" else []
    pages: list[int] = []
    cursor = None
    while True:
        page, cursor = workspace.pipeline.column_page(lead, after=cursor, limit=7, search=text)
        if not page:
            break
        pages += page
    assert pages == expected
    assert workspace.pipeline.column_page(prospect, search=text)[0] == [rare]
