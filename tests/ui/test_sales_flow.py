"""The issue's "done means", tried as a new user would through the main window: three
leads, one qualified fully, one with a "no", presentations with each outcome, Today and
the funnel following along, and a restart that keeps it all."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QInputDialog

from prospectdesk.domain.qualification import Answer
from prospectdesk.domain.records import ContactRecord
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.criteria_dialog import CriteriaDialog, CriterionIdRole
from prospectdesk.ui.sales_wiring import SalesUi
from prospectdesk.ui.today_view import ContactIdRole


def click(qtbot, button) -> None:
    if isinstance(button, QAbstractButton) and button.isCheckable():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def role_of(workspace, contact_id: int) -> str:
    stage_id = workspace.pipeline.stage_of(contact_id)
    return next(s.role for s in workspace.pipeline.stages() if s.id == stage_id)


def leads_in_today(app) -> list[int]:
    return [item.data(0, ContactIdRole) for item in app.sales_ui.today.entries("leads")]


def present(qtbot, app, contact_id: int, outcome_index: int, fill) -> None:
    dialog = app.sales_ui.record_presentation(contact_id)
    dialog.offered.setText("Starterspakket")
    dialog.call_to_action.setText("Vandaag beginnen")
    click(qtbot, dialog.outcome_group.button(outcome_index))
    fill(dialog)
    assert dialog.save_button.isEnabled(), dialog.missing.text()
    click(qtbot, dialog.save_button)


def test_new_user_sales_process_and_restart(qtbot, data_dir, clock):
    app = ProspectDeskApp(data_dir, clock=clock)
    qtbot.addWidget(app.window)
    app.show()
    ws = app.workspace
    ui = app.sales_ui
    anna, bram, cem = (
        ws.contacts.create(ContactRecord(given_name=n, source="Referral"))[0]
        for n in ("Anna", "Bram", "Cem")
    )
    ui.today.refresh()
    assert leads_in_today(app) == [anna, bram, cem]

    dialog = ui.qualify(anna)
    for criterion in dialog.criteria:
        dialog.set_answer(criterion.id, Answer.YES)
    click(qtbot, dialog.save_button)
    assert "Prospect" in dialog.move_button.text()
    click(qtbot, dialog.move_button)

    dialog = ui.qualify(bram)
    dialog.set_answer(dialog.criteria[1].id, Answer.NO, "geen budget")
    click(qtbot, dialog.save_button)
    assert "Not now" in dialog.move_button.text()
    click(qtbot, dialog.move_button)
    assert leads_in_today(app) == [cem]
    assert (role_of(ws, anna), role_of(ws, bram)) == ("prospect", "not_now")

    # Cem qualifies too; then three presentations, one per outcome.
    dialog = ui.qualify(cem)
    for criterion in dialog.criteria:
        dialog.set_answer(criterion.id, Answer.YES)
    click(qtbot, dialog.save_button)
    click(qtbot, dialog.move_button)
    dina = ws.contacts.create(
        ContactRecord(given_name="Dina"), stage_id=ws.pipeline.stage_by_role("prospect").id
    )[0]
    clock.advance(timedelta(days=3))
    present(qtbot, app, anna, 0, lambda d: d.sale_amount.setValue(250))
    present(qtbot, app, cem, 1, lambda d: d.follow_up_at.setDateTime(d.follow_up_at.dateTime()))

    def no_but_stays(d) -> None:
        click(qtbot, d.stays_yes)
        d.no_reason.setCurrentIndex(0)  # the first reason offered (price)

    present(qtbot, app, dina, 2, no_but_stays)
    assert [role_of(ws, x) for x in (anna, cem, dina)] == ["customer", "follow_up", "not_now"]
    funnel = ui.funnel
    funnel.period.setCurrentIndex(funnel.period.findData("all"))
    funnel.refresh()
    customer = ws.pipeline.stage_by_role("customer").id
    assert funnel.chart.report.stage(customer).people == 1

    # A week on, Cem's follow-up is due and shows on Today.
    clock.advance(timedelta(days=7))
    ui.today.refresh()
    followups = [i.data(0, ContactIdRole) for i in ui.today.entries("followups")]
    assert followups == [cem]
    app.close()

    app = ProspectDeskApp(data_dir, clock=clock)
    qtbot.addWidget(app.window)
    app.show()  # opens on Calls; Today is one tab away
    app.show_today()
    ws = app.workspace
    assert [role_of(ws, x) for x in (anna, bram, cem, dina)] == [
        "customer",
        "not_now",
        "follow_up",
        "not_now",
    ]
    assert ws.sales.presentations.purchases(anna).total_cents == 25000
    assert ws.sales.presentations.consent(dina).agreed
    assert ws.sales.qualification.history(bram)[0].answers[1].note == "geen budget"
    assert [i.data(0, ContactIdRole) for i in app.sales_ui.today.entries("followups")] == [cem]
    app.window.open_contact(anna)
    assert "250" in app.sales_ui.panel.purchases_title.text()
    app.close()


def test_criteria_dialog_renames_adds_removes_and_reorders(qtbot, workspace):
    controller = AppController(workspace)
    dialog = CriteriaDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    service = workspace.sales.qualification
    first = dialog.list.item(0)
    first.setText("Past in mijn doelgroep")
    assert service.criteria()[0].name == "Past in mijn doelgroep"
    click(qtbot, dialog.add_button)
    assert len(service.criteria()) == 4
    new_id = dialog.list.currentItem().data(CriterionIdRole)
    click(qtbot, dialog.up_button)
    assert [c.id for c in service.criteria()].index(new_id) == 2
    dialog.list.setCurrentRow(0)
    click(qtbot, dialog.remove_button)
    assert [c.name for c in service.criteria()][0] == "Has the money to buy"
    assert dialog.list.count() == 3


def test_stale_days_are_set_from_the_pipeline_menu(qtbot, tmp_path, workspace, monkeypatch):
    from PySide6.QtCore import QSettings

    from prospectdesk.ui.main_window import MainWindow

    controller = AppController(workspace)
    window = MainWindow(controller, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Customer", True)))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (5, True)))
    SalesUi(window).edit_stale_days()
    assert workspace.pipeline.stage_by_role("customer").stale_days == 5
