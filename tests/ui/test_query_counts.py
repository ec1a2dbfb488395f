"""No N+1 reads: opening the board, Today and a contact's detail view runs as many SQL
statements with 200 contacts (or conversations) as with 10.

Each view is filled once before counting (what is read on first use and then cached does
not count), then filled again under ``count_queries``.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from prospectdesk.domain.records import Birthday, Changes, ContactRecord
from prospectdesk.store.db import database
from prospectdesk.ui.today_view import LEAD_LIMIT, SECTION_LIMIT, TodayView

FEW, MANY = 10, 200


def settle(qtbot) -> None:
    """Let the views paint (cards are read when painted) and their timers run."""
    for _ in range(3):
        QCoreApplication.processEvents()
        qtbot.wait(1)


def stage_id(app, role: str) -> int:
    stage = app.workspace.pipeline.stage_by_role(role)
    assert stage is not None
    return stage.id


def add_people(app, count: int, *, role: str, start: int, **fields) -> list[int]:
    records = [ContactRecord(given_name=f"P{start + i:04d}", **fields) for i in range(count)]
    with database.atomic():
        ids = app.workspace.contacts.create_many(records, stage_id=stage_id(app, role))
    app.controller.run(lambda: Changes(everything=True))
    return ids


def test_opening_the_board_reads_the_same_for_10_and_200_cards(start_app, qtbot, count_queries):
    app = start_app()
    # What the start leaves for after its health check (the day's backup, the currency,
    # default names following the language) runs once, not inside a counted refresh.
    qtbot.waitUntil(lambda: app.startup.is_finished, timeout=10_000)
    settle(qtbot)
    board = app.window.board
    app.window.central_tabs.setCurrentWidget(board)

    def open_board() -> int:
        board.reload_all()
        settle(qtbot)
        with count_queries() as statements:
            board.reload_all()
            settle(qtbot)
        return len(statements)

    for role in ("lead", "prospect"):
        add_people(app, FEW, role=role, start=0)
    few = open_board()
    for role in ("lead", "prospect"):
        add_people(app, MANY - FEW, role=role, start=FEW)
    many = open_board()

    assert board.columns[0].model.rowCount() == MANY
    assert board.columns[0].model.card(0) is not None
    assert many == few


def test_opening_today_reads_the_same_however_many_entries(start_app, qtbot, clock, count_queries):
    """Overdue follow-ups, birthdays, unqualified leads and quiet prospects. A section
    shows at most SECTION_LIMIT entries; once one is full its title's total is counted
    apart (one more statement), so the sizes compared are both below the limit (10 and
    150) and both above it (250 and 400)."""
    assert SECTION_LIMIT == LEAD_LIMIT == MANY
    app = start_app()
    # What the start leaves for after its health check (the day's backup, the currency,
    # default names following the language) runs once, not inside a counted refresh.
    qtbot.waitUntil(lambda: app.startup.is_finished, timeout=10_000)
    settle(qtbot)
    today = app.window.findChild(TodayView)
    assert today is not None
    app.window.central_tabs.setCurrentWidget(today)
    added = 0

    def open_today_with(total: int) -> int:
        nonlocal added
        count, added = total - added, total
        now = clock.now()
        shown_on = (now + timedelta(days=40)).date()  # the day Today is opened
        birthday = Birthday(month=shown_on.month, day=shown_on.day)
        leads = add_people(app, count, role="lead", start=added, birthday=birthday)
        add_people(app, count, role="prospect", start=10_000 + added)  # quiet by then
        with database.atomic():
            for contact_id in leads:
                app.workspace.activity.add_followup(
                    contact_id, due_at=now - timedelta(days=1), what="call back"
                )
        clock.advance(timedelta(days=40))
        app.controller.run(lambda: Changes(everything=True))
        today.refresh()
        settle(qtbot)
        with count_queries() as statements:
            # Refresh and paint at once (grab() paints without running the event loop), so
            # no timer of anything else lands inside the count.
            today.refresh()
            today.grab()
        settle(qtbot)
        for section in ("followups", "leads", "quiet"):
            assert len(today.entries(section)) == min(total, SECTION_LIMIT), section
        assert len(today.entries("birthdays")) == count
        return len(statements)

    below = [open_today_with(FEW), open_today_with(150)]
    above = [open_today_with(250), open_today_with(400)]

    assert below[1] == below[0]
    assert above[1] == above[0]


def test_opening_a_contact_reads_the_same_for_10_and_200_conversations(
    start_app, qtbot, clock, count_queries
):
    """Conversations (each with a concern), follow-ups and stage moves of one person."""
    app = start_app()
    # What the start leaves for after its health check (the day's backup, the currency,
    # default names following the language) runs once, not inside a counted refresh.
    qtbot.waitUntil(lambda: app.startup.is_finished, timeout=10_000)
    settle(qtbot)
    detail = app.window.detail
    (contact_id,) = add_people(app, 1, role="lead", start=0)
    stages = [stage_id(app, "lead"), stage_id(app, "prospect")]
    activity, pipeline = app.workspace.activity, app.workspace.pipeline

    def add_history(count: int) -> None:
        with database.atomic():
            for i in range(count):
                clock.advance(timedelta(hours=1))
                activity.log_interaction(contact_id, summary=f"talk {i}", concerns=[f"q {i}"])
                activity.add_followup(contact_id, due_at=clock.now() + timedelta(days=i))
                pipeline.move_contacts([contact_id], to_stage_id=stages[i % 2 == 0])
        app.controller.run(lambda: Changes(everything=True))

    def open_contact() -> int:
        detail.show_nothing()
        assert detail.show_contact(contact_id)
        settle(qtbot)
        detail.show_nothing()
        with count_queries() as statements:
            assert detail.show_contact(contact_id)
            settle(qtbot)
        return len(statements)

    add_history(FEW)
    few = open_contact()
    add_history(MANY - FEW)
    many = open_contact()

    assert len(activity.interactions(contact_id)) == MANY
    assert len(pipeline.stage_history(contact_id)) > MANY
    assert many == few
