"""Reading a contact's conversations back: order, concerns, time zone."""

from __future__ import annotations

from datetime import timedelta

from prospectdesk.domain.records import ContactRecord


def test_interactions_newest_first_with_their_own_concerns(workspace, clock):
    contact_id, _ = workspace.contacts.create(ContactRecord(given_name="Անի"))
    other_id, _ = workspace.contacts.create(ContactRecord(given_name="Other"))
    now = clock.now()
    old, _ = workspace.activity.log_interaction(
        contact_id,
        summary="first call",
        concerns=["Գինը բարձր է"],
        occurred_at=now - timedelta(days=2),
    )
    same_a, _ = workspace.activity.log_interaction(contact_id, summary="a", occurred_at=now)
    same_b, _ = workspace.activity.log_interaction(
        contact_id, summary="b", kind="meeting", concerns=["Te duur", "Geen tijd"], occurred_at=now
    )
    workspace.activity.log_interaction(other_id, summary="not hers", concerns=["x"])
    concern_id = workspace.activity.interactions(contact_id)[0].concerns[0].id
    workspace.activity.set_concern_addressed(concern_id)

    shown = workspace.activity.interactions(contact_id)

    assert [i.id for i in shown] == [same_b, same_a, old]
    assert [(c.text, c.addressed) for c in shown[0].concerns] == [
        ("Te duur", True),
        ("Geen tijd", False),
    ]
    assert shown[0].kind == "meeting"
    assert shown[1].concerns == []
    assert [c.text for c in shown[2].concerns] == ["Գինը բարձր է"]
    assert shown[2].occurred_at == now - timedelta(days=2)
    assert shown[2].occurred_at.utcoffset() == now.utcoffset()
    assert workspace.activity.interactions(12345) == []
