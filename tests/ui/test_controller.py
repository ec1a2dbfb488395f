"""The one operation runner: every change goes through ``AppController.run``, which
broadcasts its Changes with who started it and turns a refusal into one message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMessageBox

from prospectdesk.domain.records import Changes, ContactRecord
from prospectdesk.domain.workspace import ReadOnlyWorkspaceError, open_workspace
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.tasks import SynchronousExecutor


class _Recorder:
    def __init__(self, controller: AppController) -> None:
        self.changes: list[tuple[object, object]] = []
        self.failures: list[tuple[str, object]] = []
        controller.changes_applied.connect(lambda c, who: self.changes.append((c, who)))
        controller.operation_failed.connect(lambda m, who: self.failures.append((m, who)))


@pytest.fixture
def controller(qapp, workspace) -> AppController:
    return AppController(workspace, SynchronousExecutor())


@pytest.fixture
def window(qtbot, controller, tmp_path) -> MainWindow:
    main = MainWindow(controller, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    return main


def test_the_initiator_reaches_every_listener(controller, workspace):
    heard = _Recorder(controller)
    initiator = QObject()
    contact_id, _ = controller.run(
        lambda: workspace.contacts.create(ContactRecord(given_name="Ani")), initiator=initiator
    )
    [(changes, who)] = heard.changes
    assert changes.created == [contact_id] and who is initiator


def test_a_domain_error_shows_one_message_and_changes_nothing(qtbot, window, controller, workspace):
    heard = _Recorder(controller)
    lead = workspace.pipeline.stages()[0]
    workspace.contacts.create(ContactRecord(given_name="Ani"), stage_id=lead.id)
    stages_before = workspace.pipeline.stages()

    result = controller.run(lambda: workspace.pipeline.remove_stage(lead.id), initiator=window)

    assert result is None
    assert heard.changes == []  # nothing was broadcast: nothing changed
    assert workspace.pipeline.stages() == stages_before
    assert heard.failures == [("Move its people elsewhere first.", window)]
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "operation-failed"]
    assert len(boxes) == 1 and boxes[0].isVisible()
    assert boxes[0].text() == "Move its people elsewhere first."
    boxes[0].accept()


def test_a_refused_contact_names_the_rule(controller, workspace):
    heard = _Recorder(controller)
    count = workspace.contacts.count()
    assert controller.run(lambda: workspace.contacts.create(ContactRecord(notes="?"))) is None
    assert workspace.contacts.count() == count
    assert heard.failures == [
        ("Give a name, an organization, an e-mail address or a phone number.", None)
    ]


def test_a_bug_is_not_swallowed(controller):
    def broken():
        raise KeyError("bug")

    with pytest.raises(KeyError):
        controller.run(broken)


def test_background_work_broadcasts_on_return_and_reports_refusals(controller, workspace):
    heard = _Recorder(controller)
    done: list[object] = []
    controller.run(
        lambda: workspace.contacts.create(ContactRecord(given_name="Ani")),
        background=True,
        initiator="import",
        on_done=done.append,
    )
    assert len(done) == 1 and heard.changes[0][1] == "import"
    controller.run(lambda: workspace.contacts.create(ContactRecord()), background=True)
    assert len(heard.failures) == 1 and len(heard.changes) == 1


def test_adding_a_stage_after_another_is_one_change(
    qtbot, window, controller, workspace, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    heard = _Recorder(controller)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Beurs", True)))
    window.board.add_stage_after(window.board.columns[0])
    assert [s.name for s in workspace.pipeline.stages()][1] == "Beurs"
    assert len(heard.changes) == 1 and heard.changes[0][1] is window.board

    # One transaction: when placing it fails, the stage is not left at the end either.
    def full_disk(order):
        raise OSError("disk full")

    monkeypatch.setattr(workspace.pipeline, "reorder_stages", full_disk)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Webinar", True)))
    with pytest.raises(OSError):
        window.board.add_stage_after(window.board.columns[0])
    assert "Webinar" not in [s.name for s in workspace.pipeline.stages()]


def test_a_read_only_workspace_refuses_every_change_in_one_place(qapp, data_dir, clock):
    """Opened with the store's read-only open: nothing any view asks for starts."""
    ws = open_workspace(data_dir, clock=clock)
    ws.contacts.create(ContactRecord(given_name="Ani"))
    ws.close()
    read_only = open_workspace(data_dir, clock=clock, read_only=True)
    try:
        controller = AppController(read_only, SynchronousExecutor())
        heard = _Recorder(controller)
        started: list[str] = []

        def change() -> object:
            started.append("yes")
            return read_only.contacts.create(ContactRecord(given_name="Gor"))

        assert controller.run(change, initiator="board") is None
        assert heard.failures == [
            (
                "Your contacts are open read-only: changes are not possible. File ▸ Export works.",
                "board",
            )
        ]
        errors: list[BaseException] = []
        controller.run(change, background=True, on_error=errors.append)
        assert isinstance(errors[0], ReadOnlyWorkspaceError) and len(heard.failures) == 1
        assert controller.undo() == Changes()
        assert started == [] and heard.changes == [] and read_only.contacts.count() == 1
    finally:
        read_only.close()
