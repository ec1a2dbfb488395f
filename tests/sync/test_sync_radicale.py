"""Two-way sync against a real CardDAV server (Radicale), the phone simulated by raw HTTP
writes the way iOS, Android (DAVx5) and Nextcloud write cards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.store.models import Contact, SyncAccount
from tests.sync.conftest import PASSWORD

IOS_CARD = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.1//EN
N:Jansen;Marieke;;;
FN:Marieke Jansen
ORG:Bakkerij Jansen;
item1.TEL;type=CELL;type=VOICE;type=pref:06 11 22 33 44
item1.X-ABLabel:_$!<Mobile>!$_
item2.EMAIL;type=INTERNET;type=HOME:marieke@example.nl
item2.X-ABLabel:privé
IMPP;X-SERVICE-TYPE=Skype;type=HOME;type=pref:skype:marieke.j
BDAY;X-APPLE-OMIT-YEAR=1604:1604-07-14
item3.X-ABRELATEDNAMES;type=pref:Kees
item3.X-ABLabel:_$!<Spouse>!$_
X-ANNIVERSARY:2012-06-01
CATEGORIES:klant\\, warm,Beurs
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDA==
UID:ios-marieke-1
END:VCARD
"""

DAVX5_CARD = """BEGIN:VCARD
VERSION:4.0
PRODID:ez-vcard 0.11.3
UID:urn:uuid:davx5-piet-2
FN:Piet Bakker
N:Bakker;Piet;;;
TEL;TYPE=cell:+31 6 98765432
EMAIL;TYPE=work:piet@bakker.example
BDAY:--0229
ANNIVERSARY:20150505
X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Pietje;1;;;;;;;;;;;;;
REV:20261101T101010Z
END:VCARD
"""


def _setup(run_cli, data_dir: Path, radicale, user: str) -> None:
    code, out, err = run_cli(
        data_dir, "sync", "add", radicale.url, "--user", user, "--password-stdin", stdin=PASSWORD
    )
    assert code == 0, err
    assert PASSWORD not in out + err


def _sync(run_cli, data_dir: Path) -> dict[str, int]:
    code, out, err = run_cli(data_dir, "sync", "--json")
    assert code == 0, err
    return json.loads(out)


def _names(data_dir: Path) -> list[str]:
    ws = open_workspace(data_dir)
    try:
        return sorted(r.display_name for r in ws.contacts.records())
    finally:
        ws.close()


def test_setup_creates_the_address_book_and_keeps_the_password_out_of_the_database(
    run_cli, tmp_path, radicale, user, memory_keyring
):
    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    assert list(memory_keyring.store.values()) == [PASSWORD]
    database_bytes = b"".join(p.read_bytes() for p in data_dir.glob("*.sqlite3*"))
    assert PASSWORD.encode() not in database_bytes
    code, out, _ = run_cli(data_dir, "sync", "status", "--json")
    assert json.loads(out)["account"]["path"] == f"/{user}/prospectdesk/"
    # A wrong password, a server that is not there: a clear message, non-zero.
    code, _, err = run_cli(
        tmp_path / "other", "sync", "add", radicale.url, "--user", user, "--password-stdin",
        stdin="wrong",
    )  # fmt: skip
    assert code != 0 and "password" in err
    code, _, err = run_cli(
        tmp_path / "other", "sync", "add", "http://127.0.0.1:9/", "--user", user,
        "--password-stdin", stdin=PASSWORD,
    )  # fmt: skip
    assert code != 0 and "cannot reach" in err
    code, _, err = run_cli(
        tmp_path / "other", "sync", "add", "someone@gmail.com", "--user", user,
        "--password-stdin", stdin=PASSWORD,
    )  # fmt: skip
    assert code != 0 and "not supported yet" in err
    code, _, err = run_cli(
        tmp_path / "other", "sync", "add", "http://dav.example.com/", "--user", user,
        "--password-stdin", stdin=PASSWORD,
    )  # fmt: skip
    assert code != 0 and "https" in err


