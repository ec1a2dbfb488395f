"""The issue's "done means", in the domain: three leads through the whole process, then a
restart finds everything kept."""

from __future__ import annotations

from datetime import timedelta

from prospectdesk.domain.qualification import Answer, AnswerInput, Outcome
from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.sales import CloseOutcome, PresentationInput
from prospectdesk.domain.workspace import open_workspace


def test_whole_sales_process_survives_a_restart(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    q, s = ws.sales.qualification, ws.sales.presentations
    roles = {st.role: st.id for st in ws.pipeline.stages()}
    ids = [ws.contacts.create(ContactRecord(given_name=n, source="Referral"))[0] for n in "ABC"]
    criteria = q.criteria()
    result = q.record(ids[0], [AnswerInput(c.id, Answer.YES) for c in criteria], method="meeting")
    assert result.status.outcome is Outcome.PROSPECT
    q.accept_offer(ids[0], result.status.outcome)
    result = q.record(
        ids[1], [AnswerInput(criteria[1].id, Answer.NO, "geen budget")], method="phone_call"
    )
    assert result.status.outcome is Outcome.NOT_NOW
    q.accept_offer(ids[1], result.status.outcome)
    ws.pipeline.move_contacts([ids[2]], to_stage_id=roles["prospect"])
    clock.advance(timedelta(days=7))
    s.set_expected_value(ids[2], 40000)
    s.record_presentation(
        ids[0],
        PresentationInput(
            clock.now(), "Pakket", "Bestel", CloseOutcome.SALE,
            sale_what="Pakket", sale_amount_cents=9900,
        ),
    )  # fmt: skip
    s.record_presentation(
        ids[2],
        PresentationInput(
            clock.now(), "Pakket", "Bestel", CloseOutcome.NOT_READY,
            follow_up_at=clock.now() + timedelta(days=10), follow_up_what="Terugbellen",
        ),
    )  # fmt: skip
    ws.close()

    ws = open_workspace(data_dir, clock=clock)
    q, s = ws.sales.qualification, ws.sales.presentations
    assert ws.pipeline.stage_of(ids[0]) == roles["customer"]
    assert ws.pipeline.stage_of(ids[1]) == roles["not_now"]
    assert ws.pipeline.stage_of(ids[2]) == roles["follow_up"]
    assert q.history(ids[1])[0].answers[0].note == "geen budget"
    assert q.status(ids[0]).met == 3
    assert s.purchases(ids[0]).total_cents == 9900
    assert ws.activity.followups(ids[2])[0].what == "Terugbellen"
    assert s.value_totals()[roles["follow_up"]] == 40000
    report = ws.sales.funnel.report()
    assert report.stage(roles["customer"]).people == 1
    referral = next(r for r in ws.sales.sources.report() if r.name == "Referral")
    assert (referral.leads, referral.prospects, referral.customers) == (3, 2, 1)
    ws.close()
