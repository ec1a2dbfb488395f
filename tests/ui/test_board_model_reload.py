"""A column re-reads only the cards a change names; the rest stay cached. Scrolling reads
the cards ahead of the painted rows after the frame."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from prospectdesk.domain.records import ContactRecord
from prospectdesk.ui.board_model import (
    CARD_WINDOW,
    PAGE_SIZE,
    PREFETCH_AHEAD,
    CardRole,
    StageColumnModel,
)
from prospectdesk.ui.controller import AppController


def test_a_drop_rereads_the_moved_card_and_keeps_the_others(qapp, workspace, clock):
    controller = AppController(workspace)
    lead, prospect = [stage.id for stage in workspace.pipeline.stages()[:2]]
    stay, _ = workspace.contacts.create(ContactRecord(given_name="Stays"))
    moved, _ = workspace.contacts.create(ContactRecord(given_name="Moves"))
    other, _ = workspace.contacts.create(ContactRecord(given_name="Other"), stage_id=prospect)
    column = StageColumnModel(controller, prospect)
    source = StageColumnModel(controller, lead)
    controller.changes_applied.connect(column.apply_changes)
    controller.changes_applied.connect(source.apply_changes)
    column.reload()
    source.reload()
    kept = column.card(0)
    assert kept is not None and kept.id == other
    assert source.card(0).id == stay
    clock.advance(timedelta(days=3))

    column.move_here([moved], before_id=other)

    assert column.contact_ids() == [moved, other]
    assert column.card(0).days_in_stage == 0  # re-read: it just arrived
    assert column.card(1) is kept  # untouched card: not read again
    assert source.contact_ids() == [stay]
    due = clock.now() + timedelta(days=1)
    controller.run(lambda: workspace.activity.add_followup(other, due_at=due))
    assert column.card(1).next_followup_due == due


class CountingCards:
    """Wraps ``pipeline.cards`` to see which contacts each read asked for."""

    def __init__(self, pipeline) -> None:
        self.pipeline = pipeline
        self.original = pipeline.cards
        self.reads: list[list[int]] = []
        pipeline.cards = self

    def __call__(self, contact_ids):
        self.reads.append(list(contact_ids))
        return self.original(contact_ids)

    def restore(self) -> None:
        del self.pipeline.cards


def fill_column(workspace, count: int) -> list[int]:
    records = [ContactRecord(given_name=f"P{i:03d}") for i in range(count)]
    return workspace.contacts.create_many(records)


def paint_rows(model: StageColumnModel, rows: range) -> None:
    """What the view's paint asks of the model for the rows in view."""
    for row in rows:
        model.data(model.index(row, 0), CardRole)


def test_scrolling_reads_the_cards_ahead_after_the_frame(qapp, workspace):
    ids = fill_column(workspace, 150)
    model = StageColumnModel(AppController(workspace), workspace.pipeline.stages()[0].id)
    model.reload()
    counting = CountingCards(workspace.pipeline)
    try:
        paint_rows(model, range(0, 8))
        assert counting.reads == [ids[0:CARD_WINDOW]]  # the frame waits for about a screen
        QCoreApplication.processEvents()  # the zero timer: not a scroll, nothing ahead
        assert len(counting.reads) == 1
        paint_rows(model, range(2, 10))  # scrolled down by two cards
        assert len(counting.reads) == 1
        QCoreApplication.processEvents()
        assert counting.reads[1] == ids[CARD_WINDOW : 10 + PREFETCH_AHEAD]
        paint_rows(model, range(10, 10 + PREFETCH_AHEAD))  # the next frames: no reads
        assert len(counting.reads) == 2
    finally:
        counting.restore()


def test_scrolling_up_reads_the_cards_above(qapp, workspace):
    ids = fill_column(workspace, 150)
    model = StageColumnModel(AppController(workspace), workspace.pipeline.stages()[0].id)
    model.reload()
    counting = CountingCards(workspace.pipeline)
    try:
        paint_rows(model, range(100, 108))
        model.prefetch()
        paint_rows(model, range(98, 106))
        assert model.prefetch() == PREFETCH_AHEAD
        assert set(counting.reads[-1]) == set(ids[98 - PREFETCH_AHEAD : 98])
        model.reload()  # a reset (a drop, a search): the first paint reads nothing ahead
        paint_rows(model, range(98, 106))
        assert model.prefetch() == 0
    finally:
        counting.restore()


def test_scrolling_near_the_end_of_the_loaded_rows_fetches_the_next_page(qapp, workspace):
    ids = fill_column(workspace, PAGE_SIZE + 50)
    model = StageColumnModel(AppController(workspace), workspace.pipeline.stages()[0].id)
    model.reload()
    assert model.rowCount() == PAGE_SIZE
    paint_rows(model, range(PAGE_SIZE - 50, PAGE_SIZE - 42))
    model.prefetch()
    paint_rows(model, range(PAGE_SIZE - 48, PAGE_SIZE - 40))
    model.prefetch()
    assert model.contact_ids() == ids and not model.canFetchMore()


def test_a_drag_out_of_a_column_does_not_read_that_column_again(qapp, workspace):
    controller = AppController(workspace)
    lead, prospect = [stage.id for stage in workspace.pipeline.stages()[:2]]
    ids = fill_column(workspace, 5)
    source = StageColumnModel(controller, lead)
    target = StageColumnModel(controller, prospect)
    controller.changes_applied.connect(source.apply_changes)
    controller.changes_applied.connect(target.apply_changes)
    source.reload()
    target.reload()
    pages: list[int] = []
    original = workspace.pipeline.column_page

    def counting(stage_id, **kwargs):
        pages.append(stage_id)
        return original(stage_id, **kwargs)

    workspace.pipeline.column_page = counting
    try:
        target.move_here([ids[1], ids[3]], None)
        assert source.contact_ids() == [ids[0], ids[2], ids[4]]
        assert source.rowCount() == 3
        assert target.contact_ids() == [ids[1], ids[3]]
        assert pages == [prospect]  # only the column the cards arrived in
        controller.run(lambda: workspace.pipeline.set_stale_days(lead, 3))
        assert pages == [prospect, lead]  # any other change of the column reads it again
    finally:
        del workspace.pipeline.column_page