def test_phone_cards_come_down_and_survive_an_edit_here(run_cli, tmp_path, radicale, user, phone):
    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    phone.put("marieke.vcf", IOS_CARD)
    phone.put("piet.vcf", DAVX5_CARD)
    ws = open_workspace(data_dir)
    ws.contacts.create(
        ContactRecord(
            given_name="Anna", family_name="Smit", emails=[EmailEntry("anna@smit.example")]
        )
    )
    ws.close()

    assert _sync(run_cli, data_dir) == {
        "downloaded": 2, "uploaded": 1, "deleted_here": 0, "deleted_there": 0, "conflicts": 0,
    }  # fmt: skip
    assert _names(data_dir) == ["Anna Smit", "Marieke Jansen", "Piet Bakker"]
    assert len(phone.cards()) == 3
    # A second sync changes nothing, on either side.
    etags = phone.etags()
    assert _sync(run_cli, data_dir) == dict.fromkeys(
        ("downloaded", "uploaded", "deleted_here", "deleted_there", "conflicts"), 0
    )
    assert phone.etags() == etags

    # Edit Marieke here: a new phone number and a job title.
    ws = open_workspace(data_dir)
    marieke_id = ws.contacts.find_by_uid("ios-marieke-1")
    record = ws.contacts.get(marieke_id)
    record.job_title = "Eigenaar"
    record.phones.append(PhoneEntry("020 555 1234", "work"))
    ws.contacts.update(marieke_id, record)
    ws.close()
    assert _sync(run_cli, data_dir)["uploaded"] == 1
    card = phone.cards()[phone.book + "marieke.vcf"]
    for kept in (
        "X-SERVICE-TYPE=Skype:skype:marieke.j",
        "X-ABRELATEDNAMES",
        "X-ANNIVERSARY:2012-06-01",
        "X-APPLE-OMIT-YEAR=1604",
        "PHOTO;ENCODING=b",
        "06 11 22 33 44",
        "item2.X-ABLabel:privé",
        "ORG:Bakkerij Jansen",
    ):
        assert kept.lower() in card.lower(), kept  # Radicale upper-cases names
    assert "TITLE:Eigenaar" in card and "020 555 1234" in card
    assert card.count("UID:") == 1
    assert _sync(run_cli, data_dir)["uploaded"] == 0  # the server's rewrite is no change


ZERO = dict.fromkeys(("downloaded", "uploaded", "deleted_here", "deleted_there", "conflicts"), 0)


def _card(uid: str, given: str, family: str, *extra: str) -> str:
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Test//Phone//EN", f"UID:{uid}",
        f"N:{family};{given};;;", f"FN:{given} {family}", *extra, "END:VCARD",
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


def _synced_pair(run_cli, tmp_path, radicale, user, phone) -> Path:
    """One card from the phone, synced once."""
    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    phone.put(
        "kees.vcf",
        _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678", "X-PHONE-ONLY:yes"),
    )
    assert _sync(run_cli, data_dir)["downloaded"] == 1
    return data_dir


def _edit_here(data_dir: Path, uid: str, **fields) -> None:
    ws = open_workspace(data_dir)
    try:
        contact_id = ws.contacts.find_by_uid(uid)
        record = ws.contacts.get(contact_id)
        for name, value in fields.items():
            setattr(record, name, value)
        ws.contacts.update(contact_id, record)
    finally:
        ws.close()


def _record(data_dir: Path, uid: str) -> ContactRecord:
    ws = open_workspace(data_dir)
    try:
        return ws.contacts.get(ws.contacts.find_by_uid(uid))
    finally:
        ws.close()


