"""Search on a big board: a dense match walks the board index, a sparse one lists its hits;
both must show the same cards in the same order. Headers count dense matches up to a cap
while typing and exactly afterwards, in steps."""

from __future__ import annotations

import pytest

from prospectdesk.domain.pipeline import PageCursor
from prospectdesk.domain.records import ColumnCount, ContactRecord, EmailEntry
from prospectdesk.domain.search import narrows, prefer_listing

PEOPLE = [
    ("Zoë", "van IJsselmuiden", "zoe@bloemen.nl"),
    ("Zoe", "'t Hart", "zoe.hart@bakkerij.nl"),
    ("Anouk", "de Vries", "anouk@bakkerij.nl"),
    ("Anoûk", "Müller", "a.muller@example.am"),
    ("Հովհաննես", "Հովհաննիսյան", "hovo@example.am"),
    ("Արամ", "Հովհաննիսյան", "aram@example.am"),
    ("Նարեկ", "Պետրոսյան", "narek@example.am"),
    ("Ēric", "Dupré", "eric@bakkerij.nl"),
    ("Bram", "Jansen", "bram@bloemen.nl"),
    ("Sanne", "Bakker", "sanne@bakkerij.nl"),
]


def fill_board(ws) -> list[int]:
    """Thirty people in three copies of PEOPLE, spread over three stages, with a card
    moved between two others and one deleted: the order is not the order of the ids."""
    stages = [s.id for s in ws.pipeline.stages()[:3]]
    ids = []
    for round_ in range(3):
        for index, (given, family, email) in enumerate(PEOPLE):
            contact_id, _ = ws.contacts.create(
                ContactRecord(given_name=given, family_name=family, emails=[EmailEntry(email)]),
                stage_id=stages[(index + round_) % 3],
            )
            ids.append(contact_id)
    ws.pipeline.move_contacts([ids[-1]], to_stage_id=stages[0], before_id=ids[0])
    ws.pipeline.move_contacts([ids[5]], to_stage_id=stages[1], before_id=ids[1])
    ws.contacts.delete([ids[12]])
    return ids


def every_page(ws, stage_id: int, text: str, limit: int) -> list[int]:
    seen: list[int] = []
    cursor = None
    while True:
        page, cursor = ws.pipeline.column_page(stage_id, after=cursor, limit=limit, search=text)
        if not page:
            return seen
        seen += page


def board_as(ws, text: str, *, listed: bool) -> dict[int, list[int]]:
    state = ws.pipeline.search_state(text, listed=listed)
    assert state.listed is listed
    return {s.id: every_page(ws, s.id, text, limit=2) for s in ws.pipeline.stages()}


@pytest.mark.parametrize(
    "text",
    [
        "zoe",  # Zoë and Zoe: diacritics removed
        "Zoë",
        "ijssel",
        "hart",
        "anou",  # Anouk and Anoûk
        "Հով",  # Armenian prefix: Հովհաննես and Հովհաննիսյան
        "Հովհաննիսյան",
        "Պետրոսյան",
        "dupre",
        "bakkerij.nl",
        "zoe bakkerij",
        "a",  # nearly everyone
        "nobody-at-all",
    ],
)
@pytest.mark.parametrize("first_fill", [65_536, 1])
def test_walking_the_board_and_listing_the_hits_show_the_same_cards(
    workspace, monkeypatch, text, first_fill
):
    # first_fill 1: a walk starts with the matching ids up to 3 of 31 and meets larger
    # ones, so the match is extended while walking.
    monkeypatch.setattr("prospectdesk.domain.search.FIRST_FILL_IDS", first_fill)
    fill_board(workspace)
    listed = board_as(workspace, text, listed=True)
    walked = board_as(workspace, text, listed=False)
    assert walked == listed
    # And both are the column in board order, keeping the people that match.
    counts = workspace.pipeline.column_counts(text)
    assert {stage: len(ids) for stage, ids in walked.items()} == counts


@pytest.mark.parametrize("first_fill", [65_536, 1])
def test_typing_on_starts_from_the_last_texts_hits_and_shows_what_a_fresh_search_shows(
    workspace, monkeypatch, first_fill
):
    monkeypatch.setattr("prospectdesk.domain.search.FIRST_FILL_IDS", first_fill)
    monkeypatch.setattr("prospectdesk.domain.pipeline.COUNT_CAP", 2)  # walks stop early
    fill_board(workspace)
    pipeline = workspace.pipeline
    stages = [s.id for s in pipeline.stages()]

    def first_screen(text: str) -> tuple[dict, dict]:
        counts = pipeline.search_counts(text, cap=2)
        pages = {s: pipeline.column_page(s, limit=2, search=text)[0] for s in stages}
        return counts, pages

    for typed in (
        ["a", "an", "ano", "anou", "anouk"],
        ["b", "ba", "bak", "bakkerij"],
        ["zoe", "zoe b", "zoe bak", "zoe bakkerij"],
        ["Հ", "Հո", "Հով", "Հովհաննիսյան"],
        ["s", "sa", "san", "sanne"],
    ):
        narrowed = []
        for index, text in enumerate(typed):
            state = pipeline.search_state(text, listed=False)
            assert (state.narrowed_from is not None) == (index > 0), text
            narrowed.append(first_screen(text))
        fresh = []
        for text in typed:
            pipeline.search_state("nobody-at-all", listed=False)
            assert pipeline.search_state(text, listed=False).narrowed_from is None
            fresh.append(first_screen(text))
        assert narrowed == fresh, typed


