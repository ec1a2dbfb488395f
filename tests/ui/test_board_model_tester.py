"""Qt's model tester watches the real board columns while they page, search, move, edit and
delete: every signal a column sends must leave it consistent (row counts, indexes, data).

The C++ QAbstractItemModelTester reports a broken rule as a Qt warning, and a Qt warning
fails the test (``qt_log_level_fail`` in pyproject.toml).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QAbstractItemModelTester

from prospectdesk.domain.records import Changes, ContactRecord
from prospectdesk.ui.board_model import PAGE_SIZE, ContactIdRole


def watch(model) -> QAbstractItemModelTester:
    """The model tester on one more model (the fixture holds one), alive with the model."""
    return QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning, model
    )


def settle(qtbot) -> None:
    """Let the views paint and the prefetch timers run (they read cards and pages)."""
    for _ in range(3):
        QCoreApplication.processEvents()
        qtbot.wait(1)


def test_the_board_columns_pass_the_model_tester_while_they_page_and_move(
    start_app, qtbot, qtmodeltester
):
    app = start_app()
    app.window.central_tabs.setCurrentWidget(app.window.board)
    stages = app.workspace.pipeline.stages()
    lead_stage, prospect_stage = stages[0].id, stages[1].id
    leads = [ContactRecord(given_name=f"Lead {i:04d}") for i in range(2 * PAGE_SIZE + 50)]
    app.workspace.contacts.create_many(leads, stage_id=lead_stage)
    prospects = [ContactRecord(given_name=f"Prospect {i}") for i in range(5)]
    app.workspace.contacts.create_many(prospects, stage_id=prospect_stage)
    app.controller.run(lambda: Changes(everything=True))  # create_many returns only ids
    board = app.window.board
    lead, prospect = board.columns[0], board.columns[1]
    qtmodeltester.check(lead.model)
    testers = [watch(column.model) for column in board.columns[1:]]

    # Paging: the column reads a page, then the next ones as the view scrolls to the end
    # (the tester itself also asks for more: it checks fetchMore too).
    board.reload_all()
    while lead.model.canFetchMore():
        lead.view.scrollToBottom()
        settle(qtbot)
    assert lead.model.rowCount() == 2 * PAGE_SIZE + 50

    # A search resets the columns; clearing it reads the column again.
    board.set_search("Lead 000")
    assert lead.model.rowCount() == 10
    board.set_search("")
    assert lead.model.rowCount() >= PAGE_SIZE

    # Moves: to another column (dropping rows from this one), within a column, back.
    ids = lead.model.contact_ids()
    first_prospect = prospect.model.contact_ids()[0]
    prospect.model.move_here(ids[:3], before_id=first_prospect)
    assert prospect.model.contact_ids()[:4] == [*ids[:3], first_prospect]
    assert lead.model.contact_ids()[:2] == ids[3:5]
    assert board.select_contact(ids[4])
    board.move_selected_within(-1)
    assert lead.model.contact_ids()[:2] == [ids[4], ids[3]]
    lead.model.move_here(ids[:3], before_id=None)
    assert ids[0] not in prospect.model.contact_ids()
    while lead.model.canFetchMore():
        lead.model.fetchMore()
    assert lead.model.contact_ids()[-3:] == ids[:3]
    settle(qtbot)

    # An edit re-reads one card (dataChanged); a delete and its restore change the rows.
    shown = lead.model.index(0, 0)
    assert shown.data() is not None
    contact_id = shown.data(ContactIdRole)
    app.controller.run(
        lambda: app.workspace.contacts.update(contact_id, ContactRecord(given_name="Renamed"))
    )
    assert lead.model.index(0, 0).data() == "Renamed"
    app.controller.run(lambda: app.workspace.contacts.delete([contact_id]))
    assert contact_id not in lead.model.contact_ids()
    app.controller.run(lambda: app.workspace.contacts.restore([contact_id]))
    assert contact_id in lead.model.contact_ids()
    settle(qtbot)
    assert len(testers) == len(board.columns) - 1
