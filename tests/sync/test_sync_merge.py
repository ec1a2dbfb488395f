"""Merging two duplicates that are synced (domain/duplicates.py), then syncing: the kept
contact's card is the one with its UID, the tombstone's card goes, nothing is doubled and
nothing the phone wrote on the kept card is lost. Against the real Radicale."""

from __future__ import annotations

from pathlib import Path

from prospectdesk.domain.duplicates import Duplicates
from prospectdesk.domain.records import ContactRecord, EmailEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.store.models import Contact, SyncItem
from tests.sync.test_sync_radicale import ZERO, _card, _setup, _sync


def _uids(cards: dict[str, str]) -> list[str]:
    return [
        line[4:] for card in cards.values() for line in card.splitlines() if line.startswith("UID:")
    ]


def _merge(data_dir: Path, keep_uid: str, other_uid: str, *, undo: bool = False) -> tuple[int, int]:
    ws = open_workspace(data_dir)
    try:
        keep, other = ws.contacts.find_by_uid(keep_uid), ws.contacts.find_by_uid(other_uid)
        Duplicates(ws.clock, ws.contacts).merge(keep, other)
        if undo:
            ws.contacts.undo.undo()
        return keep, other
    finally:
        ws.close()


def _state(data_dir: Path) -> tuple[dict[int, str], dict[int, str]]:
    """Each contact's UID, and the UID of the card each synced contact is linked to."""
    ws = open_workspace(data_dir)
    try:
        uids = {c.id: c.uid for c in Contact.select()}
        items = {i.contact_id: i.uid for i in SyncItem.select() if i.contact_id is not None}
        return uids, items
    finally:
        ws.close()


def test_merging_two_synced_contacts_leaves_one_card_with_the_kept_uid(
    run_cli, tmp_path, radicale, user, phone
):
    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678",
                                "X-PHONE-ONLY:yes"))  # fmt: skip
    assert _sync(run_cli, data_dir)["downloaded"] == 1
    phone.put("kees2.vcf", _card("kees-2", "K.", "Visser", "EMAIL:kees@visser.example"))
    assert _sync(run_cli, data_dir)["downloaded"] == 1
    # Keep the later one: the kept contact takes the earlier one's UID (phones know it).
    keep, other = _merge(data_dir, "kees-2", "kees-1")
    uids, _ = _state(data_dir)
    assert uids[keep] == "kees-1"

    result = _sync(run_cli, data_dir)
    assert result == {**ZERO, "uploaded": 1, "deleted_there": 1}
    cards = phone.cards()
    assert _uids(cards) == ["kees-1"]  # one card, the kept contact's; the tombstone's gone
    [card] = cards.values()
    assert "kees@visser.example" in card and "0612345678" in card
    assert "X-PHONE-ONLY:yes" in card  # the phone's own property on the kept card
    uids, items = _state(data_dir)
    assert items == {keep: uids[keep]}
    assert _sync(run_cli, data_dir) == ZERO


def test_a_merge_undone_before_the_sync_leaves_both_cards_as_they_were(
    run_cli, tmp_path, radicale, user, phone
):
    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678"))
    _sync(run_cli, data_dir)
    phone.put("kees2.vcf", _card("kees-2", "K.", "Visser", "EMAIL:kees@visser.example"))
    _sync(run_cli, data_dir)
    etags = phone.etags()
    _merge(data_dir, "kees-2", "kees-1", undo=True)
    assert _sync(run_cli, data_dir)["deleted_there"] == 0
    assert sorted(_uids(phone.cards())) == ["kees-1", "kees-2"]
    assert phone.etags().keys() == etags.keys()
    uids, items = _state(data_dir)
    assert items == {cid: uids[cid] for cid in items} and len(items) == 2


def test_merging_into_an_unsynced_contact_keeps_the_synced_card(
    run_cli, tmp_path, radicale, user, phone
):
    """The phone knows only the synced contact's UID: the merged contact keeps it, and its
    card (with what the phone wrote) is updated, not deleted and made anew."""
    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678",
                                "X-PHONE-ONLY:yes"))  # fmt: skip
    _sync(run_cli, data_dir)
    href = phone.book + "kees.vcf"
    for keep_synced in (True, False):
        ws = open_workspace(data_dir)
        new, _ = ws.contacts.create(
            ContactRecord(
                given_name="K.",
                family_name="Visser",
                emails=[EmailEntry(f"{keep_synced}@v.example")],
            )
        )
        kees = ws.contacts.find_by_uid("kees-1")
        keep, other = (kees, new) if keep_synced else (new, kees)
        Duplicates(ws.clock, ws.contacts).merge(keep, other)
        ws.close()
        result = _sync(run_cli, data_dir)
        assert result == {**ZERO, "uploaded": 1}, keep_synced
        cards = phone.cards()
        assert list(cards) == [href] and _uids(cards) == ["kees-1"]
        assert "X-PHONE-ONLY:yes" in cards[href] and f"{keep_synced}@v.example" in cards[href]
        uids, items = _state(data_dir)
        assert items == {keep: "kees-1"} and uids[keep] == "kees-1"
        assert _sync(run_cli, data_dir) == ZERO  # next round: a duplicate merged the other way