def test_only_a_longer_text_narrows_the_last_one():
    assert narrows('"an"*', '"ann"*')
    assert narrows('"an"*', '"an"* AND "de"*')
    assert narrows('"an"* AND "d"*', '"anna"* AND "de"*')
    assert not narrows('"ann"*', '"an"*')  # a deleted letter matches more
    assert not narrows('"an"* AND "de"*', '"an"*')
    assert not narrows('"de"* AND "an"*', '"an"* AND "de"*')  # the same, by another way
    assert not narrows('"an"*', '"ba"*')


def test_the_expected_people_match_across_scripts_and_diacritics(workspace):
    fill_board(workspace)
    # Anouk de Vries's second copy is deleted.
    for text, expected in (("zoe", 6), ("anou", 5), ("Հովհաննիսյան", 6), ("hovo", 3)):
        for listed in (True, False):
            workspace.pipeline.search_state(text, listed=listed)
            assert sum(workspace.pipeline.column_counts(text).values()) == expected, text


def test_dense_matches_are_walked_and_sparse_ones_listed():
    sizes = {1: 80_000, 2: 7_000, 3: 3_000, 4: 10_000}
    assert not prefer_listing(30_000, sizes)  # "a": a third of the board
    assert prefer_listing(900, sizes)  # a surname
    assert prefer_listing(0, sizes)


def test_capped_counts_read_as_capped_and_never_wrong(workspace):
    lead, prospect, _ = [s.id for s in workspace.pipeline.stages()[:3]]
    for index in range(6):
        workspace.contacts.create(ContactRecord(given_name=f"Anna{index}"), stage_id=lead)
    for index in range(2):
        workspace.contacts.create(ContactRecord(given_name=f"Anna{index}"), stage_id=prospect)
    workspace.pipeline.search_state("anna", listed=False)

    counts = workspace.pipeline.search_counts("anna", cap=3)

    assert counts[lead] == ColumnCount(3, at_least=True)  # six: shown as "3+"
    assert counts[prospect] == ColumnCount(2)
    assert workspace.pipeline.column_counts("anna")[lead] == 6
    # Once counted exactly, the exact figures are what the headers get.
    assert workspace.pipeline.search_counts("anna", cap=3)[lead] == ColumnCount(6)


def test_sparse_matches_are_counted_exactly_at_once(workspace):
    lead = workspace.pipeline.stages()[0].id
    for index in range(5):
        workspace.contacts.create(ContactRecord(given_name=f"Anna{index}"), stage_id=lead)
    workspace.pipeline.search_state("anna", listed=True)
    assert workspace.pipeline.search_counts("anna", cap=2)[lead] == ColumnCount(5)


def test_a_dense_match_holds_only_the_ids_its_walks_needed(workspace, monkeypatch):
    monkeypatch.setattr("prospectdesk.domain.search.FIRST_FILL_IDS", 1)
    lead = workspace.pipeline.stages()[0].id
    for index in range(80):
        workspace.contacts.create(ContactRecord(given_name=f"Bo{index}"), stage_id=lead)
    state = workspace.pipeline.search_state("bo", listed=False)
    assert not state.complete

    before_all = PageCursor(float("-inf"), 0)  # a page from the start, walked as pages are
    page, _ = workspace.pipeline.column_page(lead, after=before_all, limit=5, search="bo")

    assert page == workspace.pipeline.column_ids(lead)[:5]
    assert not state.complete  # five cards did not need every id
    assert workspace.pipeline.column_counts("bo")[lead] == 80
    assert state.complete


@pytest.mark.parametrize("text", ["bakkerij", "ba"])
def test_the_exact_counter_counts_in_steps_and_starts_over_after_a_write(
    workspace, monkeypatch, text
):
    monkeypatch.setattr("prospectdesk.domain.search.FIRST_FILL_IDS", 1)
    ids = fill_board(workspace)
    stages = [s.id for s in workspace.pipeline.stages()]
    workspace.pipeline.search_state(text, listed=False)
    counter = workspace.pipeline.search_counter(text, rows_per_step=2)
    assert counter.step() is None  # two board rows are not the whole board
    workspace.contacts.create(
        ContactRecord(given_name="Nieuw", emails=[EmailEntry("nieuw@bakkerij.nl")]),
        stage_id=stages[2],
    )
    workspace.pipeline.move_contacts([ids[2]], to_stage_id=stages[4])
    steps = 0
    result = None
    while result is None:
        result = counter.step()
        steps += 1
        assert steps < 100
    assert steps > 3
    assert result == workspace.pipeline.column_counts(text)
    assert result[stages[4]] == 1
    if text == "bakkerij":
        assert sum(result.values()) == 12  # four people in three copies, one deleted, one new


def test_search_works_while_writes_are_refused(workspace):
    """A search only writes temp tables: it works during the start-up health check and
    after a failed one, when every write to the data is held or refused."""
    from prospectdesk.store.db import database

    fill_board(workspace)
    gate = database.write_gate
    gate.release(gate.hold(), error=RuntimeError("the health check found damage"))
    try:
        for listed in (True, False):
            workspace.pipeline.search_state("zoe", listed=listed)
            assert sum(workspace.pipeline.column_counts("zoe").values()) == 6
        with pytest.raises(RuntimeError):
            workspace.contacts.create(ContactRecord(given_name="Nieuw"))
    finally:
        gate.release()