def test_an_edit_on_each_side_of_different_fields_keeps_both(
    run_cli, tmp_path, radicale, user, phone
):
    data_dir = _synced_pair(run_cli, tmp_path, radicale, user, phone)
    href = phone.book + "kees.vcf"
    etag = phone.etags()[href]
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678",
                                "X-PHONE-ONLY:yes", "TITLE:Schilder"), etag=etag)  # fmt: skip
    _edit_here(data_dir, "kees-1", notes="Belt liever 's avonds")
    result = _sync(run_cli, data_dir)
    assert result == {**ZERO, "downloaded": 1, "uploaded": 1}
    kees = _record(data_dir, "kees-1")
    assert (kees.job_title, kees.notes) == ("Schilder", "Belt liever 's avonds")
    card = phone.cards()[href]
    assert "TITLE:Schilder" in card and "NOTE:Belt liever 's avonds" in card
    assert "X-PHONE-ONLY:yes" in card
    assert _sync(run_cli, data_dir) == ZERO


def test_the_same_field_on_both_sides_is_a_conflict_the_owner_can_turn(
    run_cli, tmp_path, radicale, user, phone
):
    from prospectdesk.domain.sync.engine import open_conflicts, use_other_value

    data_dir = _synced_pair(run_cli, tmp_path, radicale, user, phone)
    href = phone.book + "kees.vcf"
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678",
                                "TITLE:Schilder"), etag=phone.etags()[href])  # fmt: skip
    _edit_here(data_dir, "kees-1", job_title="Stukadoor")
    assert _sync(run_cli, data_dir) == {**ZERO, "downloaded": 1, "conflicts": 1}
    assert _record(data_dir, "kees-1").job_title == "Schilder"  # the phone's value is kept
    assert "TITLE:Schilder" in phone.cards()[href]
    code, out, _ = run_cli(data_dir, "sync", "status", "--json")
    assert json.loads(out)["conflicts"] == 1
    ws = open_workspace(data_dir)
    [conflict] = open_conflicts()
    assert (conflict.field, conflict.kept, conflict.other) == ("job_title", "Schilder", "Stukadoor")
    use_other_value(ws.contacts, conflict.id)  # the owner picks the value from here
    assert open_conflicts() == []
    ws.close()
    assert _sync(run_cli, data_dir) == {**ZERO, "uploaded": 1}
    assert "TITLE:Stukadoor" in phone.cards()[href]


def test_a_phone_delete_tombstones_unless_edited_here_since(
    run_cli, tmp_path, radicale, user, phone
):
    data_dir = _synced_pair(run_cli, tmp_path, radicale, user, phone)
    phone.put("lies.vcf", _card("lies-2", "Lies", "Kok", "EMAIL:lies@kok.example"))
    phone.put("bram.vcf", _card("bram-3", "Bram", "Smit", "EMAIL:bram@smit.example"))
    assert _sync(run_cli, data_dir)["downloaded"] == 2
    _edit_here(data_dir, "lies-2", notes="Nog terugbellen")
    phone.delete(phone.book + "lies.vcf")
    phone.delete(phone.book + "bram.vcf")
    assert _sync(run_cli, data_dir) == {**ZERO, "uploaded": 1, "deleted_here": 1}
    cards = phone.cards()
    assert phone.book + "lies.vcf" in cards and "Nog terugbellen" in cards[phone.book + "lies.vcf"]
    assert phone.book + "bram.vcf" not in cards
    ws = open_workspace(data_dir)
    bram = Contact.get(Contact.uid == "bram-3")
    assert bram.deleted_at is not None  # a tombstone: Deleted contacts brings it back
    assert bram.id in ws.contacts.deleted_ids()
    # A delete here goes up with If-Match.
    ws.contacts.delete([ws.contacts.find_by_uid("lies-2")])
    ws.close()
    assert _sync(run_cli, data_dir) == {**ZERO, "deleted_there": 1}
    assert phone.book + "lies.vcf" not in phone.cards()
    assert _sync(run_cli, data_dir) == ZERO


