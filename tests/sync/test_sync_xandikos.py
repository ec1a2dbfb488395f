"""The key scenarios against a second real server, Xandikos, which keeps cards as sent and
(unlike Radicale) stores a second card with a UID it already has: whatever ProspectDesk
does, no UID may end up twice in the address book."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import httpx
import pytest

from prospectdesk.domain.records import ContactRecord, EmailEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.store.models import Contact, SyncAccount
from tests.sync.conftest import PASSWORD, Phone, Server
from tests.sync.test_sync_radicale import (
    DAVX5_CARD,
    IOS_CARD,
    ZERO,
    _card,
    _edit_here,
    _names,
    _record,
    _sync,
)

_books = itertools.count(1)


@pytest.fixture
def book(xandikos: Server) -> Phone:
    """A fresh address book on the one Xandikos user, and "the phone" on it."""
    name = f"book-{next(_books)}"
    href = f"/user/contacts/{name}/"
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>'
        "<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
        f"<d:displayname>{name}</d:displayname></d:prop></d:set></d:mkcol>"
    )
    answer = httpx.request(
        "MKCOL", xandikos.url.rstrip("/") + href, content=body,
        headers={"Content-Type": "application/xml; charset=utf-8"},
    )  # fmt: skip
    assert answer.status_code == 201, answer.status_code
    return Phone(xandikos, "user", href)


def _setup(run_cli, data_dir: Path, server: Server, book: Phone) -> None:
    name = book.book.rstrip("/").rsplit("/", 1)[-1]
    code, _, err = run_cli(
        data_dir, "sync", "add", server.url, "--user", "user", "--addressbook", name,
        "--password-stdin", stdin=PASSWORD,
    )  # fmt: skip
    assert code == 0, err


def _uids(book: Phone) -> list[str]:
    return sorted(
        line[4:].strip()
        for card in book.cards().values()
        for line in card.splitlines()
        if line.startswith("UID:")
    )


def test_xandikos_really_stores_a_second_card_with_the_same_uid(book):
    """What makes this server worth testing against (if it ever refuses, this says so)."""
    card = _card("same-1", "Kees", "Visser")
    book.put("a.vcf", card)
    book.put("b.vcf", card)
    assert _uids(book) == ["same-1", "same-1"]


def test_first_sync_with_overlaps_then_a_sync_that_changes_nothing(
    run_cli, tmp_path, xandikos, book
):
    book.put("marieke.vcf", IOS_CARD)
    book.put("piet.vcf", DAVX5_CARD)
    book.put("kees.vcf", _card("kees-1", "Kees", "Visser", "EMAIL:kees@visser.example"))
    data_dir = tmp_path / "data"
    ws = open_workspace(data_dir)
    ws.contacts.create(ContactRecord(given_name="Kees", family_name="Visser", job_title="Schilder",
                                     emails=[EmailEntry("KEES@visser.example")]))  # fmt: skip
    ws.contacts.create(ContactRecord(uid="piet-here", given_name="Piet", family_name="Bakker",
                                     emails=[EmailEntry("piet@bakker.example")]))  # fmt: skip
    ws.contacts.create(ContactRecord(given_name="Anna", family_name="Smit"))
    ws.close()
    _setup(run_cli, data_dir, xandikos, book)
    result = _sync(run_cli, data_dir)
    assert (result["conflicts"], result["deleted_here"], result["deleted_there"]) == (0, 0, 0)
    assert _names(data_dir) == ["Anna Smit", "Kees Visser", "Marieke Jansen", "Piet Bakker"]
    uids = _uids(book)
    assert len(uids) == 4 and len(set(uids)) == 4
    assert "TITLE:Schilder" in book.cards()[book.book + "kees.vcf"]
    etags = book.etags()
    assert _sync(run_cli, data_dir) == ZERO
    assert book.etags() == etags


def test_an_edit_on_each_side_and_a_delete_on_each_side(run_cli, tmp_path, xandikos, book):
    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, xandikos, book)
    kees = _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678", "X-PHONE-ONLY:yes")
    book.put("kees.vcf", kees)
    book.put("lies.vcf", _card("lies-2", "Lies", "Kok"))
    book.put("bram.vcf", _card("bram-3", "Bram", "Smit"))
    assert _sync(run_cli, data_dir)["downloaded"] == 3
    href = book.book + "kees.vcf"
    book.put("kees.vcf", kees.replace("END:VCARD", "TITLE:Schilder\nEND:VCARD"),
             etag=book.etags()[href])  # fmt: skip
    _edit_here(data_dir, "kees-1", notes="Belt liever 's avonds")
    assert _sync(run_cli, data_dir) == {**ZERO, "downloaded": 1, "uploaded": 1}
    assert _record(data_dir, "kees-1").job_title == "Schilder"
    card = book.cards()[href]
    assert "NOTE:Belt liever 's avonds" in card and "X-PHONE-ONLY:yes" in card
    # A delete on the phone, a delete here.
    book.delete(book.book + "bram.vcf")
    ws = open_workspace(data_dir)
    ws.contacts.delete([ws.contacts.find_by_uid("lies-2")])
    ws.close()
    assert _sync(run_cli, data_dir) == {**ZERO, "deleted_here": 1, "deleted_there": 1}
    assert list(book.cards()) == [href]
    ws = open_workspace(data_dir)
    assert Contact.get(Contact.uid == "bram-3").deleted_at is not None
    ws.close()
    assert _sync(run_cli, data_dir) == ZERO
    assert _uids(book) == ["kees-1"]


def test_a_create_retried_after_a_kill_makes_no_second_card_with_that_uid(
    run_cli, tmp_path, xandikos, book
):
    from prospectdesk.domain.sync.account import current_account
    from prospectdesk.domain.sync.dav import DavClient
    from prospectdesk.domain.sync.engine import SyncEngine

    data_dir = tmp_path / "data"
    _setup(run_cli, data_dir, xandikos, book)
    ws = open_workspace(data_dir)
    ws.contacts.create_many(
        [ContactRecord(given_name=f"Klant {n}", emails=[EmailEntry(f"k{n}@x.example")])
         for n in range(5)]
    )  # fmt: skip

    class Killed(BaseException):
        pass

    class DyingClient(DavClient):
        puts = 0

        def put(self, href, card, *, etag):
            result = super().put(href, card, etag=etag)
            DyingClient.puts += 1
            if DyingClient.puts == 2:
                raise Killed  # the process dies right after the server stored the card
            return result

    with DyingClient(xandikos.url, "user", PASSWORD) as client:
        with pytest.raises(Killed):
            SyncEngine(ws.contacts, client, current_account(), ws.clock).run()
    assert SyncAccount.get().sync_token is None
    ws.close()
    result = _sync(run_cli, data_dir)
    assert result["uploaded"] == 3
    uids = _uids(book)
    assert len(uids) == 5 and len(set(uids)) == 5
    assert len(_names(data_dir)) == 5
    assert _sync(run_cli, data_dir) == ZERO


def test_a_contact_whose_uid_the_phone_has_at_another_href_is_not_uploaded_again(
    run_cli, tmp_path, xandikos, book
):
    """Synced before (with another account, or exported and imported on the phone): the
    card is there under the phone's own name, and matched by UID, not created twice."""
    data_dir = tmp_path / "data"
    ws = open_workspace(data_dir)
    ws.contacts.create(ContactRecord(uid="shared-7", given_name="Joke", family_name="Mulder"))
    ws.close()
    book.put("0A1B2C3D-joke.vcf", _card("shared-7", "Joke", "Mulder", "TEL:0201234567"))
    _setup(run_cli, data_dir, xandikos, book)
    assert _sync(run_cli, data_dir) == {**ZERO, "downloaded": 1}  # the phone number
    assert list(book.cards()) == [book.book + "0A1B2C3D-joke.vcf"]
    assert _uids(book) == ["shared-7"]
    assert _record(data_dir, "shared-7").phones[0].value == "0201234567"
    code, out, _ = run_cli(data_dir, "sync", "status", "--json")
    assert json.loads(out)["synced"] == 1
    assert _sync(run_cli, data_dir) == ZERO
