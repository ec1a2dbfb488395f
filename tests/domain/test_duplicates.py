"""Finding duplicates, "not a duplicate", and merging (domain, without Qt)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from prospectdesk.domain import duplicates as dup
from prospectdesk.domain.duplicates import Duplicates, MergeRefusedError, find_duplicates
from prospectdesk.domain.records import Birthday, ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.store.models import Contact, FollowUp, Interaction, Sale, StageChange


def make(ws, **fields) -> int:
    contact_id, _ = ws.contacts.create(ContactRecord(**fields))
    return contact_id


def pair_of(a: int, b: int) -> dup.DuplicatePair | None:
    ids = (min(a, b), max(a, b))
    return next((p for p in find_duplicates() if p.ids == ids), None)


@pytest.fixture
def service(workspace) -> Duplicates:
    return Duplicates(workspace.clock, workspace.contacts)


def test_same_email_is_offered_with_its_reason(workspace):
    a = make(workspace, given_name="Anna", family_name="Kok", emails=[EmailEntry("a@kok.nl")])
    b = make(workspace, given_name="A.", family_name="Kok", emails=[EmailEntry("A@Kok.nl ")])
    pair = pair_of(a, b)
    assert pair is not None and dup.SAME_EMAIL in pair.reasons
    assert pair.score >= 90
    assert pair.names == ("Anna Kok", "A. Kok")


def test_same_phone_in_another_notation(workspace):
    workspace.contacts.region = "NL"
    a = make(workspace, given_name="Jan", family_name="Bos", phones=[PhoneEntry("06-12345678")])
    b = make(workspace, given_name="Jan", family_name="Bos", phones=[PhoneEntry("+31612345678")])
    pair = pair_of(a, b)
    assert pair is not None and dup.SAME_PHONE in pair.reasons and dup.SAME_NAME in pair.reasons


def test_same_name_and_organization(workspace):
    a = make(workspace, given_name="Piet", family_name="Smit", organization="Smit BV")
    b = make(workspace, given_name="Piet", family_name="Smit", organization="smit")
    pair = pair_of(a, b)
    assert pair is not None and pair.reasons == (dup.SAME_NAME_AND_ORG,)


def test_a_typo_in_either_word(workspace):
    a = make(workspace, given_name="Anna", family_name="Petrosyan")
    b = make(workspace, given_name="Anna", family_name="Petrosian")
    c = make(workspace, given_name="Anna", family_name="Betrosyan")
    for other in (b, c):
        pair = pair_of(a, other)
        assert pair is not None and dup.TYPO in pair.reasons, other


def test_a_nickname(workspace):
    a = make(workspace, given_name="Robert", family_name="Visser")
    b = make(workspace, given_name="Bob", family_name="Visser")
    pair = pair_of(a, b)
    assert pair is not None and dup.NICKNAME in pair.reasons


def test_a_name_in_another_order_and_without_accents(workspace):
    a = make(workspace, given_name="Anna", family_name="Petrosyan")
    b = make(workspace, given_name="Petrosyan", family_name="Anna")
    c = make(workspace, given_name="José", family_name="Núñez")
    d = make(workspace, given_name="Jose", family_name="Nunez")
    assert dup.OTHER_ORDER in pair_of(a, b).reasons
    assert dup.ACCENTS in pair_of(c, d).reasons
    assert dup.OTHER_ORDER not in pair_of(c, d).reasons


def test_an_armenian_name_written_in_latin(workspace):
    a = make(workspace, given_name="Աննա", family_name="Պետրոսյան")
    b = make(workspace, given_name="Anna", family_name="Petrosyan")
    c = make(workspace, given_name="Գևորգ", family_name="Խաչատրյան")  # aspirate: Khach'atryan
    d = make(workspace, given_name="Gevorg", family_name="Khachatryan")
    for x, y in ((a, b), (c, d)):
        pair = pair_of(x, y)
        assert pair is not None, (x, y)
        assert pair.reasons == (dup.SAME_NAME, dup.TRANSLITERATED)
        assert pair.score >= 80


def test_a_cyrillic_name_written_in_latin_also_in_another_order_or_with_a_typo(workspace):
    a = make(workspace, given_name="Иван", family_name="Петров")
    b = make(workspace, given_name="Ivan", family_name="Petrov")
    c = make(workspace, given_name="Petrov", family_name="Ivan")
    d = make(workspace, given_name="Ivan", family_name="Petrow")
    assert pair_of(a, b).reasons == (dup.SAME_NAME, dup.TRANSLITERATED)
    assert pair_of(a, c).reasons == (dup.SAME_NAME, dup.TRANSLITERATED)
    assert pair_of(a, d).reasons == (dup.TYPO, dup.TRANSLITERATED)
    assert dup.TRANSLITERATED not in pair_of(b, c).reasons  # both in Latin already


def test_a_transliterated_name_with_an_initial(workspace):
    a = make(workspace, given_name="Иван", family_name="Петров")
    b = make(workspace, given_name="I.", family_name="Petrov")
    assert pair_of(a, b) is not None


def test_different_people_in_two_scripts_are_not_offered_nor_merged(workspace):
    make(workspace, given_name="Anna", family_name="Petrosyan")
    make(workspace, given_name="Анна", family_name="Петрова")
    make(workspace, given_name="Աննա", family_name="Պետրոսյանց")
    make(workspace, given_name="Ivan", family_name="Petrov")
    make(workspace, given_name="Иван", family_name="Сидоров")
    assert find_duplicates() == []
    # Scanning only reads: every contact is still there, live.
    assert Contact.select().where(Contact.deleted_at.is_null()).count() == 5


def test_different_people_are_not_offered(workspace):
    make(workspace, given_name="Anna", family_name="Kok")
    make(workspace, given_name="Bert", family_name="Jansen")
    make(workspace, given_name="Anna", family_name="Dekker")
    assert find_duplicates() == []


def test_a_family_landline_is_possible_but_never_merged(workspace):
    workspace.contacts.region = "NL"
    a = make(workspace, given_name="Anna", family_name="Kok", phones=[PhoneEntry("020-1234567")])
    b = make(workspace, given_name="Bert", family_name="Kok", phones=[PhoneEntry("0201234567")])
    pair = pair_of(a, b)
    assert pair is not None
    assert dup.SAME_PHONE in pair.reasons and dup.OTHER_NAMES in pair.reasons
    assert pair.score < 80  # well below the same person's
    # Scanning only reads: both are still there, live.
    assert Contact.select().where(Contact.deleted_at.is_null()).count() == 2


def test_pairs_are_grouped_and_ranked(workspace):
    a = make(workspace, given_name="Anna", family_name="Kok", emails=[EmailEntry("a@k.nl")])
    b = make(workspace, given_name="Anna", family_name="Kok", emails=[EmailEntry("a@k.nl")])
    c = make(workspace, given_name="Anna", family_name="Kook")
    d = make(workspace, given_name="Piet", family_name="Smit")
    e = make(workspace, given_name="Piet", family_name="Smid")
    pairs = find_duplicates()
    groups = {p.ids: p.group for p in pairs}
    assert groups[(a, b)] == groups[(a, c)] == groups[(b, c)] == 1
    assert groups[(d, e)] == 2
    assert pairs[0].ids == (a, b)
    assert [p.score for p in pairs[:3]] == sorted((p.score for p in pairs[:3]), reverse=True)


def test_not_a_duplicate_is_remembered(workspace, service):
    a = make(workspace, given_name="Anna", family_name="Kok")
    b = make(workspace, given_name="Anna", family_name="Kok")
    assert pair_of(a, b) is not None
    service.mark_not_duplicate(b, a)
    service.mark_not_duplicate(a, b)  # twice is once
    assert pair_of(a, b) is None
    assert find_duplicates() == []


def test_merge_defaults_keep_everything(workspace, service, clock):
    a = make(
        workspace,
        given_name="Anna",
        family_name="Kok",
        job_title="Owner",
        emails=[EmailEntry("a@kok.nl", "work")],
        phones=[PhoneEntry("+31612345678", "cell")],
        tags=["warm"],
        notes="Met at the fair.",
    )
    clock.advance(timedelta(days=1))
    b = make(
        workspace,
        given_name="Anna",
        family_name="Kok-Bakker",
        job_title="",
        emails=[EmailEntry("A@kok.nl"), EmailEntry("anna@home.nl", "home")],
        phones=[PhoneEntry("+31 6 12345678"), PhoneEntry("+31201234567", "home")],
        tags=["yerevan", "warm"],
        birthday=Birthday(2, 29),
        notes="Wants a demo.",
    )
    workspace.activity.log_interaction(b, summary="First call")
    uid_a = workspace.contacts.get(a).uid
    changes = service.merge(b, a)  # keep the newer row; it takes the earlier UID
    assert changes.contacts == {a, b}
    merged = workspace.contacts.get(b)
    assert merged.uid == uid_a
    assert merged.family_name == "Kok-Bakker"  # the newer value
    assert merged.job_title == "Owner"  # the newer one is empty
    assert merged.birthday == Birthday(2, 29)
    assert [e.value for e in merged.emails] == ["A@kok.nl", "anna@home.nl"]
    assert sorted(p.normalized for p in merged.phones) == ["+31201234567", "+31612345678"]
    assert sorted(merged.tags) == ["warm", "yerevan"]
    assert "Met at the fair." in merged.notes and "Wants a demo." in merged.notes
    tomb = Contact.get_by_id(a)
    assert tomb.deleted_at is not None and tomb.merged_into == b
    assert not workspace.contacts.exists(a)
    assert StageChange.select().where(StageChange.contact == b).count() == 2
    assert find_duplicates() == []


def test_merge_choices_and_undo_restore_both_exactly(workspace, service, clock):
    a = make(
        workspace,
        given_name="Anna",
        family_name="Kok",
        organization="Kok BV",
        emails=[EmailEntry("a@kok.nl")],
        tags=["warm"],
    )
    clock.advance(timedelta(hours=1))
    b = make(
        workspace,
        given_name="Ann",
        family_name="Kok",
        organization="Bakkerij",
        emails=[EmailEntry("ann@b.nl")],
        phones=[PhoneEntry("+31201234567")],
    )
    interaction, _ = workspace.activity.log_interaction(b, summary="Asked for a price")
    FollowUp.create(contact=b, due_at=clock.now(), what="Call back")
    Sale.create(contact=b, what="Pakket", amount_cents=100, sold_at=clock.now())

    def state():
        rows = {r["id"]: r for r in Contact.select().where(Contact.id.in_([a, b])).dicts()}
        for r in rows.values():
            r.pop("revision")
        return (
            rows,
            workspace.contacts.records([a, b]),
            sorted(
                (m.__name__, r[0], r[1])
                for m in (Interaction, FollowUp, Sale, StageChange)
                for r in m.select(m.id, m.contact).tuples()
            ),
        )

    before = state()
    service.merge(a, b, {"organization": b, "given_name": a})
    merged = workspace.contacts.get(a)
    assert merged.given_name == "Anna" and merged.organization == "Bakkerij"
    assert Interaction.get_by_id(interaction).contact_id == a
    assert FollowUp.select().where(FollowUp.contact == a).count() == 1
    assert workspace.undo.peek().kind == "merge"
    workspace.undo.undo()
    assert state() == before


def test_merge_refuses_nonsense(workspace, service):
    a = make(workspace, given_name="Anna")
    with pytest.raises(MergeRefusedError):
        service.merge(a, a)
    b = make(workspace, given_name="Bert")
    with pytest.raises(MergeRefusedError):
        service.merge(a, b, {"colour": a})
    workspace.contacts.delete([b])
    with pytest.raises(LookupError):
        service.merge(a, b)


def test_merge_fields_show_what_differs_and_the_default(workspace, service, clock):
    a = make(workspace, given_name="Anna", family_name="Kok", job_title="Owner", source="Fair")
    clock.advance(timedelta(days=1))
    b = make(workspace, given_name="Anna", family_name="Kok-Bakker", birthday=Birthday(2, 29))
    fields = {f.name: f for f in service.merge_fields(a, b)}
    assert set(fields) == {"family_name", "job_title", "birthday", "source"}
    assert fields["family_name"].default_id == b  # the newer
    assert fields["job_title"].default_id == a  # the newer is empty
    assert fields["birthday"].values == {a: "", b: "--02-29"}
    assert fields["source"].values[a] == "Fair"
    service.merge(a, b, {name: f.default_id for name, f in fields.items()})
    merged = workspace.contacts.get(a)
    assert (merged.family_name, merged.job_title, merged.source) == ("Kok-Bakker", "Owner", "Fair")