def test_a_kill_during_upload_then_a_sync_leaves_no_duplicate(
    run_cli, tmp_path, radicale, user, phone
):
    from prospectdesk.domain.sync.account import current_account
    from prospectdesk.domain.sync.dav import DavClient
    from prospectdesk.domain.sync.engine import SyncEngine

    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    ws = open_workspace(data_dir)
    ws.contacts.create_many(
        [
            ContactRecord(given_name=f"Klant {n}", emails=[EmailEntry(f"k{n}@x.example")])
            for n in range(6)
        ]
    )

    class Killed(BaseException):
        pass

    class DyingClient(DavClient):
        puts = 0

        def put(self, href, card, *, etag):
            result = super().put(href, card, etag=etag)
            DyingClient.puts += 1
            if DyingClient.puts == 3:
                raise Killed  # the process dies right after the server stored the card
            return result

    with DyingClient(radicale.url, user, PASSWORD) as client:
        with pytest.raises(Killed):
            SyncEngine(ws.contacts, client, current_account(), ws.clock).run()
    assert SyncAccount.get().sync_token is None
    ws.close()
    assert len(phone.cards()) == 3
    result = _sync(run_cli, data_dir)
    assert result["uploaded"] == 3 and result["downloaded"] == 0
    cards = phone.cards()
    uids = [
        line for card in cards.values() for line in card.splitlines() if line.startswith("UID:")
    ]
    assert len(cards) == 6 and len(set(uids)) == 6
    assert len(_names(data_dir)) == 6
    assert _sync(run_cli, data_dir) == ZERO


def test_an_invalid_sync_token_falls_back_to_a_full_listing(
    run_cli, tmp_path, radicale, user, phone
):
    data_dir = _synced_pair(run_cli, tmp_path, radicale, user, phone)
    ws = open_workspace(data_dir)
    SyncAccount.update(sync_token="http://radicale.org/ns/sync/0000dead").execute()
    ws.close()
    href = phone.book + "kees.vcf"
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser-de Wit", "TEL;TYPE=CELL:0612345678"),
              etag=phone.etags()[href])  # fmt: skip
    assert _sync(run_cli, data_dir) == {**ZERO, "downloaded": 1}
    assert _record(data_dir, "kees-1").family_name == "Visser-de Wit"
    ws = open_workspace(data_dir)
    assert SyncAccount.get().sync_token.startswith("http://radicale.org/ns/sync/")
    assert "dead" not in SyncAccount.get().sync_token
    ws.close()
    assert _sync(run_cli, data_dir) == ZERO


def test_a_rewritten_card_with_the_same_content_is_no_change(
    run_cli, tmp_path, radicale, user, phone
):
    data_dir = _synced_pair(run_cli, tmp_path, radicale, user, phone)
    href = phone.book + "kees.vcf"
    card = phone.cards()[href].replace("\r\n", "\n").strip().split("\n")
    body = card[1:-1]
    reordered = "\n".join(["BEGIN:VCARD", *reversed(body), "END:VCARD"]) + "\n"
    phone.put("kees.vcf", reordered, etag=phone.etags()[href])
    assert _sync(run_cli, data_dir) == ZERO
    assert _sync(run_cli, data_dir) == ZERO


def test_a_wiped_address_book_stops_the_sync_and_deletes_nothing(
    run_cli, tmp_path, radicale, user, phone
):
    data_dir = _synced_pair(run_cli, tmp_path, radicale, user, phone)
    phone.put("lies.vcf", _card("lies-2", "Lies", "Kok"))
    _sync(run_cli, data_dir)
    for href in phone.cards():
        phone.delete(href)
    code, out, err = run_cli(data_dir, "sync", "--json")
    assert code == 3 and "empty" in err and "nothing was deleted" in err
    assert _names(data_dir) == ["Kees Visser", "Lies Kok"]


