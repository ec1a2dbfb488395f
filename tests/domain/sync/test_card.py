"""Writing our edits onto the server's copy of a card: what the phone wrote survives, only
the changed fields' properties are replaced, in the form the card's vCard version allows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from prospectdesk.domain.records import Birthday, EmailEntry, PhoneEntry
from prospectdesk.domain.sync.card import (
    changed_fields,
    content_hash,
    patch_card,
    read_card,
    state_of,
    unfold,
)
from prospectdesk.domain.sync.engine import href_for

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

IOS = """BEGIN:VCARD\r
VERSION:3.0\r
PRODID:-//Apple Inc.//iPhone OS 17.1//EN\r
N:Jansen;Marieke;;Dr.;\r
FN:Dr. Marieke Jansen\r
ORG:Bakkerij Jansen;Verkoop\r
item1.TEL;type=CELL;type=pref:06 11 22 33 44\r
item1.X-ABLabel:_$!<Mobile>!$_\r
item2.EMAIL;type=INTERNET:marieke@example.nl\r
item2.X-ABLabel:privé\r
IMPP;X-SERVICE-TYPE=Skype:skype:marieke.j\r
item3.X-ABRELATEDNAMES:Kees\r
item3.X-ABLabel:_$!<Spouse>!$_\r
CATEGORIES:klant\\, warm,Beurs\r
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgG\r
UID:ios-1\r
END:VCARD\r
"""


def _patched(**changes):
    record, _ = read_card(IOS)
    assert record is not None
    edited = replace(record, **changes)
    text = patch_card(IOS, edited, changed_fields(state_of(record), state_of(edited)), NOW)
    again, _ = read_card(text)
    assert again is not None
    assert state_of(again) == state_of(edited)  # the card now says what we hold
    return text


def test_an_edit_keeps_every_property_we_do_not_show_and_unchanged_entries():
    text = _patched(job_title="Eigenaar", phones=[PhoneEntry("06 11 22 33 44", "mobile"),
                                                   PhoneEntry("020 555 1234", "work")])  # fmt: skip
    lines = unfold(text)
    for kept in (
        "IMPP;X-SERVICE-TYPE=Skype:skype:marieke.j",
        "item3.X-ABRELATEDNAMES:Kees",
        "item3.X-ABLabel:_$!<Spouse>!$_",
        "item1.TEL;type=CELL;type=pref:06 11 22 33 44",  # byte for byte, PREF and all
        "item2.EMAIL;type=INTERNET:marieke@example.nl",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgG",
        "CATEGORIES:klant\\, warm,Beurs",
        "N:Jansen;Marieke;;Dr.;",
        "ORG:Bakkerij Jansen;Verkoop",
        "UID:ios-1",
    ):
        assert kept in lines, kept
    assert "TITLE:Eigenaar" in lines and "TEL;TYPE=work:020 555 1234" in lines


def test_a_renamed_contact_keeps_the_prefix_and_the_department():
    lines = unfold(_patched(family_name="de Boer", organization="Bakkerij De Boer"))
    assert "N:de Boer;Marieke;;Dr.;" in lines
    assert "ORG:Bakkerij De Boer;Verkoop" in lines


def test_a_removed_entry_takes_its_group_label_along():
    lines = unfold(_patched(emails=[EmailEntry("nieuw@example.nl", "work")]))
    assert not any("item2." in line for line in lines)
    assert "item3.X-ABLabel:_$!<Spouse>!$_" in lines  # another group's label stays


def test_a_year_less_birthday_is_written_the_way_each_version_allows():
    lines3 = unfold(_patched(birthday=Birthday(2, 29)))
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29" in lines3
    card4 = IOS.replace("VERSION:3.0", "VERSION:4.0")
    record, _ = read_card(card4)
    edited = replace(record, birthday=Birthday(7, 14))
    lines4 = unfold(patch_card(card4, edited, {"birthday"}, NOW))
    assert "BDAY:--0714" in lines4


def test_tags_with_escaped_commas_read_as_separate_tags():
    record, _ = read_card(IOS)
    assert sorted(record.tags) == ["Beurs", "klant", "warm"]


def test_the_content_hash_ignores_order_folding_prodid_and_rev():
    lines = IOS.split("\r\n")
    body = lines[1:-2]
    shuffled = "\r\n".join(
        ["BEGIN:VCARD", *reversed(body), "REV:2026-01-01T00:00:00Z", "END:VCARD", ""]
    )
    shuffled = shuffled.replace(
        "PRODID:-//Apple Inc.//iPhone OS 17.1//EN", "PRODID:-//Radicale//EN"
    )
    assert content_hash(shuffled) == content_hash(IOS)
    assert content_hash(IOS.replace("Kees", "Karel")) != content_hash(IOS)


def test_group_cards_are_no_people():
    group = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Klanten\r\nN:Klanten;;;;\r\nX-ADDRESSBOOKSERVER-KIND:group\r\nUID:g1\r\nEND:VCARD\r\n"
    assert read_card(group)[0] is None


def test_a_new_card_href_comes_from_its_uid():
    book = "/u/prospectdesk/"
    assert href_for(book, "urn:uuid:1b2c-3d") == "/u/prospectdesk/1b2c-3d.vcf"
    odd = href_for(book, "weird/uid with spaces")
    assert odd == href_for(book, "weird/uid with spaces") and " " not in odd and odd.count("/") == 3
