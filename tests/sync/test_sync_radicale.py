"""Two-way sync against a real CardDAV server (Radicale), the phone simulated by raw HTTP
writes the way iOS, Android (DAVx5) and Nextcloud write cards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.store.models import Contact, SyncAccount
from tests.sync.conftest import PASSWORD, Phone

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
    ws.contacts.create(ContactRecord(given_name="Anna", family_name="Smit", emails=[EmailEntry("anna@smit.example")]))
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