def _seed_card(n: int) -> str:
    """2,000 cards the way phones write them: iOS 3.0 with groups and year-less birthdays,
    DAVx5 4.0 with --MMDD, escaped commas in categories, a photo now and then."""
    extra = [f"EMAIL;TYPE=INTERNET:p{n}@seed.example", f"item1.TEL;TYPE=CELL:+3162{n:07d}",
             "item1.X-ABLabel:_$!<Mobile>!$_"]  # fmt: skip
    if n % 3 == 0:
        extra.append("BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-21")
    if n % 5 == 0:
        extra.append("CATEGORIES:familie\\, vrienden,Beurs")
    if n % 7 == 0:
        extra.append("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgG")
    card = _card(f"seed-{n}", "Person", str(n), *extra)
    if n % 2:
        card = card.replace("VERSION:3.0", "VERSION:4.0").replace(
            "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-21", "BDAY:--0321"
        )
    return card


def test_first_sync_of_2000_cards_into_a_populated_book_makes_no_duplicates(
    run_cli, tmp_path, radicale, user, phone
):
    phone.seed_files({f"seed-{n}.vcf": _seed_card(n) for n in range(2000)})
    data_dir = tmp_path / "data"
    ws = open_workspace(data_dir)
    book = ws.contacts
    for n in range(10):  # the same e-mail address
        book.create(ContactRecord(given_name="Person", family_name=str(n), job_title="Koper",
                                  emails=[EmailEntry(f"P{n}@seed.example")]))  # fmt: skip
    for n in range(10, 15):  # the same phone number, written differently
        book.create(ContactRecord(given_name="Person", family_name=str(n),
                                  phones=[PhoneEntry(f"+31 6 2{n:07d}")]))  # fmt: skip
    book.create(ContactRecord(uid="seed-20", given_name="Person", family_name="20"))
    for n in range(30, 33):  # only the name is the same: kept apart
        book.create(ContactRecord(given_name="Person", family_name=str(n),
                                  emails=[EmailEntry(f"other{n}@else.example")]))  # fmt: skip
    for n in range(5):
        book.create(ContactRecord(given_name="Alleen", family_name=f"hier {n}"))
    ws.close()
    _setup(run_cli, data_dir, radicale, user)

    code, out, err = run_cli(data_dir, "sync", "--json")
    assert code == 0, err
    assert "16 matched" in err and "kept apart" in err  # the plan, before anything changed
    result = json.loads(out)
    assert result["conflicts"] == 0 and result["deleted_here"] == result["deleted_there"] == 0

    ws = open_workspace(data_dir)
    records = ws.contacts.records()
    ws.close()
    assert len(records) == 2000 + 3 + 5
    emails = [e.value.lower() for r in records for e in r.emails]
    assert len(emails) == len(set(emails))
    assert sum(1 for r in records if r.display_name == "Person 30") == 2
    person0 = next(r for r in records if r.emails and r.emails[0].value == "P0@seed.example")
    assert person0.job_title == "Koper" and person0.photo  # both sides' data
    cards = phone.cards()
    assert len(cards) == 2000 + 3 + 5
    uids = [
        line for card in cards.values() for line in card.splitlines() if line.startswith("UID:")
    ]
    assert len(set(uids)) == len(uids)
    card0 = cards[phone.book + "seed-0.vcf"]
    assert "TITLE:Koper" in card0 and "PHOTO" in card0 and "X-APPLE-OMIT-YEAR=1604" in card0
    assert _sync(run_cli, data_dir) == ZERO


def _engine_sync(data_dir: Path, client_class) -> dict[str, int]:
    from prospectdesk.domain.sync.account import current_account
    from prospectdesk.domain.sync.engine import SyncEngine

    ws = open_workspace(data_dir)
    try:
        account = current_account()
        with client_class(account.server_url, account.username, PASSWORD) as client:
            return SyncEngine(ws.contacts, client, account, ws.clock).run().as_json()
    finally:
        ws.close()


