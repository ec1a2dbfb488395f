"""Opening a contact: what the detail view shows once the event loop has settled, and the
older conversations of a long-standing contact following as the list is scrolled."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from prospectdesk.domain.records import Changes, ContactRecord
from prospectdesk.store.db import database
from prospectdesk.ui.activity_tabs import CONVERSATION_PAGE, INTERACTION_ROLE


def settle(qtbot) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
        qtbot.wait(1)


def person_with_conversations(app, clock, count: int, name: str = "Anna") -> int:
    contact_id, _ = app.controller.run(
        lambda: app.workspace.contacts.create(ContactRecord(given_name=name))
    )
    with database.atomic():
        for i in range(count):
            clock.advance(timedelta(hours=1))
            app.workspace.activity.log_interaction(
                contact_id, summary=f"talk {i}", concerns=[f"question {i}"]
            )
    app.controller.run(lambda: Changes(contacts={contact_id}))
    return contact_id


def shown_conversations(activity) -> list[int]:
    rows = (activity.interactions.item(r) for r in range(activity.interactions.count()))
    return [item.data(INTERACTION_ROLE) for item in rows if item.data(INTERACTION_ROLE)]


def test_a_long_history_shows_its_newest_conversations_then_the_rest_on_scrolling(
    start_app, qtbot, clock
):
    app = start_app()
    many = CONVERSATION_PAGE * 2 + 5
    anna = person_with_conversations(app, clock, many)
    detail = app.window.detail
    detail.tabs.setCurrentIndex(1)
    app.window.open_contact(anna)
    settle(qtbot)
    activity = detail.activity
    newest_first = [i.id for i in app.workspace.activity.interactions(anna)]
    shown = shown_conversations(activity)
    assert shown == newest_first[: len(shown)]
    assert CONVERSATION_PAGE <= len(shown) < many
    # Each conversation comes with its concern, ticked or not.
    assert activity.interactions.count() == 2 * len(shown)
    bar = activity.interactions.verticalScrollBar()
    for _ in range(10):
        bar.setValue(bar.maximum())
        settle(qtbot)
    assert shown_conversations(activity) == newest_first
    assert activity.interactions.count() == 2 * many


def test_opening_another_contact_starts_its_list_afresh(start_app, qtbot, clock):
    app = start_app()
    anna = person_with_conversations(app, clock, CONVERSATION_PAGE + 10, "Anna")
    boris = person_with_conversations(app, clock, 3, "Boris")
    detail = app.window.detail
    detail.tabs.setCurrentIndex(1)
    app.window.open_contact(anna)
    settle(qtbot)
    app.window.open_contact(boris)
    settle(qtbot)
    assert shown_conversations(detail.activity) == [
        i.id for i in app.workspace.activity.interactions(boris)
    ]
    bar = detail.activity.interactions.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(qtbot)
    assert detail.activity.interactions.count() == 6  # nothing of Anna's follows


def test_a_short_list_that_does_not_fill_the_view_is_complete(start_app, qtbot, clock):
    app = start_app()
    few = CONVERSATION_PAGE + 2
    anna = person_with_conversations(app, clock, few)
    detail = app.window.detail
    detail.tabs.setCurrentIndex(1)
    activity = detail.activity
    activity.interactions.setFixedHeight(6000)  # taller than the first page's rows
    app.window.open_contact(anna)
    settle(qtbot)
    assert len(shown_conversations(activity)) == few
    assert activity.interactions.verticalScrollBar().maximum() == 0