def test_a_card_changed_on_the_phone_during_our_write_is_reread_merged_and_retried(
    run_cli, tmp_path, radicale, user, phone
):
    from prospectdesk.domain.sync.dav import DavClient

    data_dir = _synced_pair(run_cli, tmp_path, radicale, user, phone)
    href = phone.book + "kees.vcf"
    _edit_here(data_dir, "kees-1", notes="Wil een offerte")

    class RacingClient(DavClient):
        raced = False

        def put(self, href_, card, *, etag):
            if etag is not None and not RacingClient.raced:
                RacingClient.raced = True  # the phone writes between our read and our PUT
                phone.put("kees.vcf", _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678",
                                            "X-PHONE-ONLY:yes", "TITLE:Schilder"), etag=etag)  # fmt: skip
            return super().put(href_, card, etag=etag)

    result = _engine_sync(data_dir, RacingClient)
    assert RacingClient.raced
    assert result == {**ZERO, "downloaded": 1, "uploaded": 1}
    card = phone.cards()[href]
    assert "TITLE:Schilder" in card and "NOTE:Wil een offerte" in card
    assert _record(data_dir, "kees-1").job_title == "Schilder"
    assert _sync(run_cli, data_dir) == ZERO


def test_without_sync_collection_a_propfind_listing_finds_every_change(
    run_cli, tmp_path, radicale, user, phone
):
    from prospectdesk.domain.sync.dav import DavClient, DavError

    class OldServer(DavClient):
        def sync_collection(self, href, token):
            raise DavError("REPORT sync-collection answered 501")

    data_dir = _synced_pair(run_cli, tmp_path, radicale, user, phone)
    href = phone.book + "kees.vcf"
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678",
                                "TITLE:Schilder"), etag=phone.etags()[href])  # fmt: skip
    phone.put("lies.vcf", _card("lies-2", "Lies", "Kok"))
    _edit_here(data_dir, "kees-1", notes="Terugbellen")
    assert _engine_sync(data_dir, OldServer) == {**ZERO, "downloaded": 2, "uploaded": 1}
    phone.delete(phone.book + "lies.vcf")
    assert _engine_sync(data_dir, OldServer) == {**ZERO, "deleted_here": 1}
    assert _engine_sync(data_dir, OldServer) == ZERO
    assert "NOTE:Terugbellen" in phone.cards()[href]


def test_deleting_every_synced_contact_here_stops_before_the_server_is_emptied(
    run_cli, tmp_path, radicale, user, phone
):
    data_dir = _synced_pair(run_cli, tmp_path, radicale, user, phone)
    phone.put("lies.vcf", _card("lies-2", "Lies", "Kok"))
    _sync(run_cli, data_dir)
    ws = open_workspace(data_dir)
    ws.contacts.delete(ws.contacts.all_ids())
    ws.close()
    code, _, err = run_cli(data_dir, "sync")
    assert code == 3 and "nothing was deleted on the server" in err
    assert len(phone.cards()) == 2


def test_follow_ups_go_to_the_calendar_and_come_back_when_moved_or_deleted_on_the_phone(
    run_cli, tmp_path, radicale, user, phone
):
    from datetime import UTC, datetime, timedelta

    from prospectdesk.store.models import FollowUp

    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    code, out, _ = run_cli(data_dir, "sync", "status", "--json")
    calendar = json.loads(out)["account"]["calendar"]
    assert calendar == f"/{user}/prospectdesk-followups/"
    ws = open_workspace(data_dir)
    anna, _ = ws.contacts.create(ContactRecord(given_name="Anna", family_name="Smit"))
    due = datetime(2026, 12, 14, 9, 30, tzinfo=UTC)
    first, _ = ws.activity.add_followup(anna, due_at=due, what="Offerte nabellen")
    second, _ = ws.activity.add_followup(anna, due_at=due + timedelta(days=7), what="Evaluatie")
    uid = FollowUp.get_by_id(first).uid
    ws.close()

    def events() -> dict[str, str]:
        body = (
            '<?xml version="1.0"?><c:calendar-query xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-data/></d:prop>'
            '<c:filter><c:comp-filter name="VCALENDAR"/></c:filter></c:calendar-query>'
        )
        import xml.etree.ElementTree as ET

        answer = phone.http.request("REPORT", calendar, content=body, headers={"Depth": "1"})
        return {
            item.findtext("{DAV:}href"): item.findtext(
                ".//{urn:ietf:params:xml:ns:caldav}calendar-data"
            )
            for item in ET.fromstring(answer.content).findall("{DAV:}response")
        }

    assert _sync(run_cli, data_dir)["uploaded"] == 1  # Anna; events are not contacts
    found = events()
    href = f"{calendar}{uid}.ics"
    assert len(found) == 2 and f"UID:followup-{uid}@prospectdesk" in found[href]
    assert "DTSTART:20261214T093000Z" in found[href] and "BEGIN:VALARM" in found[href]
    assert "Offerte nabellen (Anna Smit)" in found[href]

    # The phone moves one event and deletes the other: both come back as they were.
    moved = found[href].replace("DTSTART:20261214T093000Z", "DTSTART:20261215T150000Z")
    moved = moved.replace("DTEND:20261214T100000Z", "DTEND:20261215T153000Z")
    phone.http.put(href, content=moved.encode(), headers={"Content-Type": "text/calendar"})
    other = next(h for h in found if h != href)
    phone.delete(other)
    code, out, err = run_cli(data_dir, "sync")
    assert code == 0, err
    assert "0 written, 2 put back" in out
    again = events()
    assert len(again) == 2 and "DTSTART:20261214T093000Z" in again[href]
    # Done here: its event goes.
    ws = open_workspace(data_dir)
    ws.activity.complete_followup(second)
    ws.close()
    _sync(run_cli, data_dir)
    assert list(events()) == [href]


def test_a_first_sync_plan_the_owner_declines_changes_nothing(
    run_cli, tmp_path, radicale, user, phone
):
    from prospectdesk.domain.sync.account import current_account
    from prospectdesk.domain.sync.dav import DavClient
    from prospectdesk.domain.sync.engine import SyncEngine, SyncStopped

    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, radicale, user)
    phone.put("marieke.vcf", IOS_CARD)
    ws = open_workspace(data_dir)
    ws.contacts.create(ContactRecord(given_name="Marieke", family_name="Jansen",
                                     emails=[EmailEntry("marieke@example.nl")]))  # fmt: skip
    ws.contacts.create(ContactRecord(given_name="Alleen", family_name="Hier"))
    plans = []

    def decline(plan) -> bool:
        plans.append(plan)
        return False

    with DavClient(radicale.url, user, PASSWORD) as client:
        with pytest.raises(SyncStopped):
            SyncEngine(ws.contacts, client, current_account(), ws.clock,
                       confirm_first_sync=decline).run()  # fmt: skip
    [plan] = plans
    assert [(m.how, m.local_name) for m in plan.matched] == [("email", "Marieke Jansen")]
    assert (plan.download, plan.upload) == (0, 1)
    assert ws.contacts.count() == 2 and SyncAccount.get().sync_token is None
    ws.close()
    assert list(phone.cards()) == [phone.book + "marieke.vcf"]


def test_without_a_keyring_the_password_comes_from_stdin_each_time(
    run_cli, tmp_path, radicale, user, phone
):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())  # the fixture puts the previous one back
    data_dir = tmp_path / "data"
    code, out, err = run_cli(
        data_dir, "sync", "add", radicale.url, "--user", user, "--password-stdin", stdin=PASSWORD
    )
    assert code == 0, err
    assert "no keyring" in out and PASSWORD not in out + err
    code, _, err = run_cli(data_dir, "sync", "--json")
    assert code == 1 and "--password-stdin" in err
    code, out, err = run_cli(data_dir, "sync", "--json", "--password-stdin", stdin=PASSWORD)
    assert code == 0 and json.loads(out) == ZERO
